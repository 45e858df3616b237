package io.github.jmt5.ta4j;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.error.TradeException;
import io.github.jmt5.client.event.Subscription;
import io.github.jmt5.client.trading.OrderRequest;
import io.github.jmt5.client.trading.OrderResult;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.wire.Volume;
import io.github.jmt5.ta4j.TradeDecision.Action;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ta4j.core.Bar;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseTradingRecord;
import org.ta4j.core.Strategy;
import org.ta4j.core.Trade.TradeType;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.num.Num;

/**
 * Trades a ta4j {@link Strategy} on a {@link LiveBarSeries} through the client, within {@link
 * RiskLimits}.
 *
 * <p>On each completed bar the runner asks the strategy {@code shouldEnter} (when it holds no
 * position) or {@code shouldExit} (when it does), with its own ta4j {@link TradingRecord}. An entry
 * sends a market order of {@link RiskLimits#orderVolume} lots (buy, or sell for a short runner)
 * unless the {@link RiskGate} refuses it; an exit closes the position the runner opened. Every
 * decision is kept as a {@link TradeDecision} ({@link #decisions}), logged and passed to the
 * optional listener. A rejected or failed order is recorded and the runner carries on.
 *
 * <p>Threading: the bar listener only queues the bar; strategy and orders run on the runner's own
 * thread, one bar at a time, so the client's event thread never waits for a trade. The runner holds
 * at most one position at a time and identifies it by the ticket of the order that opened it (how
 * MT5 numbers positions on hedging accounts).
 */
public final class StrategyRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StrategyRunner.class);

  private final Mt5Client client;
  private final LiveBarSeries series;
  private final Strategy strategy;
  private final RiskGate gate;
  private final OrderType side;
  private final Duration tradeTimeout;
  private final String comment;
  private final Consumer<TradeDecision> listener;
  private final TradingRecord record;
  private final ExecutorService executor;
  private final List<TradeDecision> decisions = new CopyOnWriteArrayList<>();
  private final Subscription barListener;
  private volatile boolean closed;
  private volatile long position;
  private volatile double positionVolume;

  private StrategyRunner(Builder b) {
    this.client = b.client;
    this.series = b.series;
    this.strategy = b.strategy;
    this.gate = b.gate != null ? b.gate : new RiskGate(b.limits, b.clock);
    this.side = b.side;
    this.tradeTimeout = b.tradeTimeout;
    this.comment = b.comment;
    this.listener = b.listener;
    this.record = new BaseTradingRecord(side == OrderType.BUY ? TradeType.BUY : TradeType.SELL);
    this.executor =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "jmt5-ta4j-runner-" + series.symbol());
              t.setDaemon(true);
              return t;
            });
    this.barListener = series.onBarCompleted((s, index) -> queue(index));
  }

  /**
   * Starts building a runner.
   *
   * @param client a connected client, used for trading
   * @param series the live series the strategy's indicators were built on
   * @param strategy the strategy
   * @param limits the risk limits (ignored when a shared {@link Builder#gate} is given)
   * @return a builder
   */
  public static Builder builder(
      Mt5Client client, LiveBarSeries series, Strategy strategy, RiskLimits limits) {
    return new Builder(client, series, strategy, limits);
  }

  /**
   * Every decision so far, oldest first.
   *
   * @return a copy of the decisions
   */
  public List<TradeDecision> decisions() {
    return List.copyOf(decisions);
  }

  /**
   * The ticket of the position the runner holds, if any.
   *
   * @return the ticket, or empty when flat
   */
  public OptionalLong position() {
    long p = position;
    return p == 0 ? OptionalLong.empty() : OptionalLong.of(p);
  }

  /**
   * The risk gate (to see how many orders are in the window, or to share it with another runner).
   *
   * @return the gate
   */
  public RiskGate gate() {
    return gate;
  }

  /**
   * False once closed.
   *
   * @return whether the runner still reacts to bars
   */
  public boolean isRunning() {
    return !closed;
  }

  /**
   * Stops the runner: no bar is evaluated after this returns, and an order under way is waited for
   * (up to the trade timeout). Open positions stay open; the live series stays open. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    barListener.close();
    executor.shutdown();
    try {
      if (!executor.awaitTermination(tradeTimeout.toMillis() + 1_000, TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Runs on the event thread: hands the bar to the runner's thread. */
  private void queue(int index) {
    if (closed) {
      return;
    }
    try {
      executor.execute(() -> evaluate(index));
    } catch (RejectedExecutionException e) {
      // closing
    }
  }

  /** The state of the completed bar the strategy is asked about. */
  private record Signal(Instant barTime, Num close, boolean inPosition, boolean act) {}

  private void evaluate(int index) {
    if (closed) {
      return;
    }
    try {
      Signal signal = series.read(s -> signal(s, index));
      long ticket = position;
      if (signal.inPosition() && client.positions().position(ticket).isEmpty()) {
        record.exit(index, signal.close(), record.getCurrentPosition().getEntry().getAmount());
        clearPosition();
        decide(new TradeDecision.PositionGone(series.symbol(), index, signal.barTime(), ticket));
      } else if (signal.act()) {
        if (signal.inPosition()) {
          exit(index, signal.barTime(), ticket);
        } else {
          enter(index, signal.barTime());
        }
      }
    } catch (RuntimeException e) {
      // a strategy or indicator failing on one bar must not stop the runner
      LOG.warn("evaluating {} at bar {} failed", strategy.getName(), index, e);
    }
  }

  private Signal signal(BarSeries s, int index) {
    Bar bar = s.getBar(index);
    boolean in = !record.isClosed();
    boolean act = in ? strategy.shouldExit(index, record) : strategy.shouldEnter(index, record);
    return new Signal(bar.getEndTime(), bar.getClosePrice(), in, act);
  }

  private void enter(int index, Instant barTime) {
    String symbol = series.symbol();
    double open = openVolume(symbol);
    var refused = gate.tryEntry(open);
    if (refused.isPresent()) {
      decide(
          new TradeDecision.Skipped(
              symbol, index, barTime, refused.get(), open, gate.ordersInWindow()));
      return;
    }
    double lots = gate.limits().orderVolume();
    OrderRequest request = OrderRequest.builder(symbol, side, lots).comment(comment).build();
    try {
      OrderResult r = await(request);
      record.enter(index, num(r.price()), num(r.volume()));
      position = r.order();
      positionVolume = r.volume();
      decide(
          new TradeDecision.Entered(
              symbol, index, barTime, side, r.volume(), r.price(), r.order(), r.deal()));
    } catch (TradeException e) {
      decide(
          new TradeDecision.Rejected(
              symbol, index, barTime, Action.ENTER, e.retcode(), String.valueOf(e.getMessage())));
    } catch (ExecutionException | TimeoutException | InterruptedException e) {
      failed(index, barTime, Action.ENTER, e);
    }
  }

  private void exit(int index, Instant barTime, long ticket) {
    String symbol = series.symbol();
    OrderType opposite = side == OrderType.BUY ? OrderType.SELL : OrderType.BUY;
    OrderRequest request =
        OrderRequest.builder(symbol, opposite, positionVolume)
            .position(ticket)
            .comment(comment)
            .build();
    gate.recordExit();
    try {
      OrderResult r = await(request);
      record.exit(index, num(r.price()), num(r.volume()));
      clearPosition();
      decide(
          new TradeDecision.Exited(
              symbol, index, barTime, ticket, r.volume(), r.price(), r.deal()));
    } catch (TradeException e) {
      decide(
          new TradeDecision.Rejected(
              symbol, index, barTime, Action.EXIT, e.retcode(), String.valueOf(e.getMessage())));
    } catch (ExecutionException | TimeoutException | InterruptedException e) {
      failed(index, barTime, Action.EXIT, e);
    }
  }

  /** Sends and waits; a trade rejection comes out as the {@link TradeException} itself. */
  private OrderResult await(OrderRequest request)
      throws ExecutionException, TimeoutException, InterruptedException {
    try {
      return client.trading().send(request).get(tradeTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof CompletionException c && c.getCause() != null) {
        cause = c.getCause();
      }
      if (cause instanceof TradeException t) {
        throw t;
      }
      throw e;
    }
  }

  private void failed(int index, Instant barTime, Action action, Exception e) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
    decide(
        new TradeDecision.Failed(series.symbol(), index, barTime, action, String.valueOf(cause)));
  }

  private void clearPosition() {
    position = 0;
    positionVolume = 0;
  }

  private double openVolume(String symbol) {
    long units = 0;
    for (Position p : client.positions().positions()) {
      if (p.tradeSymbol().equals(symbol)) {
        units += p.tradeVolume();
      }
    }
    return Volume.toLots(units);
  }

  private Num num(double value) {
    return series.read(s -> s.numFactory().numOf(value));
  }

  private void decide(TradeDecision d) {
    decisions.add(d);
    if (d instanceof TradeDecision.Rejected || d instanceof TradeDecision.Failed) {
      LOG.warn("{}: {}", strategy.getName(), d);
    } else {
      LOG.info("{}: {}", strategy.getName(), d);
    }
    try {
      listener.accept(d);
    } catch (RuntimeException e) {
      LOG.warn("the decision listener failed on {}", d, e);
    }
  }

  /** Options of a {@link StrategyRunner}. */
  public static final class Builder {
    private final Mt5Client client;
    private final LiveBarSeries series;
    private final Strategy strategy;
    private final RiskLimits limits;
    private @org.jspecify.annotations.Nullable RiskGate gate;
    private Clock clock = Clock.systemUTC();
    private OrderType side = OrderType.BUY;
    private Duration tradeTimeout = Duration.ofSeconds(30);
    private String comment = "jmt5-ta4j";
    private Consumer<TradeDecision> listener = d -> {};

    private Builder(Mt5Client client, LiveBarSeries series, Strategy strategy, RiskLimits limits) {
      this.client = Objects.requireNonNull(client, "client");
      this.series = Objects.requireNonNull(series, "series");
      this.strategy = Objects.requireNonNull(strategy, "strategy");
      this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Short instead of long: entries sell, exits buy (default long).
     *
     * @param shortSide true to trade short
     * @return this builder
     */
    public Builder shortSide(boolean shortSide) {
      this.side = shortSide ? OrderType.SELL : OrderType.BUY;
      return this;
    }

    /**
     * A gate shared with other runners (its limits replace the builder's).
     *
     * @param gate the gate
     * @return this builder
     */
    public Builder gate(RiskGate gate) {
      this.gate = Objects.requireNonNull(gate, "gate");
      return this;
    }

    /**
     * The clock of the order-rate window (default the system clock), when no gate is given.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How long to wait for an order's result before recording it as failed (default 30 s).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder tradeTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("tradeTimeout must be positive");
      }
      this.tradeTimeout = timeout;
      return this;
    }

    /**
     * The comment of the runner's orders (default {@code "jmt5-ta4j"}).
     *
     * @param comment up to 31 characters
     * @return this builder
     */
    public Builder comment(String comment) {
      if (comment.length() > 31) {
        throw new IllegalArgumentException("comment must be at most 31 characters");
      }
      this.comment = comment;
      return this;
    }

    /**
     * Called with every decision, on the runner's thread.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder onDecision(Consumer<TradeDecision> listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Starts the runner: from now on it evaluates every completed bar of the series.
     *
     * @return the running runner
     */
    public StrategyRunner start() {
      return new StrategyRunner(this);
    }
  }
}
