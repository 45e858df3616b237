package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** Order types ({@code trade_type}, {@code order_type}). */
public enum OrderType implements WireEnum {
  BUY(0, "buy"),
  SELL(1, "sell"),
  BUY_LIMIT(2, "buy limit"),
  SELL_LIMIT(3, "sell limit"),
  BUY_STOP(4, "buy stop"),
  SELL_STOP(5, "sell stop"),
  BUY_STOP_LIMIT(6, "buy stop limit"),
  SELL_STOP_LIMIT(7, "sell stop limit"),
  CLOSE_BY(8, "close by");

  private static final Map<Integer, OrderType> BY_VALUE = WireEnums.index(values());

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

  /** The constant for a wire value, if known. */
  public static Optional<OrderType> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }

  /** True for buy, buy limit, buy stop and buy stop limit. */
  public boolean isBuy() {
    return value >= 0 && value <= 7 && (value & 1) == 0;
  }

  /** True for sell, sell limit, sell stop and sell stop limit. */
  public boolean isSell() {
    return value >= 0 && value <= 7 && (value & 1) == 1;
  }

  /** True for buy and sell (executed at market). */
  public boolean isMarket() {
    return value <= 1;
  }

  /** True for the six pending types. */
  public boolean isPending() {
    return value >= 2 && value <= 7;
  }

  /**
   * The market order that closes a position opened by this side: buy for sell types and the
   * reverse.
   */
  public OrderType closingType() {
    if (isBuy()) {
      return SELL;
    }
    if (isSell()) {
      return BUY;
    }
    throw new IllegalStateException(this + " has no side");
  }
}
