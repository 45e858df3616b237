package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** Symbol profit and margin calculation modes ({@code trade_calc_mode}). */
public enum CalcMode implements WireEnum {
  FOREX(0, "Forex"),
  FUTURES(1, "Futures"),
  CFD(2, "CFD"),
  CFD_INDEX(3, "CFD index"),
  CFD_LEVERAGE(4, "CFD leverage"),
  FOREX_NO_LEVERAGE(5, "Forex no leverage"),
  EXCH_STOCKS(32, "exchange stocks"),
  EXCH_FUTURES(33, "exchange futures"),
  EXCH_FUTURES_FORTS(34, "FORTS futures"),
  EXCH_OPTIONS(35, "exchange options"),
  EXCH_OPTIONS_MARGIN(36, "exchange margin options"),
  EXCH_BONDS(37, "exchange bonds"),
  EXCH_STOCKS_MOEX(38, "exchange stocks MOEX"),
  EXCH_BONDS_MOEX(39, "exchange bonds MOEX"),
  SERV_COLLATERAL(64, "collateral");

  private static final Map<Integer, CalcMode> BY_VALUE = WireEnums.index(values());

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

  /** The constant for a wire value, if known. */
  public static Optional<CalcMode> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
