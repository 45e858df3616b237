package io.github.jmt5.client.market;

import io.github.jmt5.client.event.BookUpdated;
import io.github.jmt5.client.event.PushEvent;
import io.github.jmt5.client.event.Subscription;
import io.github.jmt5.client.event.TicksReceived;
import io.github.jmt5.client.session.Request;
import io.github.jmt5.client.session.Session;
import io.github.jmt5.client.session.SymbolSubscription;
import io.github.jmt5.client.symbols.Symbols;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.market.BarsRequest;
import io.github.jmt5.protocol.message.market.BookUpdate;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.market.SymbolBasic;
import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.protocol.state.OrderBook;
import io.github.jmt5.protocol.state.OrderBooks;
import io.github.jmt5.protocol.state.TickMerger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Live quotes, order books and bars.
 *
 * <p>Ticks and book deltas are applied on the socket's thread as they arrive (through a session
 * mirror), so {@link #quote} and {@link #book} are current when a listener runs. Quotes merge the
 * fields each tick carries, drop stale ticks and apply the symbol's spread markup, as the web
 * terminal does (PROTOCOL.md 8.2).
 */
public final class MarketData {
  /** Bars are requested in pieces of at most this many bars' worth of time. */
  static final int BARS_PER_CHUNK = 50_000;

  private final Session session;
  private final Symbols symbols;
  private final TickMerger merger = new TickMerger();
  private final OrderBooks books = new OrderBooks();
  private final java.util.Map<Integer, Integer> digitsById =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<Integer, io.github.jmt5.protocol.message.market.SymbolDetails>
      details = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<Integer, TickHistory> histories =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Set<Integer> quoted = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Market data read through {@code session}, with names resolved by {@code symbols}.
   *
   * @param session the session
   * @param symbols the symbol list
   */
  public MarketData(Session session, Symbols symbols) {
    this.session = session;
    this.symbols = symbols;
    symbols.onBasic(this::learn);
    symbols.onConfig(this::learn);
  }

  private void learn(SymbolBasic s) {
    learnDigits(s.symbolId(), s.digits());
  }

  /** Registers digits, only when they are new or changed: registering resets a symbol's quote. */
  private void learnDigits(int id, int digits) {
    Integer old = digitsById.put(id, digits);
    if (old != null && old == digits) {
      return;
    }
    synchronized (merger) {
      merger.setDigits(id, digits);
    }
    synchronized (books) {
      books.setDigits(id, digits);
    }
  }

  private void learn(FullSymbol s) {
    learnDigits(s.symbolId(), s.digits());
    synchronized (merger) {
      merger.setSpreadMarkup(
          s.symbolId(), s.point(), s.trade().spreadDiff(), s.trade().spreadDiffBalance());
    }
  }

  /**
   * The session mirror: applies ticks and book deltas. Runs on the socket's thread.
   *
   * @param event a push of the session
   */
  public void mirror(PushEvent event) {
    if (event instanceof TicksReceived t) {
      synchronized (merger) {
        for (Tick tick : t.ticks()) {
          if (merger.apply(tick) == io.github.jmt5.protocol.state.MergeResult.APPLIED) {
            quoted.add(tick.symbolId());
            TickHistory h = histories.get(tick.symbolId());
            if (h != null) {
              merger
                  .quote(tick.symbolId(), false)
                  .ifPresent(q -> h.add(SymbolQuote.of(h.symbol(), q)));
            }
          }
        }
      }
    } else if (event instanceof io.github.jmt5.client.event.SymbolDetailsReceived d) {
      for (var sd : d.details()) {
        details.put(sd.symbolId(), sd);
      }
    } else if (event instanceof BookUpdated b) {
      synchronized (books) {
        for (BookUpdate u : b.updates()) {
          books.apply(u);
        }
      }
    }
  }

  /**
   * Subscribes to ticks of {@code symbols}; completes when the server confirmed.
   *
   * @param symbols symbol names
   * @return completes with the subscription; closing it unsubscribes
   */
  public CompletableFuture<SymbolSubscription> subscribeTicks(String... symbols) {
    return this.symbols
        .ids(Arrays.asList(symbols))
        .thenCompose(
            ids -> {
              SymbolSubscription s = session.subscribeTicks(ids);
              return s.acknowledged().thenApply(v -> s);
            });
  }

  /**
   * Subscribes to the order books of {@code symbols}; completes when the server confirmed.
   *
   * @param symbols symbol names
   * @return completes with the subscription; closing it unsubscribes
   */
  public CompletableFuture<SymbolSubscription> subscribeBook(String... symbols) {
    return this.symbols
        .ids(Arrays.asList(symbols))
        .thenCompose(
            ids -> {
              SymbolSubscription s = session.subscribeBook(ids);
              return s.acknowledged().thenApply(v -> s);
            });
  }

  /**
   * {@return the latest live quote of {@code symbol}, if a tick has arrived since subscribing}
   *
   * @param symbol symbol name
   */
  public Optional<SymbolQuote> quote(String symbol) {
    return idOf(symbol)
        .flatMap(
            id -> {
              synchronized (merger) {
                return merger.quote(id, false);
              }
            })
        .map(q -> SymbolQuote.of(symbol, q));
  }

  /**
   * {@return the latest session statistics of {@code symbol} (cmd 17), if any arrived since
   * subscribing}
   *
   * @param symbol symbol name
   */
  public Optional<io.github.jmt5.protocol.message.market.SymbolDetails> details(String symbol) {
    return idOf(symbol).map(details::get);
  }

  /**
   * Starts keeping the last {@code capacity} merged quotes of {@code symbol} (one per applied
   * tick); {@link #ticks} returns them. The web protocol has no historical ticks: this is what the
   * client saw live.
   *
   * @param symbol symbol name
   * @param capacity quotes kept, 1..10,000,000
   * @return completes when the symbol is known and recording started
   * @throws IllegalArgumentException for a capacity outside 1..10,000,000
   */
  public CompletableFuture<Void> keepTicks(String symbol, int capacity) {
    if (capacity < 1 || capacity > 10_000_000) {
      throw new IllegalArgumentException("capacity must be in [1, 10000000], was " + capacity);
    }
    return symbols
        .basic(symbol)
        .thenAccept(b -> histories.put(b.symbolId(), new TickHistory(symbol, capacity)));
  }

  /**
   * {@return the quotes kept for {@code symbol} since {@link #keepTicks}, oldest first}
   *
   * @param symbol symbol name
   */
  public List<SymbolQuote> ticks(String symbol) {
    return idOf(symbol).map(histories::get).map(TickHistory::snapshot).orElse(List.of());
  }

  /** {@return names of the symbols that have a live quote} */
  public java.util.Set<String> quotedSymbols() {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Integer id : quoted) {
      symbols.nameOf(id).ifPresent(names::add);
    }
    return names;
  }

  /**
   * {@return the latest quote of symbol id {@code id}}
   *
   * @param id symbol id
   */
  public Optional<SymbolQuote> quote(int id) {
    Optional<String> name = symbols.nameOf(id);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    // straight to the merger by id: going through quote(name) would look the id up again
    synchronized (merger) {
      return merger.quote(id, false).map(q -> SymbolQuote.of(name.get(), q));
    }
  }

  /**
   * Calls {@code listener} with the merged quote of every symbol a tick push touched, on the event
   * executor.
   *
   * @param listener called with each merged quote
   * @return a subscription that removes the listener when closed
   */
  public Subscription onQuote(Consumer<SymbolQuote> listener) {
    Objects.requireNonNull(listener, "listener");
    return session.on(
        TicksReceived.class,
        e -> {
          for (Tick t : e.ticks()) {
            quote(t.symbolId()).ifPresent(listener);
          }
        });
  }

  /**
   * Calls {@code listener} with the bar of {@code timeframe} forming from the live quotes of {@code
   * symbol} (bid prices): on every quote, and once more with {@code closed = true} when a bar ends.
   * Subscribe to the symbol's ticks for quotes to arrive.
   *
   * @param symbol symbol name
   * @param timeframe the bar timeframe
   * @param listener called with the forming bar
   * @return a subscription that stops the bars when closed
   */
  public Subscription liveBars(String symbol, Timeframe timeframe, Consumer<LiveBar> listener) {
    return LiveBars.attach(this, new LiveBars(symbol, timeframe, listener));
  }

  /**
   * {@return combined instruments (spreads) that have a leg in one of {@code symbols} (cmd 20)}
   *
   * @param symbols symbol names
   */
  public CompletableFuture<List<io.github.jmt5.protocol.message.market.Spread>> spreads(
      String... symbols) {
    return this.symbols
        .ids(Arrays.asList(symbols))
        .thenCompose(
            ids ->
                session.request(
                    Request.of(
                        CommandId.GET_SPREADS,
                        Codecs.ID_LIST,
                        new io.github.jmt5.protocol.message.market.IdList(ids),
                        Codecs.SPREADS)));
  }

  /**
   * The broker's corporate links (cmd 44): web pages, support, legal documents.
   *
   * @return completes with the links, or exceptionally with the request's failure
   */
  public CompletableFuture<List<io.github.jmt5.protocol.message.market.CorporateLink>>
      corporateLinks() {
    return session.request(Request.of(CommandId.CORPORATE_LINKS, Codecs.CORPORATE_LINKS));
  }

  /**
   * {@return a copy of the order book of {@code symbol}, if one is subscribed and has arrived}
   *
   * @param symbol symbol name
   */
  public Optional<BookSnapshot> book(String symbol) {
    return idOf(symbol)
        .flatMap(
            id -> {
              synchronized (books) {
                return books.book(id).map(b -> snapshot(symbol, b));
              }
            });
  }

  private static BookSnapshot snapshot(String symbol, OrderBook b) {
    List<OrderBook.Level> bids = new ArrayList<>(b.bids());
    List<OrderBook.Level> asks = new ArrayList<>(b.asks());
    bids.sort((x, y) -> Double.compare(y.price(), x.price()));
    asks.sort((x, y) -> Double.compare(x.price(), y.price()));
    return new BookSnapshot(symbol, bids, asks);
  }

  /**
   * {@return bars of {@code symbol} with open times in {@code [from, to]}, oldest first (cmd 11)}
   * Long ranges are loaded in pieces, in order, each reported to {@code progress} (bars so far).
   *
   * @param symbol symbol name
   * @param timeframe the bar timeframe
   * @param from start of the range, inclusive
   * @param to end of the range, inclusive
   * @param progress told the number of bars loaded so far
   */
  public CompletableFuture<List<Bar>> bars(
      String symbol, Timeframe timeframe, Instant from, Instant to, Consumer<Integer> progress) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
    }
    Duration chunk = Duration.ofMinutes((long) timeframe.minutes() * BARS_PER_CHUNK);
    List<Bar> all = new ArrayList<>();
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (Instant start = from; !start.isAfter(to); start = start.plus(chunk).plusSeconds(1)) {
      Instant end = start.plus(chunk).isAfter(to) ? to : start.plus(chunk);
      long a = start.getEpochSecond();
      long b = end.getEpochSecond();
      chain =
          chain
              .thenCompose(v -> barsChunk(symbol, timeframe, a, b))
              .thenAccept(
                  bars -> {
                    all.addAll(bars);
                    progress.accept(all.size());
                  });
    }
    return chain.thenApply(v -> List.copyOf(all));
  }

  /**
   * {@return bars of {@code symbol} over {@code [from, to]}}
   *
   * @param symbol symbol name
   * @param timeframe the bar timeframe
   * @param from start of the range, inclusive
   * @param to end of the range, inclusive
   */
  public CompletableFuture<List<Bar>> bars(
      String symbol, Timeframe timeframe, Instant from, Instant to) {
    return bars(symbol, timeframe, from, to, n -> {});
  }

  /**
   * {@return the last {@code count} bars of {@code symbol} up to {@code to}}
   *
   * @param symbol symbol name
   * @param timeframe the bar timeframe
   * @param count how many bars, at least 1
   * @param to the latest open time included
   */
  public CompletableFuture<List<Bar>> lastBars(
      String symbol, Timeframe timeframe, int count, Instant to) {
    if (count < 1 || count > 1_000_000) {
      throw new IllegalArgumentException("count must be in [1, 1000000], was " + count);
    }
    // weekends and holidays leave gaps: ask for twice the span and keep the newest
    Instant from = to.minus(Duration.ofMinutes((long) timeframe.minutes() * count * 2L + 7 * 1440));
    return bars(symbol, timeframe, from, to)
        .thenApply(l -> l.size() <= count ? l : l.subList(l.size() - count, l.size()));
  }

  private CompletableFuture<List<Bar>> barsChunk(
      String symbol, Timeframe timeframe, long from, long to) {
    return session.request(
        Request.of(
            CommandId.GET_BARS,
            Codecs.BARS_REQUEST,
            new BarsRequest(symbol, timeframe.code(), (int) from, (int) to),
            Codecs.BARS));
  }

  private Optional<Integer> idOf(String symbol) {
    return symbols.cached(symbol).map(FullSymbol::symbolId).or(() -> symbolsListId(symbol));
  }

  private Optional<Integer> symbolsListId(String symbol) {
    CompletableFuture<SymbolBasic> b = symbols.basic(symbol);
    if (!b.isDone() || b.isCompletedExceptionally()) {
      return Optional.empty();
    }
    return Optional.of(b.join().symbolId());
  }
}
