package io.github.jmt5.server.market;

import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.market.SymbolDetails;
import io.github.jmt5.protocol.wire.PriceScale;
import java.util.List;
import java.util.Optional;

/**
 * Builds the cmd 17 symbol-details push from the day so far: last bid and ask, the day's high and
 * low, the day's open, the previous day's close and the change in percent. Prices are scaled by
 * 10^digits as on the wire; the change is percent × 100.
 */
final class SessionStatistics {
  /** Change-mask bits set: bid last/high/low, ask last/high/low, open, close, change. */
  static final long FIELDS = 1 | 2 | 4 | 8 | 16 | 32 | (1L << 20) | (1L << 21) | (1L << 23);

  private SessionStatistics() {}

  static Optional<SymbolDetails> of(
      SymbolSpec spec, MarketQuote quote, List<Bar> todayAndYesterday) {
    if (todayAndYesterday.isEmpty()) {
      return Optional.empty();
    }
    Bar today = todayAndYesterday.get(todayAndYesterday.size() - 1);
    double previousClose =
        todayAndYesterday.size() > 1
            ? todayAndYesterday.get(todayAndYesterday.size() - 2).close()
            : today.open();
    double spread = quote.ask() - quote.bid();
    double high = Math.max(today.high(), quote.bid());
    double low = Math.min(today.low(), quote.bid());
    double change = previousClose == 0 ? 0 : (quote.bid() - previousClose) / previousClose * 100;
    int d = spec.digits();
    return Optional.of(
        new SymbolDetails(
            spec.id(),
            FIELDS,
            (int) Math.floorDiv(quote.timeMsc(), 1000L),
            d,
            PriceScale.scale(quote.bid(), d),
            PriceScale.scale(high, d),
            PriceScale.scale(low, d),
            PriceScale.scale(quote.ask(), d),
            PriceScale.scale(high + spread, d),
            PriceScale.scale(low + spread, d),
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            PriceScale.scale(today.open(), d),
            PriceScale.scale(previousClose, d),
            0,
            Math.round(change * 100),
            0,
            0,
            Math.floorMod(quote.timeMsc(), 1000L),
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0));
  }
}
