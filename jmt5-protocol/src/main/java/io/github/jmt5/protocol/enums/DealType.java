package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The type of a deal, its {@code trade_action} field (PROTOCOL.md 9.6). Only {@link #BUY} and
 * {@link #SELL} are trades; the others are balance operations. (pymt5 knows 0..14 only.)
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for values this library does not know, so new server values are never lost.
 */
public enum DealType implements WireEnum {
  /** Buy. */
  BUY(0, "buy"),
  /** Sell. */
  SELL(1, "sell"),
  /** Balance. */
  BALANCE(2, "balance"),
  /** Credit. */
  CREDIT(3, "credit"),
  /** Charge. */
  CHARGE(4, "charge"),
  /** Correction. */
  CORRECTION(5, "correction"),
  /** Bonus. */
  BONUS(6, "bonus"),
  /** Commission. */
  COMMISSION(7, "commission"),
  /** Daily commission. */
  COMMISSION_DAILY(8, "daily commission"),
  /** Monthly commission. */
  COMMISSION_MONTHLY(9, "monthly commission"),
  /** Daily agent commission. */
  COMMISSION_AGENT_DAILY(10, "daily agent commission"),
  /** Monthly agent commission. */
  COMMISSION_AGENT_MONTHLY(11, "monthly agent commission"),
  /** Interest. */
  INTEREST(12, "interest"),
  /** Canceled buy. */
  BUY_CANCELED(13, "canceled buy"),
  /** Canceled sell. */
  SELL_CANCELED(14, "canceled sell"),
  /** Dividend. */
  DIVIDEND(15, "dividend"),
  /** Franked dividend. */
  DIVIDEND_FRANKED(16, "franked dividend"),
  /** Tax. */
  TAX(17, "tax");

  private static final WireEnums.Table<DealType> TABLE = WireEnums.table(values());

  private final int value;
  private final String description;

  DealType(int value, String description) {
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

  /** {@return true for {@link #BUY} and {@link #SELL}, the deals that come from trades} */
  public boolean isTrade() {
    return this == BUY || this == SELL;
  }

  /**
   * The constant with wire value {@code value}, or empty if this library does not know it.
   *
   * @param value the wire value
   * @return the constant, or empty for a value this library does not know
   */
  public static Optional<DealType> find(int value) {
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
