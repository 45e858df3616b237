package io.github.jmt5.server.internal.broker;

import io.github.jmt5.server.market.MarketQuote;
import io.github.jmt5.server.market.QuoteSource;
import java.util.Optional;

/**
 * Converts amounts between currencies through the market's quotes: the direct pair, the inverse
 * pair, or via USD. Buying converts at the ask, selling at the bid, as the web terminal does.
 */
final class CurrencyConverter {
  private final QuoteSource quotes;

  CurrencyConverter(QuoteSource quotes) {
    this.quotes = quotes;
  }

  /**
   * The rate that turns one unit of {@code from} into {@code to}, or empty when no quotes connect
   * them.
   */
  Optional<Double> rate(String from, String to, boolean buy) {
    if (from.equals(to)) {
      return Optional.of(1.0);
    }
    Optional<MarketQuote> direct = quotes.quote(from + to);
    if (direct.isPresent()) {
      return Optional.of(buy ? direct.get().ask() : direct.get().bid());
    }
    Optional<MarketQuote> inverse = quotes.quote(to + from);
    if (inverse.isPresent()) {
      return Optional.of(1 / (buy ? inverse.get().bid() : inverse.get().ask()));
    }
    if (!from.equals("USD") && !to.equals("USD")) {
      Optional<Double> a = rate(from, "USD", buy);
      Optional<Double> b = rate("USD", to, buy);
      if (a.isPresent() && b.isPresent()) {
        return Optional.of(a.get() * b.get());
      }
    }
    return Optional.empty();
  }
}
