package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The account {@code margin_mode} (PROTOCOL.md 6.7, 9.11).
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for values this library does not know, so new server values are never lost.
 */
public enum MarginMode implements WireEnum {
  /** Retail netting. */
  RETAIL_NETTING(0, "retail netting"),
  /** Exchange. */
  EXCHANGE(1, "exchange"),
  /** Retail hedging. */
  RETAIL_HEDGING(2, "retail hedging");

  private static final WireEnums.Table<MarginMode> TABLE = WireEnums.table(values());

  private final int value;
  private final String description;

  MarginMode(int value, String description) {
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

  /** {@return true for {@link #RETAIL_HEDGING}, the web terminal's {@code isHedgedMargin}} */
  public boolean isHedging() {
    return this == RETAIL_HEDGING;
  }

  /** {@return true for {@link #EXCHANGE}, the web terminal's {@code isExchangeMargin}} */
  public boolean isExchange() {
    return this == EXCHANGE;
  }

  /**
   * The constant with wire value {@code value}, or empty if this library does not know it.
   *
   * @param value the wire value
   * @return the constant, or empty for a value this library does not know
   */
  public static Optional<MarginMode> find(int value) {
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
