package io.github.jmt5.server.market;

import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.protocol.wire.PriceScale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live market: current quotes and the ticks due since the last call, for every symbol of a
 * catalog, deterministic for a seed. Ticks follow each symbol's {@link PricePath}, so a bar built
 * from them matches the history of cmd 11. Each {@link #advance} emits at most one tick per symbol
 * (the latest), only when its bid or ask changed and its market is open.
 *
 * <p>{@link #quote} is thread-safe; {@link #advance} is called from one thread.
 */
public final class MarketSimulator implements QuoteSource {
  private final SymbolCatalog catalog;
  private final Map<Integer, PricePath> paths = new HashMap<>();
  private final Map<Integer, BarHistory> histories = new HashMap<>();
  private final Map<String, MarketQuote> quotes = new ConcurrentHashMap<>();
  private final Map<Integer, double[]> lastSent = new HashMap<>();
  private final DepthModel depth = new DepthModel();
  private final Map<Integer, Object[]> dailyCache = new HashMap<>();

  /**
   * A market over the symbols of {@code catalog}; the same seed gives the same prices.
   *
   * @param catalog the symbols
   * @param seed seed of every price path
   */
  public MarketSimulator(SymbolCatalog catalog, long seed) {
    this.catalog = catalog;
    for (SymbolSpec s : catalog.specs()) {
      PricePath p = new PricePath(seed, s);
      paths.put(s.id(), p);
      histories.put(s.id(), new BarHistory(p, s.hours()));
    }
  }

  /** {@return the symbols of the market} */
  public SymbolCatalog catalog() {
    return catalog;
  }

  /**
   * Moves the market to {@code nowMs} and returns the new ticks (scaled, ready for cmd 8).
   *
   * @param nowMs now, Unix milliseconds; earlier than the last call moves nothing
   * @return the ticks, oldest first
   */
  public List<Tick> advance(long nowMs) {
    List<Tick> ticks = new ArrayList<>();
    for (SymbolSpec s : catalog.specs()) {
      if (!s.hours().isOpen(nowMs)) {
        continue;
      }
      double bid = path(s).bidAt(nowMs);
      double ask = askFor(s, bid);
      quotes.put(s.name(), new MarketQuote(s.name(), bid, ask, s.hasLast() ? bid : 0, nowMs));
      double[] last = lastSent.get(s.id());
      int fields = 0;
      if (last == null || last[0] != bid) {
        fields |= Tick.FIELD_BID;
      }
      if (last == null || last[1] != ask) {
        fields |= Tick.FIELD_ASK;
      }
      if (fields == 0) {
        continue;
      }
      if (s.hasLast()) {
        fields |= Tick.FIELD_LAST;
      }
      lastSent.put(s.id(), new double[] {bid, ask});
      int digits = s.digits();
      ticks.add(
          new Tick(
              s.id(),
              (int) Math.floorDiv(nowMs, 1000L),
              fields,
              (fields & Tick.FIELD_BID) != 0 ? PriceScale.scale(bid, digits) : 0,
              (fields & Tick.FIELD_ASK) != 0 ? PriceScale.scale(ask, digits) : 0,
              s.hasLast() ? PriceScale.scale(bid, digits) : 0,
              0,
              (int) Math.floorMod(nowMs, 1000L),
              0));
    }
    return ticks;
  }

  /** Every catalogued symbol has a path from the constructor on. */
  private PricePath path(SymbolSpec s) {
    return java.util.Objects.requireNonNull(paths.get(s.id()), s.name());
  }

  private static double askFor(SymbolSpec s, double bid) {
    double p = Math.pow(10, s.digits());
    return Math.round((bid + s.spreadPoints() * s.point()) * p) / p;
  }

  /**
   * {@return the quote a symbol would have at {@code nowMs}, whether or not ticks were sent}
   *
   * @param symbol symbol name
   * @param nowMs a time, Unix milliseconds
   */
  public Optional<MarketQuote> quoteAt(String symbol, long nowMs) {
    return catalog
        .spec(symbol)
        .map(
            s -> {
              double bid = path(s).bidAt(nowMs);
              return new MarketQuote(symbol, bid, askFor(s, bid), s.hasLast() ? bid : 0, nowMs);
            });
  }

  @Override
  public Optional<MarketQuote> quote(String symbol) {
    return Optional.ofNullable(quotes.get(symbol));
  }

  /**
   * {@return history of a symbol; empty for an unknown symbol}
   *
   * @param symbol symbol name
   * @param period the bar period
   * @param fromSec start of the range, Unix seconds
   * @param toSec end of the range, Unix seconds
   * @param nowMs now, Unix milliseconds
   */
  public List<Bar> bars(String symbol, BarPeriod period, long fromSec, long toSec, long nowMs) {
    Optional<SymbolSpec> spec = catalog.spec(symbol);
    if (spec.isEmpty()) {
      return List.of();
    }
    return java.util.Objects.requireNonNull(histories.get(spec.get().id()))
        .bars(period, fromSec, toSec, nowMs / 1000);
  }

  /**
   * {@return session statistics of a symbol for a cmd 17 push, from today's and yesterday's daily
   * bars}
   *
   * @param symbolId the symbol id
   * @param nowMs now, Unix milliseconds
   */
  public Optional<io.github.jmt5.protocol.message.market.SymbolDetails> details(
      int symbolId, long nowMs) {
    return catalog
        .byId(symbolId)
        .flatMap(f -> catalog.spec(f.tradeSymbol()))
        .flatMap(
            spec ->
                quote(spec.name())
                    .flatMap(q -> SessionStatistics.of(spec, q, recentDays(spec, nowMs))));
  }

  /** The last few daily bars of a symbol, recomputed at most once a minute. */
  private List<Bar> recentDays(SymbolSpec spec, long nowMs) {
    long minute = nowMs / 60_000;
    synchronized (dailyCache) {
      Object[] cached = dailyCache.get(spec.id());
      if (cached != null && (long) cached[0] == minute) {
        @SuppressWarnings("unchecked")
        List<Bar> bars = (List<Bar>) cached[1];
        return bars;
      }
      List<Bar> bars =
          bars(spec.name(), BarPeriod.D1, nowMs / 1000 - 4 * 86_400L, nowMs / 1000, nowMs);
      dailyCache.put(spec.id(), new Object[] {minute, bars});
      return bars;
    }
  }

  /** {@return market depth of every symbol} */
  public DepthModel depth() {
    return depth;
  }

  /**
   * {@return the path of a symbol, for tests and tools}
   *
   * @param symbolId the symbol id
   */
  public Optional<PricePath> path(int symbolId) {
    return Optional.ofNullable(paths.get(symbolId));
  }
}
