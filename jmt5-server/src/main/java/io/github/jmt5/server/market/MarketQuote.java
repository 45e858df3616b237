package io.github.jmt5.server.market;

import java.util.Objects;

/**
 * The current price of a symbol in real (unscaled) prices.
 *
 * @param symbol symbol name
 * @param bid best bid
 * @param ask best ask
 * @param last last trade price, 0 for OTC symbols
 * @param timeMsc quote time, Unix milliseconds
 */
public record MarketQuote(String symbol, double bid, double ask, double last, long timeMsc) {
  /**
   * Checks that {@code symbol} is not null.
   *
   * @param symbol symbol name
   * @param bid best bid
   * @param ask best ask
   * @param last last trade price, 0 for OTC symbols
   * @param timeMsc quote time, Unix milliseconds
   * @throws NullPointerException if it is null
   */
  public MarketQuote {
    Objects.requireNonNull(symbol, "symbol");
  }
}
