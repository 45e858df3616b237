package io.github.jmt5.client.calc;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The latest quote of each symbol, by symbol name. Implementations must be safe to read from any
 * thread; {@link MapQuoteBook} is a simple one that is fed by the caller.
 */
public interface QuoteBook {

  /**
   * The latest quote of {@code symbol}.
   *
   * @param symbol symbol name, as in {@code trade_symbol}
   * @return the quote, or empty when the symbol has none
   */
  Optional<Quote> quote(String symbol);

  /**
   * The names of the symbols that have a quote, used to find cross rates whose names carry a suffix
   * or separator (for instance {@code EUR.USD}).
   *
   * @return a snapshot of the quoted symbol names
   */
  Set<String> symbols();

  /**
   * An immutable book over a copy of {@code quotes}.
   *
   * @param quotes quotes by symbol name
   * @return a book that never changes
   */
  static QuoteBook of(Map<String, Quote> quotes) {
    Map<String, Quote> copy = Map.copyOf(quotes);
    return new QuoteBook() {
      @Override
      public Optional<Quote> quote(String symbol) {
        return Optional.ofNullable(copy.get(symbol));
      }

      @Override
      public Set<String> symbols() {
        return copy.keySet();
      }
    };
  }
}
