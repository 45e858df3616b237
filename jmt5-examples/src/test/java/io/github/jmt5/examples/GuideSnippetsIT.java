package io.github.jmt5.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.account.AccountInfo;
import io.github.jmt5.client.error.AuthenticationException;
import io.github.jmt5.client.error.TradeException;
import io.github.jmt5.client.event.ConnectionEvent;
import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.EventOptions;
import io.github.jmt5.client.event.StateChanged;
import io.github.jmt5.client.event.Subscription;
import io.github.jmt5.client.event.TicksReceived;
import io.github.jmt5.client.event.TradeTransactionsReceived;
import io.github.jmt5.client.market.BookSnapshot;
import io.github.jmt5.client.market.LiveBar;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.client.ratelimit.CommandGroup;
import io.github.jmt5.client.ratelimit.ExhaustionPolicy;
import io.github.jmt5.client.ratelimit.Limit;
import io.github.jmt5.client.ratelimit.RateLimitOptions;
import io.github.jmt5.client.reconnect.ReconnectOptions;
import io.github.jmt5.client.session.Credentials;
import io.github.jmt5.client.session.HeartbeatOptions;
import io.github.jmt5.client.session.LoginOptions;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.session.SymbolSubscription;
import io.github.jmt5.client.stream.BlockingEvents;
import io.github.jmt5.client.stream.EventPublisher;
import io.github.jmt5.client.trading.OrderRequest;
import io.github.jmt5.client.trading.OrderResult;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.protocol.enums.OrderFilling;
import io.github.jmt5.protocol.enums.OrderTime;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.market.Spread;
import io.github.jmt5.protocol.message.market.SymbolBasic;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.message.trade.TradeHistory;
import io.github.jmt5.protocol.wire.Volume;
import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java snippets of {@code docs/guide.md}, run against the emulator so that the guide's code
 * compiles and does what the guide says. A change that breaks a snippet breaks this test; update
 * the guide with it.
 */
class GuideSnippetsIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final long HEDGING = 50_001;
  private static final long NETTING = 50_002;

  @SuppressWarnings("NullAway.Init")
  private static Mt5Emulator emulator;

  @SuppressWarnings("NullAway.Init")
  private static Clock clock;

  @BeforeAll
  static void startEmulator() {
    clock = EmulatorClock.forTests().asClock(); // the same market on any day
    emulator =
        Mt5Emulator.builder()
            .seed(7)
            .tickRate(20)
            .clock(clock::millis)
            .account(AccountConfig.of(HEDGING, "secret", 10_000))
            .account(AccountConfig.parse(NETTING + ":secret2:10000:USD:netting:100"))
            .start();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  private static SessionOptions options(long login, char[] password) {
    return SessionOptions.builder(
            ConnectionOptions.builder(emulator.uri()).build(),
            LoginOptions.of(Credentials.of(login, password)))
        .build();
  }

  private static Mt5Client connect() {
    return Mt5Client.connect(options(HEDGING, "secret".toCharArray())).join();
  }

  private static SymbolQuote firstQuote(Mt5Client client, String symbol) {
    var unused = client.market().subscribeTicks(symbol).join();
    return await()
        .atMost(WAIT)
        .until(() -> client.market().quote(symbol), Optional::isPresent)
        .get();
  }

  /** Section "Connecting": every option group with a non-default value. */
  @Test
  void connectsWithEveryOptionGroup() {
    URI uri = emulator.uri();
    char[] password = "secret".toCharArray();
    ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    try {
      // guide: connecting
      SessionOptions options =
          SessionOptions.builder(
                  ConnectionOptions.builder(uri) // wss://host/terminal
                      .connectTimeout(Duration.ofSeconds(5))
                      .header("Accept-Language", "en")
                      .build(),
                  LoginOptions.of(Credentials.of(HEDGING, password))
                      .withOtp(login -> new char[0])) // no 2FA on this account
              .requestTimeout(Duration.ofSeconds(20))
              .reconnect(ReconnectOptions.builder().maxAttempts(10).build())
              .heartbeat(HeartbeatOptions.every(Duration.ofSeconds(5), Duration.ofSeconds(20)))
              .rateLimits(
                  RateLimitOptions.builder()
                      .limit(CommandGroup.TRADE, Limit.of(2, 5))
                      .policy(ExhaustionPolicy.FAIL_FAST)
                      .build())
              .events(EventOptions.defaults().withMarketDataCapacity(50_000))
              .scheduler(timers)
              .build();
      java.util.Arrays.fill(password, '\0'); // Credentials.of copied it

      try (Mt5Client client = Mt5Client.connect(options).join()) {
        AccountInfo account = client.account().info().orElseThrow();
        assertThat(account.login()).isEqualTo(HEDGING);
        assertThat(account.equity()).isEqualTo(10_000.0);
        assertThat(client.session().state()).isEqualTo(ConnectionState.READY);
      }
    } finally {
      timers.shutdownNow();
    }
  }

  /** Section "Connecting": a refused login and the saved credential. */
  @Test
  void savedCredentialLogsInAndWrongPasswordIsRefused() {
    char[] saved;
    try (Mt5Client client = connect()) {
      saved = client.session().savedCredential().orElseThrow();
    }
    assertThat(saved).hasSize(320);
    try (Mt5Client again = Mt5Client.connect(options(HEDGING, saved)).join()) {
      assertThat(again.account().info().orElseThrow().login()).isEqualTo(HEDGING);
    } finally {
      java.util.Arrays.fill(saved, '\0');
    }

    assertThatThrownBy(() -> Mt5Client.connect(options(HEDGING, "wrong".toCharArray())).join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(AuthenticationException.Reason.INVALID_CREDENTIALS));
  }

  /** Section "Market data". */
  @Test
  void loadsMarketData() throws Exception {
    try (Mt5Client client = connect()) {
      // guide: symbols
      List<SymbolBasic> all = client.symbols().list().join();
      FullSymbol eurusd = client.symbols().get("EURUSD").join();
      assertThat(all).extracting(SymbolBasic::tradeSymbol).contains("EURUSD", "GBPUSD");
      assertThat(eurusd.digits()).isEqualTo(5);
      assertThat(eurusd.point()).isEqualTo(0.00001);

      // guide: quotes
      SymbolSubscription ticks = client.market().subscribeTicks("EURUSD", "GBPUSD").join();
      List<SymbolQuote> seen = new CopyOnWriteArrayList<>();
      Subscription listener = client.market().onQuote(seen::add);
      SymbolQuote q =
          await()
              .atMost(WAIT)
              .until(() -> client.market().quote("EURUSD"), Optional::isPresent)
              .get();
      assertThat(q.ask()).isGreaterThanOrEqualTo(q.bid()).isPositive();
      await().atMost(WAIT).until(() -> seen.size() >= 3);
      listener.close();

      // guide: kept ticks
      client.market().keepTicks("EURUSD", 10_000).join();
      await().atMost(WAIT).until(() -> client.market().ticks("EURUSD").size() >= 2);

      // guide: order books
      SymbolSubscription book = client.market().subscribeBook("EURUSD").join();
      BookSnapshot snapshot =
          await()
              .atMost(WAIT)
              .until(() -> client.market().book("EURUSD"), Optional::isPresent)
              .get();
      assertThat(snapshot.asks()).isNotEmpty();
      assertThat(snapshot.bids()).isNotEmpty();
      assertThat(snapshot.asks().get(0).price()).isGreaterThan(snapshot.bids().get(0).price());
      book.close();

      // guide: bars
      Instant now = clock.instant();
      List<Bar> last100 = client.market().lastBars("EURUSD", Timeframe.H1, 100, now).join();
      List<Bar> week =
          client
              .market()
              .bars(
                  "EURUSD",
                  Timeframe.M1,
                  now.minus(Duration.ofDays(7)),
                  now,
                  n -> System.err.print("\r" + n + " bars"))
              .join();
      assertThat(last100).hasSize(100);
      assertThat(last100.get(99).time()).isGreaterThan(last100.get(0).time());
      assertThat(week).hasSizeGreaterThan(1_000);

      // guide: live bars
      List<LiveBar> forming = new CopyOnWriteArrayList<>();
      Subscription m1 = client.market().liveBars("EURUSD", Timeframe.M1, forming::add);
      await().atMost(WAIT).until(() -> !forming.isEmpty());
      m1.close();
      assertThat(forming.get(0).bar().close()).isPositive();

      // guide: spreads
      List<Spread> spreads = client.market().spreads("EURUSD").join();
      assertThat(spreads).isNotEmpty();

      ticks.close();
      assertThat(ticks.isActive()).isFalse();
    }
  }

  /** Section "Trading": every order type, the changes, and the rejections. */
  @Test
  void tradesEveryWay() {
    try (Mt5Client client = connect()) {
      SymbolQuote q = firstQuote(client, "EURUSD");
      double point = client.symbols().get("EURUSD").join().point();
      double bid = q.bid();
      double ask = q.ask();

      // guide: order requests
      OrderResult buy = client.trading().buy("EURUSD", 0.10).join();
      OrderResult sell =
          client
              .trading()
              .send(
                  OrderRequest.builder("EURUSD", OrderType.SELL, 0.10)
                      .sl(ask + 300 * point)
                      .tp(bid - 300 * point)
                      .deviation(20)
                      .comment("hedge")
                      .build())
              .join();
      OrderResult limit =
          client
              .trading()
              .send(OrderRequest.pending("EURUSD", OrderType.BUY_LIMIT, 0.10, bid - 500 * point))
              .join();
      OrderResult stop =
          client
              .trading()
              .send(
                  OrderRequest.builder("EURUSD", OrderType.SELL_STOP, 0.10)
                      .price(bid - 500 * point)
                      .expiration(OrderTime.SPECIFIED, clock.instant().plus(Duration.ofHours(4)))
                      .build())
              .join();
      OrderResult stopLimit =
          client
              .trading()
              .send(
                  OrderRequest.builder("EURUSD", OrderType.BUY_STOP_LIMIT, 0.10)
                      .price(ask + 500 * point) // activation price
                      .stopLimit(ask + 450 * point) // the limit order placed then
                      .filling(OrderFilling.RETURN)
                      .build())
              .join();

      assertThat(buy.retcode()).isEqualTo(TradeRetcode.DONE.value());
      assertThat(sell.isDone()).isTrue();
      assertThat(List.of(limit, stop, stopLimit))
          .allSatisfy(r -> assertThat(r.retcode()).isEqualTo(TradeRetcode.PLACED.value()));

      // guide: live state
      List<Position> positions = client.positions().positions();
      List<Order> orders = client.positions().orders();
      assertThat(positions).hasSize(2);
      assertThat(orders).hasSize(3);
      Position first = positions.get(0);
      assertThat(Volume.toLots(first.tradeVolume())).isEqualTo(0.10);

      // guide: changing and closing
      long buyTicket = client.positions().positions().get(0).positionId();
      long sellTicket = client.positions().positions().get(1).positionId();
      var stops =
          client.trading().modifyPosition(buyTicket, bid - 200 * point, bid + 200 * point).join();
      var moved =
          client
              .trading()
              .modifyOrder(limit.order(), bid - 600 * point, bid - 800 * point, 0)
              .join();
      var cancelled = client.trading().cancel(stop.order()).join();
      var partly = client.trading().close(sellTicket, 0.05).join();
      var closedBy = client.trading().closeBy(buyTicket, sellTicket).join();

      assertThat(List.of(stops, moved, cancelled, partly, closedBy))
          .allSatisfy(r -> assertThat(r.isDone()).as(r.toString()).isTrue());
      await().atMost(WAIT).until(() -> client.positions().positions().size() == 1);
      assertThat(client.positions().orders()).hasSize(2);
      for (Order o : client.positions().orders()) {
        var unused = client.trading().cancel(o.tradeOrder()).join();
      }
      for (Position p : client.positions().positions()) {
        var unused = client.trading().close(p.positionId()).join();
      }
      await().atMost(WAIT).until(() -> client.positions().positions().isEmpty());

      // guide: rejections
      try {
        client.trading().buy("EURUSD", 0.001).join(); // below the volume step
        throw new AssertionError("not rejected");
      } catch (CompletionException e) {
        TradeException t = (TradeException) Objects.requireNonNull(e.getCause());
        assertThat(t.retcode()).isEqualTo(10014);
        assertThat(t.code()).contains(TradeRetcode.INVALID_VOLUME);
      }
      OrderResult r =
          client.trading().sendOrReturn(OrderRequest.market("EURUSD", OrderType.BUY, 0.001)).join();
      assertThat(r.retcode()).isEqualTo(TradeRetcode.INVALID_VOLUME.value());
      assertThat(r.isDone()).isFalse();

      // guide: history
      TradeHistory today =
          client
              .history()
              .range(clock.instant().minus(Duration.ofDays(1)), clock.instant().plusSeconds(60))
              .join();
      List<Deal> deals = today.deals();
      assertThat(deals).hasSizeGreaterThanOrEqualTo(5);
      assertThat(today.orders()).isNotEmpty();
    }
  }

  /** Section "Events": listeners, a Flow publisher and the blocking iterator. */
  @Test
  void deliversEvents() throws Exception {
    try (Mt5Client client = connect()) {
      List<StateChanged> states = new CopyOnWriteArrayList<>();
      List<TradeTransactionsReceived> trades = new CopyOnWriteArrayList<>();
      Subscription s1 = client.on(StateChanged.class, states::add);
      Subscription s2 = client.on(TradeTransactionsReceived.class, trades::add);
      List<ConnectionEvent> connection = new CopyOnWriteArrayList<>();
      Subscription s3 = client.on(ConnectionEvent.class, connection::add);

      // guide: Flow.Publisher
      List<TicksReceived> received = new CopyOnWriteArrayList<>();
      try (EventPublisher<TicksReceived> ticks =
          new EventPublisher<>(client.session(), TicksReceived.class, Runnable::run, 256)) {
        ticks.subscribe(
            new Flow.Subscriber<TicksReceived>() {
              @Override
              public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(TicksReceived t) {
                received.add(t);
              }

              @Override
              public void onError(Throwable e) {}

              @Override
              public void onComplete() {}
            });
        var unused = client.market().subscribeTicks("EURUSD").join();
        await().atMost(WAIT).until(() -> !received.isEmpty());
      }

      // guide: blocking iterator
      int count = 0;
      try (BlockingEvents<TicksReceived> ticks =
          BlockingEvents.of(client.session(), TicksReceived.class, 1_000)) {
        for (TicksReceived t : ticks) {
          count += t.ticks().size();
          if (count >= 5) {
            break;
          }
        }
        Optional<TicksReceived> next = ticks.poll(Duration.ofSeconds(5));
        assertThat(next).isPresent();
      }
      assertThat(count).isGreaterThanOrEqualTo(5);

      var unused = client.trading().buy("EURUSD", 0.1).join();
      await().atMost(WAIT).until(() -> !trades.isEmpty());
      for (Position p : client.positions().positions()) {
        var closed = client.trading().close(p.positionId()).join();
        assertThat(closed.isDone()).isTrue();
      }

      emulator.dropConnections();
      await()
          .atMost(WAIT)
          .until(() -> states.stream().anyMatch(e -> e.from() == ConnectionState.READY));
      await().atMost(WAIT).until(() -> client.session().state() == ConnectionState.READY);
      assertThat(connection).anyMatch(e -> e instanceof io.github.jmt5.client.event.Resubscribed);
      s1.close();
      s2.close();
      s3.close();
      assertThat(s1.isActive()).isFalse();
      assertThat(client.session().events().listenerFailures()).isZero();
    }
  }

  /** Section "Threading": where callbacks run. */
  @Test
  void callbacksRunOnTheDocumentedThreads() {
    try (Mt5Client client = connect()) {
      List<String> listenerThreads = new CopyOnWriteArrayList<>();
      client.market().onQuote(q -> listenerThreads.add(Thread.currentThread().getName()));
      var unused = client.market().subscribeTicks("EURUSD").join();
      await().atMost(WAIT).until(() -> !listenerThreads.isEmpty());
      assertThat(listenerThreads.get(0)).startsWith("jmt5-events-");

      String accountThread =
          client.account().refresh().thenApply(a -> Thread.currentThread().getName()).join();
      assertThat(accountThread).doesNotStartWith("jmt5-io-");
      String tradeThread =
          client
              .trading()
              .buy("EURUSD", 0.1)
              .thenApply(r -> Thread.currentThread().getName())
              .join();
      assertThat(tradeThread).doesNotStartWith("jmt5-io-");
      client.positions().positions().forEach(p -> client.trading().close(p.positionId()).join());
    }
  }

  /** Section "Configuration": the documented defaults. */
  @Test
  void defaultsAreTheDocumentedOnes() throws Exception {
    SessionOptions o = options(HEDGING, "secret".toCharArray());
    assertThat(o.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.drainTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(o.heartbeat()).isEqualTo(HeartbeatOptions.defaults());
    assertThat(o.heartbeat().interval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(o.heartbeat().deadAfter()).isEqualTo(Duration.ofSeconds(15));
    assertThat(o.reconnect().initialDelay()).isEqualTo(Duration.ofMillis(500));
    assertThat(o.reconnect().maxDelay()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.reconnect().multiplier()).isEqualTo(2.0);
    assertThat(o.reconnect().maxAttempts()).isZero();
    assertThat(o.rateLimits().limit(CommandGroup.TRADE)).contains(Limit.of(10, 10));
    assertThat(o.rateLimits().limit(CommandGroup.MARKET_DATA)).contains(Limit.of(20, 40));
    assertThat(o.rateLimits().limit(CommandGroup.HISTORY)).contains(Limit.of(5, 10));
    assertThat(o.rateLimits().limit(CommandGroup.OTHER)).contains(Limit.of(20, 40));
    assertThat(o.rateLimits().policy()).isEqualTo(ExhaustionPolicy.WAIT);
    assertThat(o.rateLimits().maxWait()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.events().marketDataCapacity()).isEqualTo(10_000);
    assertThat(o.events().executor()).isNull();
    assertThat(o.scheduler()).isNull();
    assertThat(o.completionExecutor()).isSameAs(java.util.concurrent.ForkJoinPool.commonPool());
    assertThat(o.connection().connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(o.connection().maxMessageBytes()).isEqualTo(64 << 20);
    assertThat(o.connection().origin()).isEqualTo("https://web.metatrader.app");
    assertThat(o.connection().userAgent()).isEqualTo("jmt5");
    assertThat(o.connection().proxy()).isNull();
    assertThat(o.connection().sslContext()).isNull();
  }
}
