package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** Order-book level sides ({@code book_type}). */
public enum BookType implements WireEnum {
  RESET(0, "reset"),
  SELL(1, "sell"),
  BUY(2, "buy"),
  SELL_MARKET(3, "sell (market)"),
  BUY_MARKET(4, "buy (market)");

  private static final Map<Integer, BookType> BY_VALUE = WireEnums.index(values());

  private final int value;
  private final String description;

  BookType(int value, String description) {
    this.value = value;
    this.description = description;
  }

  @Override
  public int value() {
    return value;
  }

  @Override
  public String description() {
    return description;
  }

  /** The constant for a wire value, if known. */
  public static Optional<BookType> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
