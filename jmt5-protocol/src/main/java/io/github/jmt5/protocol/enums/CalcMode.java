package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The symbol calculation mode {@code trade_calc_mode}, which selects the profit and margin formulas
 * (PROTOCOL.md 9.10).
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for values this library does not know, so new server values are never lost.
 */
public enum CalcMode implements WireEnum {
  /** Forex. */
  FOREX(0, "Forex"),
  /** Futures. */
  FUTURES(1, "Futures"),
  /** CFD. */
  CFD(2, "CFD"),
  /** CFD Index. */
  CFD_INDEX(3, "CFD Index"),
  /** CFD Leverage. */
  CFD_LEVERAGE(4, "CFD Leverage"),
  /** Forex No Leverage. */
  FOREX_NO_LEVERAGE(5, "Forex No Leverage"),
  /** Exchange Stocks. */
  EXCH_STOCKS(32, "Exchange Stocks"),
  /** Exchange Futures. */
  EXCH_FUTURES(33, "Exchange Futures"),
  /** FORTS Futures. */
  EXCH_FUTURES_FORTS(34, "FORTS Futures"),
  /** Exchange Options. */
  EXCH_OPTIONS(35, "Exchange Options"),
  /** Exchange Margin Options. */
  EXCH_OPTIONS_MARGIN(36, "Exchange Margin Options"),
  /** Exchange Bonds. */
  EXCH_BONDS(37, "Exchange Bonds"),
  /** Exchange Stocks MOEX. */
  EXCH_STOCKS_MOEX(38, "Exchange Stocks MOEX"),
  /** Exchange Bonds MOEX. */
  EXCH_BONDS_MOEX(39, "Exchange Bonds MOEX"),
  /** Collateral. */
  SERV_COLLATERAL(64, "Collateral");

  private static final WireEnums.Table<CalcMode> TABLE = WireEnums.table(values());

  private final int value;
  private final String description;

  CalcMode(int value, String description) {
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

  /** {@return true for the exchange modes 32..39} */
  public boolean isExchange() {
    return value >= 32 && value <= 39;
  }

  /**
   * The constant with wire value {@code value}, or empty if this library does not know it.
   *
   * @param value the wire value
   * @return the constant, or empty for a value this library does not know
   */
  public static Optional<CalcMode> find(int value) {
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
