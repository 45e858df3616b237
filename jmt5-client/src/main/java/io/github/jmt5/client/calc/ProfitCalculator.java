package io.github.jmt5.client.calc;

import io.github.jmt5.protocol.enums.PositionType;
import io.github.jmt5.protocol.message.market.FullSymbol;
import java.util.Objects;

/**
 * The profit of a position between two prices, per symbol calculation mode (PROTOCOL.md 9.10,
 * 10.3).
 *
 * <p>With D = +1 for a buy and -1 for a sell, V the volume in lots, C the contract size, O and X
 * the open and close prices, F the face value and TV / TS the tick value per tick size (the tick
 * value alone when the tick size is 0), the profit in the symbol's profit currency is:
 *
 * <table>
 *   <caption>Profit per calculation mode</caption>
 *   <tr><th>mode</th><th>profit</th></tr>
 *   <tr><td>0, 5 Forex, 2, 3, 4 CFD, 32, 38 Exchange stocks, and any unknown mode</td>
 *       <td>D × (X − O) × C × V</td></tr>
 *   <tr><td>1 Futures, 33 Exchange futures, 35, 36 Exchange options</td>
 *       <td>D × (X − O) × V × TV / TS</td></tr>
 *   <tr><td>34 FORTS futures</td><td>D × (X × TV / TS − O × TV / TS) × V</td></tr>
 *   <tr><td>37, 39 Exchange bonds</td><td>D × (X − O) / 100 × F × C × V</td></tr>
 *   <tr><td>64 Collateral</td><td>0</td></tr>
 * </table>
 *
 * <p>As in the web terminal, bond profit leaves the accrued interest out, and the profit is 0 when
 * the close price is 0 or negative (no quote) or when its magnitude exceeds 10^11.
 *
 * <p>The profit is converted from the profit currency to the account currency: forex symbols (modes
 * 0 and 5) on the side of the position; other symbols at the sell rate for a gain and the buy rate
 * for a loss.
 *
 * <p>Thread-safe when the converter's quote book is.
 */
public final class ProfitCalculator {
  /** Profits of larger magnitude are treated as errors and reported as 0. */
  public static final double MAX_PROFIT = 1e11;

  private final CurrencyConverter converter;

  /**
   * A calculator converting through {@code converter}.
   *
   * @param converter converts profit-currency amounts into the account currency
   */
  public ProfitCalculator(CurrencyConverter converter) {
    this.converter = Objects.requireNonNull(converter, "converter");
  }

  /**
   * The profit of a position in the account currency.
   *
   * @param symbol the symbol's configuration
   * @param type position direction
   * @param lots volume in lots, above 0
   * @param open open price, finite
   * @param close close price, finite (the bid for a buy position, the ask for a sell position)
   * @param accountCurrency the account currency
   * @return the profit, not rounded
   * @throws IllegalArgumentException for an argument out of range or a symbol lacking a field its
   *     mode needs
   * @throws MissingRateException if no quote converts the profit currency
   */
  public double profit(
      FullSymbol symbol,
      PositionType type,
      double lots,
      double open,
      double close,
      String accountCurrency) {
    double raw = profitInProfitCurrency(symbol, type, lots, open, close);
    Args.currency(accountCurrency, "accountCurrency");
    if (raw == 0) {
      return 0;
    }
    return converter.convert(
        raw, symbol.currencyProfit(), accountCurrency, conversionSide(symbol, type, raw));
  }

  /**
   * The profit of a position in the symbol's profit currency ({@code currency_profit}), before
   * conversion. Arguments as for {@link #profit(FullSymbol, PositionType, double, double, double,
   * String)}.
   *
   * @param symbol the symbol's configuration
   * @param type position direction
   * @param lots volume in lots, above 0
   * @param open open price, finite
   * @param close close price, finite
   * @return the profit in the profit currency, not rounded
   * @throws IllegalArgumentException for an argument out of range or a symbol lacking a field its
   *     mode needs
   */
  public double profitInProfitCurrency(
      FullSymbol symbol, PositionType type, double lots, double open, double close) {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(type, "type");
    Args.positive(lots, "lots");
    Args.finite(open, "open");
    Args.finite(close, "close");
    int mode = symbol.tradeCalcMode();
    if (mode == 64) {
      return 0;
    }
    if (close <= 0) {
      return 0;
    }
    double dir = Side.of(type).sign();
    double profit =
        switch (mode) {
          case 1, 33, 35, 36 -> dir * (close - open) * lots * Symbols.tickRatio(symbol);
          case 34 -> {
            double k = Symbols.tickRatio(symbol);
            yield dir * (close * k - open * k) * lots;
          }
          case 37, 39 ->
              dir
                  * (close - open)
                  / 100
                  * Symbols.faceValue(symbol)
                  * Symbols.contractSize(symbol)
                  * lots;
          default -> dir * (close - open) * Symbols.contractSize(symbol) * lots;
        };
    return Math.abs(profit) > MAX_PROFIT ? 0 : profit;
  }

  /**
   * The side whose rate converts a profit: the position's side for forex symbols (modes 0 and 5),
   * otherwise the sell side for a gain and the buy side for a loss.
   *
   * @param symbol the symbol's configuration
   * @param type position direction
   * @param profit the profit in the profit currency
   * @return the side to convert on
   */
  public static Side conversionSide(FullSymbol symbol, PositionType type, double profit) {
    int mode = symbol.tradeCalcMode();
    if (mode == 0 || mode == 5) {
      return Side.of(type);
    }
    return profit > 0 ? Side.SELL : Side.BUY;
  }
}
