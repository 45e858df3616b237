package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The order type: {@code trade_type} of a trade request, {@code order_type} of an order
 * (PROTOCOL.md 9.3). Buy side = 0, 2, 4, 6; sell side = 1, 3, 5, 7; market = 0, 1; pending = 2..7.
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for values this library does not know, so new server values are never lost.
 */
public enum OrderType implements WireEnum {
  /** Buy. */
  BUY(0, "buy"),
  /** Sell. */
  SELL(1, "sell"),
  /** Buy limit. */
  BUY_LIMIT(2, "buy limit"),
  /** Sell limit. */
  SELL_LIMIT(3, "sell limit"),
  /** Buy stop. */
  BUY_STOP(4, "buy stop"),
  /** Sell stop. */
  SELL_STOP(5, "sell stop"),
  /** Buy stop limit. */
  BUY_STOP_LIMIT(6, "buy stop limit"),
  /** Sell stop limit. */
  SELL_STOP_LIMIT(7, "sell stop limit"),
  /** Close by. */
  CLOSE_BY(8, "close by");

  private static final WireEnums.Table<OrderType> TABLE = WireEnums.table(values());

  private final int value;
  private final String description;

  OrderType(int value, String description) {
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

  /** {@return true for the buy side: buy, buy limit, buy stop, buy stop limit} */
  public boolean isBuy() {
    return value <= 7 && (value & 1) == 0;
  }

  /** {@return true for the sell side: sell, sell limit, sell stop, sell stop limit} */
  public boolean isSell() {
    return value <= 7 && (value & 1) != 0;
  }

  /** {@return true for the market types {@link #BUY} and {@link #SELL}} */
  public boolean isMarket() {
    return this == BUY || this == SELL;
  }

  /** {@return true for the pending types 2..7 (limit, stop and stop-limit orders)} */
  public boolean isPending() {
    return value >= 2 && value <= 7;
  }

  /**
   * {@return the same kind of order on the other side: {@link #BUY} for {@link #SELL} and back (the
   * type that closes a position), and likewise for the pending types}
   *
   * @throws IllegalStateException for {@link #CLOSE_BY}, which has no side
   */
  public OrderType opposite() {
    return switch (this) {
      case BUY -> SELL;
      case SELL -> BUY;
      case BUY_LIMIT -> SELL_LIMIT;
      case SELL_LIMIT -> BUY_LIMIT;
      case BUY_STOP -> SELL_STOP;
      case SELL_STOP -> BUY_STOP;
      case BUY_STOP_LIMIT -> SELL_STOP_LIMIT;
      case SELL_STOP_LIMIT -> BUY_STOP_LIMIT;
      case CLOSE_BY -> throw new IllegalStateException("CLOSE_BY has no opposite");
    };
  }

  /** {@return the symbol {@code trade_order_flags} bit that allows this order type} */
  public OrderFlag flag() {
    return switch (this) {
      case BUY, SELL -> OrderFlag.MARKET;
      case BUY_LIMIT, SELL_LIMIT -> OrderFlag.LIMIT;
      case BUY_STOP, SELL_STOP -> OrderFlag.STOP;
      case BUY_STOP_LIMIT, SELL_STOP_LIMIT -> OrderFlag.STOP_LIMIT;
      case CLOSE_BY -> OrderFlag.CLOSE_BY;
    };
  }

  /**
   * {@return true when a symbol with {@code trade_order_flags} {@code orderFlags} allows this type;
   * the web terminal rejects other types locally with retcode 10035}
   *
   * @param orderFlags the symbol's {@code trade_order_flags} bits
   */
  public boolean isAllowedBy(int orderFlags) {
    return flag().isSetIn(orderFlags);
  }

  /**
   * The constant with wire value {@code value}, or empty if this library does not know it.
   *
   * @param value the wire value
   * @return the constant, or empty for a value this library does not know
   */
  public static Optional<OrderType> find(int value) {
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
