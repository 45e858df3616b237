package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The {@code trade_action} of a trade request (cmd 12) and of its echo in the cmd 19 push
 * (PROTOCOL.md 9.2). For market orders the web terminal picks 0..4 from the symbol's {@link
 * ExecutionMode}.
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for values this library does not know, so new server values are never lost.
 */
public enum TradeActionType implements WireEnum {
  /** Price request (request execution without a price). */
  PRICE(0, "price request (request execution without a price)"),
  /** Request execution (market order with a quoted price). */
  REQUEST(1, "request execution (market order with a quoted price)"),
  /** Instant execution. */
  INSTANT(2, "instant execution"),
  /** Market execution. */
  MARKET(3, "market execution"),
  /** Exchange execution. */
  EXCHANGE(4, "exchange execution"),
  /** Place pending order. */
  PENDING(5, "place pending order"),
  /** Modify position SL/TP. */
  SLTP(6, "modify position SL/TP"),
  /** Modify pending order. */
  MODIFY(7, "modify pending order"),
  /** Delete pending order. */
  REMOVE(8, "delete pending order"),
  /** Close by opposite position. */
  CLOSE_BY(10, "close by opposite position"),
  /** Pending-order related (origin unknown). */
  PENDING_201(201, "pending-order related (origin unknown)");

  private static final WireEnums.Table<TradeActionType> TABLE = WireEnums.table(values());

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

  /**
   * {@return true for 0..4, the actions that execute a market order (chosen by the execution mode)}
   */
  public boolean isExecution() {
    return value <= 4;
  }

  /**
   * {@return true for {@link #PENDING} and {@link #PENDING_201}; the web terminal's filling checks
   * treat 201 like 5}
   */
  public boolean isPending() {
    return this == PENDING || this == PENDING_201;
  }

  /**
   * The constant with wire value {@code value}, or empty if this library does not know it.
   *
   * @param value the wire value
   * @return the constant, or empty for a value this library does not know
   */
  public static Optional<TradeActionType> find(int value) {
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
