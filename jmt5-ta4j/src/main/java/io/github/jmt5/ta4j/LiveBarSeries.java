package io.github.jmt5.ta4j;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.event.Subscription;
import io.github.jmt5.client.market.LiveBar;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.client.session.SymbolSubscription;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.market.Bar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ta4j.core.BarSeries;

/**
 * A ta4j {@link BarSeries} of one symbol and timeframe that grows from the live ticks: seeded with
 * the last bars of history, then kept current from the client's bars-as-they-form ({@code
 * client.market().liveBars}). Each tick replaces the newest (forming) bar in place; a tick in a
 * later period appends a new bar, after the finished one has been reported to the {@link
 * BarCompletedListener}s. The series keeps at most {@code maximumBarCount} bars.
 *
 * <p>Live bars are built from bid prices, as MT5 charts draw them. Ticks only arrive while the
 * market is open, so a bar completes when the first tick of a later bar arrives.
 *
 * <p>Threading: the series is updated on the client's event thread. It is not thread-safe itself,
 * so read it only through {@link #read} (which holds the lock the updates take) or inside a
 * listener. {@link #close} releases the tick subscription and the live-bar listener.
 */
public final class LiveBarSeries implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveBarSeries.class);

  private final Mt5Client client;
  private final String symbol;
  private final BarConverter converter;
  private final BarSeries series;
  private final LiveSeriesUpdater updater;
  private final List<BarCompletedListener> listeners = new CopyOnWriteArrayList<>();
  private final AtomicBoolean open = new AtomicBoolean(true);
  private final Object lock = new Object();
  private @Nullable List<LiveBar> pending = new ArrayList<>();
  private @Nullable Subscription liveBars;
  private @Nullable SymbolSubscription ticks;
  private long completedBars;

  private LiveBarSeries(Mt5Client client, String symbol, BarConverter converter, int maxBars) {
    this.client = client;
    this.symbol = symbol;
    this.converter = converter;
    this.series =
        converter.emptySeries(BarConverter.seriesName(symbol, converter.timeframe()), maxBars);
    this.updater = new LiveSeriesUpdater(converter, series, this::completed);
  }

  /**
   * Starts building a live series.
   *
   * @param client a connected client
   * @param symbol the symbol
   * @param timeframe the bar timeframe
   * @return a builder
   */
  public static Builder builder(Mt5Client client, String symbol, Timeframe timeframe) {
    return new Builder(client, symbol, timeframe);
  }

  /**
   * The symbol.
   *
   * @return the symbol name
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The timeframe.
   *
   * @return the bars' timeframe
   */
  public Timeframe timeframe() {
    return converter.timeframe();
  }

  /**
   * The series name, such as {@code "EURUSD M1"}.
   *
   * @return the name
   */
  public String name() {
    return series.getName();
  }

  /**
   * Reads the series under its lock: no update runs meanwhile. Do not keep the series or its bar
   * list for reading after {@code reader} returns.
   *
   * @param reader reads the series
   * @param <T> what the reader returns
   * @return what {@code reader} returned
   */
  public <T extends @Nullable Object> T read(Function<? super BarSeries, T> reader) {
    synchronized (lock) {
      return reader.apply(series);
    }
  }

  /**
   * How many bars the series holds now.
   *
   * @return the bar count
   */
  public int barCount() {
    return read(BarSeries::getBarCount);
  }

  /**
   * How many bars have completed since the series started (history bars do not count).
   *
   * @return the count
   */
  public long completedBars() {
    synchronized (lock) {
      return completedBars;
    }
  }

  /**
   * Adds a listener for completed bars.
   *
   * @param listener called once per completed bar, on the event thread, with the series locked
   * @return a handle that removes the listener when closed
   */
  public Subscription onBarCompleted(BarCompletedListener listener) {
    Objects.requireNonNull(listener, "listener");
    listeners.add(listener);
    AtomicBoolean active = new AtomicBoolean(true);
    return new Subscription() {
      @Override
      public void close() {
        if (active.compareAndSet(true, false)) {
          listeners.remove(listener);
        }
      }

      @Override
      public boolean isActive() {
        return active.get() && open.get();
      }
    };
  }

  /**
   * False once closed.
   *
   * @return whether the series still follows the market
   */
  public boolean isOpen() {
    return open.get();
  }

  /**
   * Stops following the market: removes the live-bar listener and releases the tick subscription.
   * The series keeps its bars and stays readable. Idempotent.
   */
  @Override
  public void close() {
    if (!open.compareAndSet(true, false)) {
      return;
    }
    Subscription bars;
    SymbolSubscription t;
    synchronized (lock) {
      bars = liveBars;
      t = ticks;
      liveBars = null;
      ticks = null;
    }
    if (bars != null) {
      bars.close();
    }
    if (t != null) {
      t.close();
    }
  }

  private CompletableFuture<LiveBarSeries> start(int history, @Nullable Instant historyUntil) {
    return client
        .market()
        .subscribeTicks(symbol)
        .thenCompose(
            sub -> {
              synchronized (lock) {
                ticks = sub;
                // attached before the history loads: the bars meanwhile wait in `pending`
                liveBars = client.market().liveBars(symbol, converter.timeframe(), this::onLive);
              }
              if (!open.get()) {
                close();
              }
              if (history == 0) {
                return CompletableFuture.completedFuture(List.<Bar>of());
              }
              Instant to = historyUntil != null ? historyUntil : defaultHistoryEnd();
              return client.market().lastBars(symbol, converter.timeframe(), history, to);
            })
        .thenApply(
            bars -> {
              synchronized (lock) {
                updater.seed(bars);
                List<LiveBar> waiting = Objects.requireNonNull(pending);
                pending = null;
                waiting.forEach(this::apply);
              }
              return this;
            })
        .whenComplete(
            (s, e) -> {
              if (e != null) {
                close();
              }
            });
  }

  /** The newest quote's time is the server's clock; without one, a day ahead (it caps at now). */
  private Instant defaultHistoryEnd() {
    return client
        .market()
        .quote(symbol)
        .map(SymbolQuote::time)
        .orElseGet(() -> Instant.now().plus(Duration.ofDays(1)));
  }

  private void onLive(LiveBar bar) {
    synchronized (lock) {
      if (!open.get()) {
        return;
      }
      List<LiveBar> waiting = pending;
      if (waiting != null) {
        waiting.add(bar);
      } else {
        apply(bar);
      }
    }
  }

  private void apply(LiveBar bar) {
    updater.apply(bar.bar(), bar.closed());
  }

  /** Runs with the lock held. */
  private void completed(int index) {
    completedBars++;
    for (BarCompletedListener l : listeners) {
      try {
        l.barCompleted(series, index);
      } catch (RuntimeException e) {
        LOG.warn("a bar-completed listener of {} failed", series.getName(), e);
      }
    }
  }

  /** Options of a {@link LiveBarSeries}. */
  public static final class Builder {
    private final Mt5Client client;
    private final String symbol;
    private BarConverter converter;
    private int history = 100;
    private int maximumBarCount = 1_000;
    private @Nullable Instant historyUntil;

    private Builder(Mt5Client client, String symbol, Timeframe timeframe) {
      this.client = Objects.requireNonNull(client, "client");
      this.symbol = Objects.requireNonNull(symbol, "symbol");
      this.converter = BarConverter.of(timeframe);
    }

    /**
     * How many bars of history to seed the series with (default 100; 0 for none).
     *
     * @param bars the count, 0 to 1,000,000
     * @return this builder
     */
    public Builder history(int bars) {
      if (bars < 0 || bars > 1_000_000) {
        throw new IllegalArgumentException("history must be in [0, 1000000], was " + bars);
      }
      this.history = bars;
      return this;
    }

    /**
     * The newest open time of the history (default: the time of the symbol's latest quote if the
     * client has one, else now plus a day, which the server caps at its own now).
     *
     * @param time the server time to load history up to
     * @return this builder
     */
    public Builder historyUntil(Instant time) {
      this.historyUntil = Objects.requireNonNull(time, "time");
      return this;
    }

    /**
     * The most bars the series keeps; older ones are dropped (default 1,000).
     *
     * @param bars at least 1
     * @return this builder
     */
    public Builder maximumBarCount(int bars) {
      if (bars < 1) {
        throw new IllegalArgumentException("maximumBarCount must be >= 1, was " + bars);
      }
      this.maximumBarCount = bars;
      return this;
    }

    /**
     * How bars are converted (default {@link BarConverter#of}: tick volume, {@code double}).
     *
     * @param converter the converter; its timeframe replaces the builder's
     * @return this builder
     */
    public Builder converter(BarConverter converter) {
      this.converter = Objects.requireNonNull(converter, "converter");
      return this;
    }

    /**
     * Subscribes to the symbol's ticks, attaches to its live bars and loads the history.
     *
     * @return the running series, once the history is in
     */
    public CompletableFuture<LiveBarSeries> start() {
      LiveBarSeries s = new LiveBarSeries(client, symbol, converter, maximumBarCount);
      return s.start(history, historyUntil);
    }
  }
}
