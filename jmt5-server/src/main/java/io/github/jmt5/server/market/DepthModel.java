package io.github.jmt5.server.market;

import io.github.jmt5.protocol.message.market.BookHeader;
import io.github.jmt5.protocol.message.market.BookLevel;
import io.github.jmt5.protocol.message.market.BookUpdate;
import io.github.jmt5.protocol.wire.Volume;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Market depth around the quote: {@value #LEVELS} levels a side, one point apart, with volumes that
 * grow away from the touch and vary deterministically. Produces a full snapshot (with the reset
 * flag) for a new subscriber and true deltas afterwards: changed volumes as differences, vanished
 * prices as volume 0.
 *
 * <p>Thread-safe: one lock guards the last state sent per symbol.
 */
public final class DepthModel {
  /** Levels per side. */
  public static final int LEVELS = 5;

  private static final int SELL = 1;
  private static final int BUY = 2;

  private final Map<Integer, Map<Long, long[]>> last = new HashMap<>();

  /** A model with no book sent yet for any symbol. */
  public DepthModel() {}

  /**
   * {@return volume the current book offers to a buy (asks) or a sell (bids), lots × 10^8}
   *
   * @param spec the symbol
   * @param quote its current quote
   * @param buy {@code true} for a buy
   */
  public static long available(SymbolSpec spec, MarketQuote quote, boolean buy) {
    long sum = 0;
    for (long[] level : levels(spec, quote.bid(), quote.ask(), quote.timeMsc()).values()) {
      if (level[0] == (buy ? SELL : BUY)) {
        sum += level[1];
      }
    }
    return sum;
  }

  /** The book of {@code spec} at a quote: price (scaled) to {side, volume}. */
  static NavigableMap<Long, long[]> levels(SymbolSpec spec, double bid, double ask, long timeMs) {
    TreeMap<Long, long[]> book = new TreeMap<>();
    long scaledBid = Math.round(bid * Math.pow(10, spec.digits()));
    long scaledAsk = Math.round(ask * Math.pow(10, spec.digits()));
    long step = Math.max(1, spec.spreadPoints() / 2);
    for (int i = 0; i < LEVELS; i++) {
      book.put(scaledAsk + i * step, new long[] {SELL, volume(spec, i, timeMs, 1)});
      book.put(scaledBid - i * step, new long[] {BUY, volume(spec, i, timeMs, 2)});
    }
    return book;
  }

  private static long volume(SymbolSpec spec, int level, long timeMs, int salt) {
    long h = PricePath.mix(spec.id() * 131L + level * 17L + salt + timeMs / 1000);
    double lots = spec.volumeMin() * (10 + 10 * level) * (1 + Math.floorMod(h, 5));
    return Volume.toWire(Math.min(lots, spec.volumeMax()));
  }

  /**
   * {@return the whole book with the reset flag, as of the last {@link #delta}: every subscriber
   * then applies the same deltas to the same state, however many there are and whenever they
   * subscribed}
   *
   * @param spec the symbol
   * @param quote its current quote
   */
  public synchronized BookUpdate snapshot(SymbolSpec spec, MarketQuote quote) {
    Map<Long, long[]> book =
        last.computeIfAbsent(
            spec.id(), k -> new HashMap<>(levels(spec, quote.bid(), quote.ask(), quote.timeMsc())));
    List<BookLevel> out = new ArrayList<>();
    new TreeMap<>(book)
        .descendingMap()
        .forEach((price, v) -> out.add(new BookLevel(0, (int) v[0], price, v[1])));
    return new BookUpdate(header(spec, quote, BookUpdate.RESET, out.size()), out);
  }

  /**
   * Moves a symbol's book to {@code quote} and returns the changes; call once per update for all
   * subscribers. Empty levels when nothing changed.
   *
   * @param spec the symbol
   * @param quote its new quote
   * @return the level changes, with the header of the symbol
   */
  public synchronized BookUpdate delta(SymbolSpec spec, MarketQuote quote) {
    NavigableMap<Long, long[]> book = levels(spec, quote.bid(), quote.ask(), quote.timeMsc());
    Map<Long, long[]> before = last.getOrDefault(spec.id(), Map.of());
    List<BookLevel> out = new ArrayList<>();
    for (Map.Entry<Long, long[]> e : before.entrySet()) {
      long[] now = book.get(e.getKey());
      if (now == null || now[0] != e.getValue()[0]) {
        out.add(new BookLevel(0, (int) e.getValue()[0], e.getKey(), 0));
      }
    }
    for (Map.Entry<Long, long[]> e : book.descendingMap().entrySet()) {
      long[] old = before.get(e.getKey());
      long[] now = e.getValue();
      if (old == null || old[0] != now[0]) {
        out.add(new BookLevel(0, (int) now[0], e.getKey(), now[1]));
      } else if (old[1] != now[1]) {
        out.add(new BookLevel(0, (int) now[0], e.getKey(), now[1] - old[1]));
      }
    }
    last.put(spec.id(), new HashMap<>(book));
    return new BookUpdate(header(spec, quote, 0, out.size()), out);
  }

  private static BookHeader header(SymbolSpec spec, MarketQuote quote, int flags, int levels) {
    return new BookHeader(
        spec.id(),
        (int) Math.floorDiv(quote.timeMsc(), 1000L),
        (int) Math.floorMod(quote.timeMsc(), 1000L),
        0,
        flags,
        levels);
  }
}
