package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.enums.CalcMode;
import io.github.jmt5.protocol.message.market.FullSymbol;
import java.util.Optional;

/**
 * Margin and profit per calculation mode, in the account currency. The formulas follow the common
 * MT5 definitions (units = lots × contract size): Forex margin = units / leverage; CFD = units ×
 * price; CFD index = units × price × tick value / tick size; CFD leverage = units × price /
 * leverage; futures = lots × initial margin (or the CFD-index formula without one); Forex without
 * leverage = units; bonds = units × face value × price / 100; collateral = 0. Profit = (close −
 * open) × units, or × tick value / tick size for futures, or × face value / 100 for bonds (without
 * accrued interest, as the web terminal does); collateral has no profit but counts as assets of
 * units × price × liquidity rate. Thread-safe.
 */
public final class Calculator {
  private final CurrencyConverter converter;

  Calculator(CurrencyConverter converter) {
    this.converter = converter;
  }

  /**
   * {@return margin for {@code lots} at {@code price} in the account currency; empty when no rate
   * converts it}
   *
   * @param s the symbol
   * @param buy {@code true} for a buy
   * @param lots volume in lots
   * @param price open price
   * @param leverage account leverage 1:N
   * @param currency account currency
   */
  public Optional<Double> margin(
      FullSymbol s, boolean buy, double lots, double price, int leverage, String currency) {
    double units = lots * s.contractSize();
    double tickRatio = s.tickSize() > 0 ? s.tickValue() / s.tickSize() : 1;
    double margin =
        CalcMode.find(s.tradeCalcMode())
            .map(
                mode ->
                    switch (mode) {
                      case FOREX -> units / leverage;
                      case FUTURES, EXCH_FUTURES, EXCH_FUTURES_FORTS ->
                          s.trade().marginInitial() > 0
                              ? lots * s.trade().marginInitial()
                              : lots * price * tickRatio;
                      case CFD, EXCH_STOCKS, EXCH_OPTIONS, EXCH_OPTIONS_MARGIN, EXCH_STOCKS_MOEX ->
                          units * price;
                      case CFD_INDEX -> units * price * tickRatio;
                      case CFD_LEVERAGE -> units * price / leverage;
                      case FOREX_NO_LEVERAGE -> units;
                      case EXCH_BONDS, EXCH_BONDS_MOEX -> units * s.faceValue() * price / 100;
                      case SERV_COLLATERAL -> 0.0; // held, not margined
                    })
            .orElse(0.0);
    return converter.rate(s.currencyMargin(), currency, buy).map(r -> margin * r);
  }

  /**
   * {@return profit of a position from {@code open} to {@code close} in the account currency}
   *
   * @param s the symbol
   * @param buy {@code true} for a buy
   * @param lots volume in lots
   * @param open open price
   * @param close close price
   * @param currency account currency
   */
  public Optional<Double> profit(
      FullSymbol s, boolean buy, double lots, double open, double close, String currency) {
    double dir = buy ? 1 : -1;
    Optional<CalcMode> mode = CalcMode.find(s.tradeCalcMode());
    double byContract = dir * (close - open) * lots * s.contractSize();
    double raw =
        mode.map(
                m ->
                    switch (m) {
                      case FUTURES,
                          EXCH_FUTURES,
                          EXCH_FUTURES_FORTS,
                          EXCH_OPTIONS,
                          EXCH_OPTIONS_MARGIN ->
                          dir
                              * (close - open)
                              * lots
                              * (s.tickSize() > 0 ? s.tickValue() / s.tickSize() : 1);
                      case EXCH_BONDS, EXCH_BONDS_MOEX ->
                          dir * (close - open) / 100 * s.faceValue() * lots * s.contractSize();
                      case SERV_COLLATERAL -> 0.0;
                      case FOREX,
                          FOREX_NO_LEVERAGE,
                          CFD,
                          CFD_INDEX,
                          CFD_LEVERAGE,
                          EXCH_STOCKS,
                          EXCH_STOCKS_MOEX ->
                          byContract;
                    })
            .orElse(byContract);
    boolean forex =
        mode.filter(m -> m == CalcMode.FOREX || m == CalcMode.FOREX_NO_LEVERAGE).isPresent();
    boolean convertAsBuy = forex ? buy : raw <= 0;
    return converter.rate(s.currencyProfit(), currency, convertAsBuy).map(r -> cents(raw * r));
  }

  /**
   * {@return what a collateral position (calc mode 64) adds to the account's assets at {@code
   * price}: units × price × liquidity rate, negative for a short one; 0 for other modes}
   *
   * @param s the symbol
   * @param buy {@code true} for a buy
   * @param lots volume in lots
   * @param price current price
   * @param currency account currency
   */
  public Optional<Double> assets(
      FullSymbol s, boolean buy, double lots, double price, String currency) {
    if (s.tradeCalcMode() != CalcMode.SERV_COLLATERAL.value()) {
      return Optional.of(0.0);
    }
    double value =
        (buy ? 1 : -1) * lots * s.contractSize() * price * s.trade().marginRateLiquidity();
    return converter.rate(s.currencyProfit(), currency, value <= 0).map(r -> cents(value * r));
  }

  /**
   * The share of the normal margin charged for volume covered by an opposite position on a hedging
   * account: the hedged margin is money per lot where the symbol has an initial margin and a
   * contract size otherwise.
   */
  static double hedgedRatio(FullSymbol s) {
    double initial = s.trade().marginInitial();
    boolean byInitial =
        initial > 0
            && CalcMode.find(s.tradeCalcMode())
                .filter(
                    m ->
                        switch (m) {
                          case FUTURES,
                              EXCH_STOCKS,
                              EXCH_FUTURES,
                              EXCH_FUTURES_FORTS,
                              EXCH_OPTIONS,
                              EXCH_OPTIONS_MARGIN,
                              EXCH_STOCKS_MOEX ->
                              true;
                          case FOREX,
                              CFD,
                              CFD_INDEX,
                              CFD_LEVERAGE,
                              FOREX_NO_LEVERAGE,
                              EXCH_BONDS,
                              EXCH_BONDS_MOEX,
                              SERV_COLLATERAL ->
                              false;
                        })
                .isPresent();
    if (byInitial) {
      return s.trade().marginHedged() / initial;
    }
    return s.contractSize() > 0 ? s.trade().marginHedged() / s.contractSize() : 1;
  }

  /** Money rounded to cents, as balances and profits are kept. */
  static double cents(double amount) {
    return Math.round(amount * 100) / 100.0;
  }
}
