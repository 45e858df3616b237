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
 * (the latest), only when its market is open and its bid or ask changed, or when the symbol has
 * been quiet for the {@linkplain #quoteHeartbeat heartbeat} interval (a heartbeat tick repeats the
 * quote, as many real servers do).
 *
 * <p>Tests can take a symbol off its path: {@link #setQuote} holds a price until {@link
 * #followPath} lets the path drive it again. Held prices reach clients, the order book and the
 * broker's triggers at the next {@link #advance}; bar history keeps following the path.
 *
 * <p>{@link #quote}, {@link #setQuote} and {@link #followPath} are thread-safe; {@link #advance} is
 * called from one thread.
 */
public final class MarketSimulator implements QuoteSource {
  private final SymbolCatalog catalog;
  private final Map<Integer, PricePath> paths = new HashMap<>();
  private final Map<Integer, BarHistory> histories = new HashMap<>();
  private final Map<String, MarketQuote> quotes = new ConcurrentHashMap<>();
  private final Map<Integer, double[]> lastSent = new HashMap<>();
  private final Map<Integer, Long> lastSentAt = new HashMap<>();
  private final Map<Integer, HeldQuote> held = new ConcurrentHashMap<>();
  private volatile long heartbeatMs;
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

  /**
   * Sets how long a symbol in trading hours may go without a tick: past that, {@link #advance}
   * repeats its quote even though it did not change. Zero (the default) sends ticks only on change.
   *
   * @param intervalMs the longest quiet time, milliseconds; 0 switches heartbeat ticks off
   * @throws IllegalArgumentException if {@code intervalMs} is negative
   */
  public void quoteHeartbeat(long intervalMs) {
    if (intervalMs < 0) {
      throw new IllegalArgumentException("quote heartbeat must be 0 or more ms, was " + intervalMs);
    }
    this.heartbeatMs = intervalMs;
  }

  /**
   * Holds a symbol at a price from the next {@link #advance} on, the ask one spread above the bid,
   * until {@link #followPath}. Tests use it to move the market where they need it.
   *
   * @param symbol symbol name
   * @param bid the bid, rounded to the symbol's digits
   * @throws IllegalArgumentException for an unknown symbol or a bid that is not positive
   */
  public void setQuote(String symbol, double bid) {
    SymbolSpec s = spec(symbol);
    setQuote(symbol, bid, askFor(s, bid));
  }

  /**
   * Holds a symbol at a bid and ask from the next {@link #advance} on, until {@link #followPath}.
   *
   * @param symbol symbol name
   * @param bid the bid, rounded to the symbol's digits
   * @param ask the ask, rounded to the symbol's digits
   * @throws IllegalArgumentException for an unknown symbol, a price that is not positive or an ask
   *     below the bid
   */
  public void setQuote(String symbol, double bid, double ask) {
    SymbolSpec s = spec(symbol);
    if (!(bid > 0) || !(ask > 0) || Double.isInfinite(bid) || Double.isInfinite(ask)) {
      throw new IllegalArgumentException(
          "prices must be positive and finite, were bid " + bid + " ask " + ask);
    }
    double roundedBid = round(bid, s.digits());
    double roundedAsk = round(ask, s.digits());
    if (roundedAsk < roundedBid) {
      throw new IllegalArgumentException(
          symbol + ": the ask " + roundedAsk + " is below the bid " + roundedBid);
    }
    held.put(s.id(), new HeldQuote(roundedBid, roundedAsk));
  }

  /**
   * Lets a symbol held by {@link #setQuote} follow its price path again from the next {@link
   * #advance}; does nothing for a symbol that is not held.
   *
   * @param symbol symbol name
   * @throws IllegalArgumentException for an unknown symbol
   */
  public void followPath(String symbol) {
    held.remove(spec(symbol).id());
  }

  private SymbolSpec spec(String symbol) {
    return catalog
        .spec(symbol)
        .orElseThrow(() -> new IllegalArgumentException("unknown symbol " + symbol));
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
      HeldQuote h = held.get(s.id());
      double bid = h != null ? h.bid() : path(s).bidAt(nowMs);
      double ask = h != null ? h.ask() : askFor(s, bid);
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
        if (!heartbeatDue(s.id(), nowMs)) {
          continue;
        }
        fields = Tick.FIELD_BID | Tick.FIELD_ASK; // a heartbeat tick repeats the whole quote
      }
      if (s.hasLast()) {
        fields |= Tick.FIELD_LAST;
      }
      lastSent.put(s.id(), new double[] {bid, ask});
      lastSentAt.put(s.id(), nowMs);
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

  private boolean heartbeatDue(int symbolId, long nowMs) {
    long interval = heartbeatMs;
    Long sentAt = lastSentAt.get(symbolId);
    return interval > 0 && sentAt != null && nowMs - sentAt >= interval;
  }

  /** Every catalogued symbol has a path from the constructor on. */
  private PricePath path(SymbolSpec s) {
    return java.util.Objects.requireNonNull(paths.get(s.id()), s.name());
  }

  private static double askFor(SymbolSpec s, double bid) {
    return round(bid + s.spreadPoints() * s.point(), s.digits());
  }

  private static double round(double price, int digits) {
    double p = Math.pow(10, digits);
    return Math.round(price * p) / p;
  }

  /** A price set by a test, held until the symbol follows its path again. */
  private record HeldQuote(double bid, double ask) {}

  /**
   * {@return the quote a symbol's price path gives at {@code nowMs}, whether or not ticks were sent
   * (a price held by {@link #setQuote} aside)}
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
