package io.github.jmt5.client.compat;

import io.github.jmt5.client.Mt5Client;

/**
 * Local margin, profit and order checks behind {@link MetaTrader5#orderCalcMargin}, {@link
 * MetaTrader5#orderCalcProfit} and {@link MetaTrader5#orderCheck}. The web protocol has no request
 * for them, so they are computed on the client from the symbol's calculation mode, the account and
 * live prices. Pass an implementation to {@link MetaTrader5#initialize(
 * io.github.jmt5.client.session.SessionOptions, Calculations)} or {@link
 * MetaTrader5#setCalculations}; without one those three methods return null and set {@link
 * Mt5Constants#RES_E_UNSUPPORTED}.
 *
 * <p>Implementations may throw: the exception becomes {@link MetaTrader5#lastError()} as any other
 * failure does.
 */
public interface Calculations {
  /**
   * {@return the margin of an order in the account currency}
   *
   * @param client the connected client (symbols, account, quotes)
   * @param orderType {@code ORDER_TYPE_*}
   * @param symbol symbol
   * @param volume lots
   * @param price open price
   */
  double margin(Mt5Client client, int orderType, String symbol, double volume, double price);

  /**
   * {@return the profit of a position in the account currency}
   *
   * @param client the connected client
   * @param orderType {@code ORDER_TYPE_BUY} or {@code ORDER_TYPE_SELL}
   * @param symbol symbol
   * @param volume lots
   * @param priceOpen open price
   * @param priceClose close price
   */
  double profit(
      Mt5Client client,
      int orderType,
      String symbol,
      double volume,
      double priceOpen,
      double priceClose);

  /**
   * {@return whether the account could afford {@code request}, and the account after it}
   *
   * @param client the connected client
   * @param request the request to check
   */
  OrderCheckResult check(Mt5Client client, TradeRequest request);
}
