package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The {@code book_type} of an order-book level in the cmd 23 push (PROTOCOL.md 8.5, 9.11). Types 1
 * and 3 go to the sell side, 2 and 4 to the buy side, 0 clears the whole book.
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for values this library does not know, so new server values are never lost.
 */
public enum BookType implements WireEnum {
  /** Reset. */
  RESET(0, "reset"),
  /** Sell. */
  SELL(1, "sell"),
  /** Buy. */
  BUY(2, "buy"),
  /** Sell (market). */
  SELL_MARKET(3, "sell (market)"),
  /** Buy (market). */
  BUY_MARKET(4, "buy (market)");

  private static final WireEnums.Table<BookType> TABLE = WireEnums.table(values());

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

  /** {@return true for the sell-side types {@link #SELL} and {@link #SELL_MARKET}} */
  public boolean isSell() {
    return this == SELL || this == SELL_MARKET;
  }

  /** {@return true for the buy-side types {@link #BUY} and {@link #BUY_MARKET}} */
  public boolean isBuy() {
    return this == BUY || this == BUY_MARKET;
  }

  /**
   * The constant with wire value {@code value}, or empty if this library does not know it.
   *
   * @param value the wire value
   * @return the constant, or empty for a value this library does not know
   */
  public static Optional<BookType> find(int value) {
    return TABLE.find(value);
  }

  /**
   * The description of wire value {@code value}, or {@code "unknown (N)"}.
   *
   * @param value the wire value, known or not
   * @return the constant's description, or {@code "unknown (N)"}
   */
  public static String describe(int value) {
    return WireEnums.describe(TABLE, value);
  }
}
