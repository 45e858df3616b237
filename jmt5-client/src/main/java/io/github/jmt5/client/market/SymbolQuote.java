package io.github.jmt5.client.market;

import io.github.jmt5.protocol.state.Quote;
import java.time.Instant;

/**
 * A symbol's latest merged quote, in real prices.
 *
 * @param symbol the symbol name
 * @param bid best bid, 0 before the first bid
 * @param ask best ask, 0 before the first ask
 * @param last last trade price, 0 if the symbol has none
 * @param volume last tick volume
 * @param time when the quote last changed
 */
public record SymbolQuote(
    String symbol, double bid, double ask, double last, long volume, Instant time) {
  static SymbolQuote of(String symbol, Quote q) {
    return new SymbolQuote(
        symbol, q.bid(), q.ask(), q.last(), q.volume(), Instant.ofEpochMilli(q.timeMsc()));
  }

  /** {@return ask minus bid} */
  public double spread() {
    return ask - bid;
  }

  /**
   * {@return the price a buy order would pay (ask) or a sell order would get (bid)}
   *
   * @param buy {@code true} for a buy order
   */
  public double priceFor(boolean buy) {
    return buy ? ask : bid;
  }
}
