package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** Trade request actions ({@code trade_action} of cmd 12 and cmd 19). */
public enum TradeActionType implements WireEnum {
  PRICE_REQUEST(0, "price request"),
  REQUEST(1, "request execution"),
  INSTANT(2, "instant execution"),
  MARKET(3, "market execution"),
  EXCHANGE(4, "exchange execution"),
  PENDING(5, "place pending order"),
  SLTP(6, "modify position SL/TP"),
  MODIFY(7, "modify pending order"),
  REMOVE(8, "delete pending order"),
  CLOSE_BY(10, "close by opposite position"),
  PENDING_RELATED(201, "pending-order related");

  private static final Map<Integer, TradeActionType> BY_VALUE = WireEnums.index(values());

  private final int value;
  private final String description;

  TradeActionType(int value, String description) {
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
  public static Optional<TradeActionType> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
