package io.github.jmt5.bench.soak;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.client.trading.OrderRequest;
import io.github.jmt5.client.trading.OrderResult;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.Position;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Trades on one session in a loop until stopped: buys, closes the position, and every fourth round
 * places a buy limit far below the market and cancels it. Positions and orders left over by a trade
 * that failed when the link dropped are closed or cancelled at the start of the next round. Every
 * result the client saw succeed is remembered, so it can be looked up in the emulator's history.
 */
final class SessionDriver implements Runnable {
  static final double LOTS = 0.01;
  private static final long WAIT_SECONDS = 60;

  final long login;
  final Mt5Client client;
  final List<String> symbols;

  /** Deal tickets of successful market orders: each must be among the emulator's deals. */
  final LongList deals = new LongList();

  /** Order tickets of successful requests: each must be among the emulator's orders. */
  final LongList orders = new LongList();

  private final TradeCounters counters;
  private final SplittableRandom random;
  private volatile boolean stopped;
  private long rounds;
  private long notMirrored;
  private final java.util.concurrent.atomic.AtomicLong reconnects =
      new java.util.concurrent.atomic.AtomicLong();
  private final java.util.function.LongPredicate openOnEmulator;
  private final List<String> mirrorNotes = new java.util.ArrayList<>();

  SessionDriver(
      long login,
      Mt5Client client,
      List<String> symbols,
      TradeCounters counters,
      long seed,
      java.util.function.LongPredicate openOnEmulator) {
    this.login = login;
    this.openOnEmulator = openOnEmulator;
    this.client = client;
    this.symbols = symbols;
    this.counters = counters;
    this.random = new SplittableRandom(seed);
  }

  void stop() {
    stopped = true;
  }

  /**
   * Positions a successful buy opened that the mirror did not show within 2 s although the link
   * stayed up (no reconnect in between) and the emulator held them open.
   */
  synchronized long notMirrored() {
    return notMirrored;
  }

  /** Every case of a position missing from the mirror after 2 s, with what was seen. */
  synchronized List<String> mirrorNotes() {
    return List.copyOf(mirrorNotes);
  }

  /** Called on every {@code Resubscribed}. */
  void reconnected() {
    reconnects.incrementAndGet();
  }

  @Override
  public void run() {
    try {
      while (!stopped) {
        if (client.session().state() != ConnectionState.READY) {
          pause(50);
          continue;
        }
        round();
        pause(100 + random.nextInt(300));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void round() throws InterruptedException {
    if (!quotesPresent()) {
      return; // after a reconnect the mirror waits for fresh ticks: no trade without a price
    }
    rounds++;
    for (Position p : client.positions().positions()) {
      trade(client.trading().close(p.positionId()));
    }
    for (Order o : client.positions().orders()) {
      trade(client.trading().cancel(o.tradeOrder()));
    }
    String symbol = symbols.get(random.nextInt(symbols.size()));
    long reconnectsBefore = reconnects.get();
    Optional<OrderResult> buy = trade(client.trading().buy(symbol, LOTS));
    if (buy.isPresent()) {
      long order = buy.get().order();
      Optional<Position> p = awaitPosition(order, 200);
      if (p.isEmpty() && client.session().state() == ConnectionState.READY) {
        boolean reconnected = reconnects.get() != reconnectsBefore;
        boolean open = openOnEmulator.test(order);
        p = awaitPosition(order, 500);
        String note =
            "position of order "
                + order
                + (reconnected ? " (reconnect in between)" : " (link up throughout)")
                + (open ? ", open on the emulator" : ", not open on the emulator")
                + (p.isPresent()
                    ? ", in the mirror 5 s later"
                    : ", still not in the mirror 5 s later");
        synchronized (this) {
          mirrorNotes.add(note);
          if (!reconnected && open) {
            notMirrored++;
          }
        }
      }
      if (p.isPresent()) {
        trade(client.trading().close(p.get().positionId()));
      }
    }
    if (rounds % 4 == 0) {
      Optional<SymbolQuote> q = client.market().quote(symbol);
      if (q.isPresent()) {
        Optional<OrderResult> placed =
            trade(
                client
                    .trading()
                    .send(
                        OrderRequest.pending(
                            symbol, OrderType.BUY_LIMIT, LOTS, q.get().bid() * 0.9)));
        if (placed.isPresent() && awaitOrder(placed.get().order())) {
          trade(client.trading().cancel(placed.get().order()));
        }
      }
    }
  }

  /**
   * True once every symbol of this session has a quote in the client's mirror, waiting up to 2 s;
   * false if one has none by then or the link went down, so the round is skipped.
   */
  private boolean quotesPresent() throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      if (symbols.stream().allMatch(s -> client.market().quote(s).isPresent())) {
        return true;
      }
      if (client.session().state() != ConnectionState.READY) {
        return false;
      }
      pause(10);
    }
    return false;
  }

  private Optional<OrderResult> trade(CompletableFuture<OrderResult> f)
      throws InterruptedException {
    counters.sent.increment();
    try {
      OrderResult r = f.get(WAIT_SECONDS, TimeUnit.SECONDS);
      counters.succeeded.increment();
      if (r.deal() != 0) {
        deals.add(r.deal());
      }
      if (r.order() != 0) {
        orders.add(r.order());
      }
      return Optional.of(r);
    } catch (ExecutionException e) {
      counters.fail(e);
      return Optional.empty();
    } catch (TimeoutException e) {
      f.cancel(false);
      counters.unanswered();
      return Optional.empty();
    }
  }

  /**
   * The position opened by {@code order}, once the mirror shows it (or empty after tries x 10 ms).
   */
  private Optional<Position> awaitPosition(long order, int tries) throws InterruptedException {
    for (int i = 0; i < tries; i++) {
      for (Position p : client.positions().positions()) {
        if (p.positionId() == order || p.tradeOrder() == order) {
          return Optional.of(p);
        }
      }
      if (client.session().state() != ConnectionState.READY) {
        return Optional.empty();
      }
      pause(10);
    }
    return Optional.empty();
  }

  private boolean awaitOrder(long order) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      if (client.positions().order(order).isPresent()) {
        return true;
      }
      if (client.session().state() != ConnectionState.READY) {
        return false;
      }
      pause(10);
    }
    return false;
  }

  private static void pause(long ms) throws InterruptedException {
    Thread.sleep(ms);
  }
}
