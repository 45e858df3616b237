package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The direction of a position, its {@code trade_action} field (PROTOCOL.md 9.6).
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for values this library does not know, so new server values are never lost.
 */
public enum PositionType implements WireEnum {
  /** Buy. */
  BUY(0, "buy"),
  /** Sell. */
  SELL(1, "sell");

  private static final WireEnums.Table<PositionType> TABLE = WireEnums.table(values());

  private final int value;
  private final String description;

  PositionType(int value, String description) {
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

  /**
   * {@return the order type that closes a position of this direction: {@link OrderType#SELL} for a
   * buy}
   */
  public OrderType closeOrderType() {
    return this == BUY ? OrderType.SELL : OrderType.BUY;
  }

  /**
   * The constant with wire value {@code value}, or empty if this library does not know it.
   *
   * @param value the wire value
   * @return the constant, or empty for a value this library does not know
   */
  public static Optional<PositionType> find(int value) {
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
