package io.github.jmt5.server.broker;

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
        switch (s.tradeCalcMode()) {
          case 0 -> units / leverage;
          case 1, 33, 34 ->
              s.trade().marginInitial() > 0
                  ? lots * s.trade().marginInitial()
                  : lots * price * tickRatio;
          case 2, 32, 35, 36, 38 -> units * price;
          case 3 -> units * price * tickRatio;
          case 4 -> units * price / leverage;
          case 5 -> units;
          case 37, 39 -> units * s.faceValue() * price / 100;
          default -> 0; // 64 collateral: held, not margined
        };
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
    double raw =
        switch (s.tradeCalcMode()) {
          case 1, 33, 34, 35, 36 ->
              dir * (close - open) * lots * (s.tickSize() > 0 ? s.tickValue() / s.tickSize() : 1);
          case 37, 39 -> dir * (close - open) / 100 * s.faceValue() * lots * s.contractSize();
          case 64 -> 0;
          default -> dir * (close - open) * lots * s.contractSize();
        };
    boolean forex = s.tradeCalcMode() == 0 || s.tradeCalcMode() == 5;
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
    if (s.tradeCalcMode() != 64) {
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
            && switch (s.tradeCalcMode()) {
              case 1, 32, 33, 34, 35, 36, 38 -> true;
              default -> false;
            };
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
