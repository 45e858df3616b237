package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** What trading a symbol allows ({@code trade_mode}). */
public enum SymbolTradeMode implements WireEnum {
  DISABLED(0, "trading disabled"),
  LONG_ONLY(1, "long only"),
  SHORT_ONLY(2, "short only"),
  CLOSE_ONLY(3, "close only"),
  FULL(4, "full access");

  private static final Map<Integer, SymbolTradeMode> BY_VALUE = WireEnums.index(values());

  private final int value;
  private final String description;

  SymbolTradeMode(int value, String description) {
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
  public static Optional<SymbolTradeMode> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
