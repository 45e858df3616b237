package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The symbol execution mode {@code trade_exemode} (PROTOCOL.md 9.11). It decides the {@code
 * trade_action} of market orders (PROTOCOL.md 7.4).
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for values this library does not know, so new server values are never lost.
 */
public enum ExecutionMode implements WireEnum {
  /** Request execution. */
  REQUEST(0, "request execution"),
  /** Instant execution. */
  INSTANT(1, "instant execution"),
  /** Market execution. */
  MARKET(2, "market execution"),
  /** Exchange execution. */
  EXCHANGE(3, "exchange execution");

  private static final WireEnums.Table<ExecutionMode> TABLE = WireEnums.table(values());

  private final int value;
  private final String description;

  ExecutionMode(int value, String description) {
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
   * {@return the {@code trade_action} the web terminal uses for a market order in this mode} In
   * request mode this is {@link TradeActionType#REQUEST} when a quoted price is sent, {@link
   * TradeActionType#PRICE} otherwise.
   */
  public TradeActionType marketAction() {
    return switch (this) {
      case REQUEST -> TradeActionType.REQUEST;
      case INSTANT -> TradeActionType.INSTANT;
      case MARKET -> TradeActionType.MARKET;
      case EXCHANGE -> TradeActionType.EXCHANGE;
    };
  }

  /**
   * The constant with wire value {@code value}, or empty if this library does not know it.
   *
   * @param value the wire value
   * @return the constant, or empty for a value this library does not know
   */
  public static Optional<ExecutionMode> find(int value) {
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
