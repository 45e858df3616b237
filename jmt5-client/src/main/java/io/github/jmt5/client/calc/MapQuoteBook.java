package io.github.jmt5.client.calc;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link QuoteBook} the caller keeps up to date, for instance from tick events. Thread-safe:
 * writers and readers may run on different threads.
 */
public final class MapQuoteBook implements QuoteBook {
  private final Map<String, Quote> quotes = new ConcurrentHashMap<>();

  /** An empty book. */
  public MapQuoteBook() {}

  /**
   * Sets the latest quote of {@code symbol}, replacing the previous one.
   *
   * @param symbol symbol name
   * @param quote its latest quote
   * @return this book
   */
  public MapQuoteBook put(String symbol, Quote quote) {
    if (symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must be a non-blank symbol name");
    }
    quotes.put(symbol, Objects.requireNonNull(quote, "quote"));
    return this;
  }

  /**
   * Sets the latest quote of {@code symbol}.
   *
   * @param symbol symbol name
   * @param bid best bid, above 0
   * @param ask best ask, above 0
   * @return this book
   */
  public MapQuoteBook put(String symbol, double bid, double ask) {
    return put(symbol, new Quote(bid, ask));
  }

  /**
   * Forgets the quote of {@code symbol}.
   *
   * @param symbol symbol name
   */
  public void remove(String symbol) {
    quotes.remove(symbol);
  }

  @Override
  public Optional<Quote> quote(String symbol) {
    return Optional.ofNullable(quotes.get(symbol));
  }

  @Override
  public Set<String> symbols() {
    return Set.copyOf(quotes.keySet());
  }
}
