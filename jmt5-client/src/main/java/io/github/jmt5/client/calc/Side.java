package io.github.jmt5.client.calc;

import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.PositionType;

/** The side of a trade, which decides whether the ask or the bid applies. */
public enum Side {
  /** Buying: done at the ask; conversions use the buy rate. */
  BUY,
  /** Selling: done at the bid; conversions use the sell rate. */
  SELL;

  /**
   * The side of an order type.
   *
   * @param type an order type 0..7
   * @return {@link #BUY} for buy, buy limit, buy stop and buy stop limit, else {@link #SELL}
   * @throws IllegalArgumentException for {@link OrderType#CLOSE_BY}, which has no side
   */
  public static Side of(OrderType type) {
    if (type == OrderType.CLOSE_BY) {
      throw new IllegalArgumentException("type must be one of the order types 0..7, was CLOSE_BY");
    }
    return type.isBuy() ? BUY : SELL;
  }

  /**
   * The side of a position.
   *
   * @param type a position type
   * @return {@link #BUY} for a long position, {@link #SELL} for a short one
   */
  public static Side of(PositionType type) {
    return type == PositionType.BUY ? BUY : SELL;
  }

  /** {@return the other side} */
  public Side opposite() {
    return this == BUY ? SELL : BUY;
  }

  /**
   * +1 for {@link #BUY}, -1 for {@link #SELL}.
   *
   * @return the sign of the side
   */
  public int sign() {
    return this == BUY ? 1 : -1;
  }
}
