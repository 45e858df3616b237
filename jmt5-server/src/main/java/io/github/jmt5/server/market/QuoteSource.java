package io.github.jmt5.server.market;

import java.util.Optional;

/** Where the broker reads prices from. Implementations are thread-safe. */
public interface QuoteSource {
  /**
   * {@return the latest quote of {@code symbol}, or empty when it has none (unknown symbol, no
   * prices yet)}
   *
   * @param symbol symbol name
   */
  Optional<MarketQuote> quote(String symbol);
}
