package io.github.jmt5.client.calc;

import io.github.jmt5.protocol.enums.CalcMode;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.message.market.FullSymbol;
import java.util.List;
import java.util.Objects;

/**
 * The margin an order needs, per symbol calculation mode (PROTOCOL.md 9.10, 10.3).
 *
 * <p>With V the volume in lots, C the contract size, P the order price, L the account leverage, M
 * the symbol's {@code margin_initial} (money per lot), F the face value and TV / TS the tick value
 * per tick size (the tick value alone when the tick size is 0), the margin in the symbol's margin
 * currency is:
 *
 * <table>
 *   <caption>Margin per calculation mode</caption>
 *   <tr><th>mode</th><th>margin</th></tr>
 *   <tr><td>0 Forex</td><td>V × C / L</td></tr>
 *   <tr><td>5 Forex no leverage</td><td>V × C</td></tr>
 *   <tr><td>2 CFD</td><td>V × C × P</td></tr>
 *   <tr><td>3 CFD index</td><td>V × C × P × TV / TS</td></tr>
 *   <tr><td>4 CFD leverage</td><td>V × C × P / L</td></tr>
 *   <tr><td>1 Futures, 33 Exchange futures, 34 FORTS futures</td>
 *       <td>V × M if M &gt; 0, else V × P × TV / TS</td></tr>
 *   <tr><td>32 Exchange stocks, 35 / 36 Exchange options, 38 Exchange stocks MOEX</td>
 *       <td>V × M if M &gt; 0, else V × C × P</td></tr>
 *   <tr><td>37 Exchange bonds, 39 Exchange bonds MOEX</td><td>V × C × F × P / 100</td></tr>
 *   <tr><td>64 Collateral</td><td>0</td></tr>
 * </table>
 *
 * <p>The result is multiplied by the symbol's initial margin rate for the order type ({@code
 * margin_rates_initial[type]} of its trade settings), as the web terminal does; a symbol whose
 * eight rates are all 0 carries no per-type rates and is charged at rate 1. It is then converted
 * from the margin currency to the account currency on the side of the order (the buy rate for buy
 * orders, the sell rate for sell orders). Other calculation modes are not supported.
 *
 * <p>Not modelled: the account's leverage tiers (LEVERAGE_RULE) and the reduced margin of hedged
 * positions, which depend on the whole account rather than on one order.
 *
 * <p>Thread-safe when the converter's quote book is.
 */
public final class MarginCalculator {
  private final CurrencyConverter converter;

  /**
   * A calculator converting through {@code converter}.
   *
   * @param converter converts margin-currency amounts into the account currency
   */
  public MarginCalculator(CurrencyConverter converter) {
    this.converter = Objects.requireNonNull(converter, "converter");
  }

  /**
   * The margin of an order in the account currency.
   *
   * @param symbol the symbol's configuration
   * @param type order type 0..7 (buy side: 0, 2, 4, 6)
   * @param lots volume in lots, above 0
   * @param price order price, above 0 (the ask for a market buy, the bid for a market sell)
   * @param leverage account leverage 1:N, at least 1 where the mode uses it (0 and 4), else at
   *     least 0
   * @param accountCurrency the account currency
   * @return the margin, not rounded
   * @throws IllegalArgumentException for an argument out of range, an unsupported calculation mode
   *     or a symbol lacking a field its mode needs
   * @throws MissingRateException if no quote converts the margin currency
   */
  public double margin(
      FullSymbol symbol,
      OrderType type,
      double lots,
      double price,
      int leverage,
      String accountCurrency) {
    double raw = marginInMarginCurrency(symbol, type, lots, price, leverage);
    Args.currency(accountCurrency, "accountCurrency");
    if (raw == 0) {
      return 0;
    }
    return converter.convert(raw, symbol.currencyMargin(), accountCurrency, Side.of(type));
  }

  /**
   * The margin of an order in the symbol's margin currency ({@code currency_margin}), before
   * conversion. Arguments as for {@link #margin(FullSymbol, OrderType, double, double, int,
   * String)}.
   *
   * @param symbol the symbol's configuration
   * @param type order type 0..7
   * @param lots volume in lots, above 0
   * @param price order price, above 0
   * @param leverage account leverage 1:N
   * @return the margin in the margin currency, not rounded
   * @throws IllegalArgumentException for an argument out of range, an unsupported calculation mode
   *     or a symbol lacking a field its mode needs
   */
  public double marginInMarginCurrency(
      FullSymbol symbol, OrderType type, double lots, double price, int leverage) {
    Objects.requireNonNull(symbol, "symbol");
    Side.of(Objects.requireNonNull(type, "type"));
    Args.positive(lots, "lots");
    Args.positive(price, "price");
    Args.nonNegative(leverage, "leverage");
    int mode = symbol.tradeCalcMode();
    double initial = symbol.trade().marginInitial();
    double base =
        switch (mode) {
          case 0 -> lots * Symbols.contractSize(symbol) / leverage(leverage, symbol);
          case 5 -> lots * Symbols.contractSize(symbol);
          case 2 -> lots * Symbols.contractSize(symbol) * price;
          case 3 -> lots * Symbols.contractSize(symbol) * price * Symbols.tickRatio(symbol);
          case 4 -> lots * Symbols.contractSize(symbol) * price / leverage(leverage, symbol);
          case 1, 33, 34 -> initial > 0 ? lots * initial : lots * price * Symbols.tickRatio(symbol);
          case 32, 35, 36, 38 ->
              initial > 0 ? lots * initial : lots * Symbols.contractSize(symbol) * price;
          case 37, 39 ->
              lots * Symbols.contractSize(symbol) * Symbols.faceValue(symbol) * price / 100;
          case 64 -> 0;
          default ->
              throw new IllegalArgumentException(
                  "symbol "
                      + symbol.tradeSymbol()
                      + ": calc mode "
                      + CalcMode.describe(mode)
                      + " is not supported; supported modes are 0-5, 32-39 and 64");
        };
    return base * marginRate(symbol, type);
  }

  /**
   * The initial margin rate the symbol applies to an order type: {@code
   * margin_rates_initial[type]}, or 1 when the symbol carries no per-type rates (all eight 0).
   *
   * @param symbol the symbol's configuration
   * @param type order type 0..7
   * @return the rate, at least 0
   * @throws IllegalArgumentException if the type is close-by or the rate is negative or not finite
   */
  public static double marginRate(FullSymbol symbol, OrderType type) {
    Side.of(type);
    List<Double> rates = symbol.trade().marginRatesInitial();
    if (rates.stream().allMatch(r -> r == 0)) {
      return 1;
    }
    double rate = rates.get(type.value());
    if (!(Double.isFinite(rate) && rate >= 0)) {
      throw new IllegalArgumentException(
          "symbol "
              + symbol.tradeSymbol()
              + ": margin_rates_initial["
              + type.value()
              + "] must be finite and >= 0, was "
              + rate);
    }
    return rate;
  }

  private static int leverage(int leverage, FullSymbol symbol) {
    if (leverage < 1) {
      throw new IllegalArgumentException(
          "leverage must be >= 1 for calc mode "
              + CalcMode.describe(symbol.tradeCalcMode())
              + " of "
              + symbol.tradeSymbol()
              + ", was "
              + leverage);
    }
    return leverage;
  }
}
