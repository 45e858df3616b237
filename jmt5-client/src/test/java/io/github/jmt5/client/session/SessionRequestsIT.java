package io.github.jmt5.client.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.error.RateLimitException;
import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.error.ServerErrorException;
import io.github.jmt5.client.instrument.Instrumentation;
import io.github.jmt5.client.ratelimit.CommandGroup;
import io.github.jmt5.client.ratelimit.ExhaustionPolicy;
import io.github.jmt5.client.ratelimit.Limit;
import io.github.jmt5.client.ratelimit.RateLimitOptions;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.market.BarsRequest;
import io.github.jmt5.protocol.message.market.SymbolList;
import io.github.jmt5.protocol.message.trade.PositionsAndOrders;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.fault.Fault;
import io.github.jmt5.server.script.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionRequestsIT {
  private Mt5Emulator emulator;

  @SuppressWarnings("NullAway.Init") // set by each test
  private Session session;

  @BeforeEach
  void start() {
    emulator = Harness.emulator();
  }

  @AfterEach
  void stop() {
    if (session != null) {
      session.close();
    }
    emulator.close();
  }

  private Session connect(SessionOptions.Builder options) {
    session = new Session(options.rateLimits(RateLimitOptions.disabled()).build());
    session.connect().join();
    return session;
  }

  private Session connectLimited(RateLimitOptions limits, Instrumentation instrumentation) {
    session =
        new Session(
            Harness.options(emulator).rateLimits(limits).instrumentation(instrumentation).build());
    session.connect().join();
    return session;
  }

  private static Request<Account> account() {
    return Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT);
  }

  @Test
  void manyThreadsShareTheSessionAndEveryRequestGetsItsOwnReply() throws Exception {
    connect(Harness.options(emulator));
    int threads = 8;
    int perThread = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<?>> all = new CopyOnWriteArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        int thread = t;
        pool.execute(
            () -> {
              try {
                go.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
              for (int i = 0; i < perThread; i++) {
                switch ((thread + i) % 3) {
                  case 0 -> all.add(session.request(account()));
                  case 1 ->
                      all.add(
                          session.request(
                              Request.of(
                                  CommandId.GET_POSITIONS_AND_ORDERS,
                                  Codecs.POSITIONS_AND_ORDERS)));
                  default ->
                      all.add(
                          session.request(Request.of(CommandId.GET_SYMBOLS, Codecs.SYMBOL_LIST)));
                }
              }
            });
      }
      go.countDown();
      await().until(() -> all.size() == threads * perThread);
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    } finally {
      pool.shutdownNow();
    }
    // every future got a reply of its own type: a mix-up would fail the decode or the cast
    for (CompletableFuture<?> f : all) {
      assertThat(f.join())
          .isInstanceOfAny(Account.class, PositionsAndOrders.class, SymbolList.class);
    }
    // a heartbeat ping may be in flight: it is answered within moments
    await().until(() -> session.outstandingRequests() == 0);
  }

  @Test
  void oneRequestPerCommandIsOnTheWireAndOthersWait() throws Exception {
    connect(Harness.options(emulator));
    drainRecorded();
    emulator.faults().delay(CommandId.GET_ACCOUNT.id(), Duration.ofMillis(500), 1);

    CompletableFuture<Account> first = session.request(account());
    CompletableFuture<Account> second = session.request(account());
    CompletableFuture<PositionsAndOrders> other =
        session.request(
            Request.of(CommandId.GET_POSITIONS_AND_ORDERS, Codecs.POSITIONS_AND_ORDERS));

    other.join(); // (the emulator answers in order, so this reply too waits for the delay)
    first.join();
    second.join();

    List<RecordedRequest> seen = drainRecorded();
    List<Long> accountArrivals =
        seen.stream()
            .filter(r -> r.command() == CommandId.GET_ACCOUNT.id())
            .map(RecordedRequest::receivedAtMs)
            .toList();
    long positionsArrival =
        seen.stream()
            .filter(r -> r.command() == CommandId.GET_POSITIONS_AND_ORDERS.id())
            .findFirst()
            .orElseThrow()
            .receivedAtMs();
    assertThat(accountArrivals).hasSize(2);
    // the second cmd 3 reached the server only after the first one's delayed reply, while the
    // other command was sent at once
    assertThat(accountArrivals.get(1) - accountArrivals.get(0)).isGreaterThanOrEqualTo(500);
    assertThat(positionsArrival).isLessThan(accountArrivals.get(1));
  }

  @Test
  void aRequestWithoutReplyTimesOutAndTheNextOneOfItsCommandGoesOutAfterTheGrace() {
    connect(Harness.options(emulator).lateReplyGrace(Duration.ofMillis(400)));
    emulator.faults().on(CommandId.GET_ACCOUNT.id(), new Fault.NoReply());

    CompletableFuture<Account> lost =
        session.request(account().withTimeout(Duration.ofMillis(300)));
    CompletableFuture<Account> next = session.request(account());

    assertThatThrownBy(lost::join)
        .cause()
        .isInstanceOfSatisfying(
            RequestTimeoutException.class,
            e -> {
              assertThat(e.command()).isEqualTo(3);
              assertThat(e.timeout()).isEqualTo(Duration.ofMillis(300));
              assertThat(e.getMessage()).contains("3 get account");
            });
    assertThat(next.join().main().balance()).isEqualTo(10_000.0);
  }

  @Test
  void aLateReplyNeverAnswersTheNextRequestOfItsCommand() {
    connect(Harness.options(emulator));
    emulator.faults().delay(CommandId.GET_BARS.id(), Duration.ofMillis(800), 1);
    int to = (int) (Harness.emulatorMillis() / 1000);
    int from = to - 6 * 3600;

    CompletableFuture<List<Bar>> slow =
        session.request(bars("EURUSD", from, to).withTimeout(Duration.ofMillis(200)));
    CompletableFuture<List<Bar>> next =
        session.request(bars("BTCUSD", from, to).withTimeout(Duration.ofSeconds(10)));

    assertThatThrownBy(slow::join).cause().isInstanceOf(RequestTimeoutException.class);
    // EURUSD's reply comes 600 ms after its request timed out; it must not become BTCUSD's
    List<Bar> btc = next.join();
    assertThat(btc).isNotEmpty().allSatisfy(b -> assertThat(b.close()).isGreaterThan(1_000.0));
    assertThat(session.request(bars("EURUSD", from, to)).join())
        .isNotEmpty()
        .allSatisfy(b -> assertThat(b.close()).isLessThan(10.0));
  }

  private static Request<List<Bar>> bars(String symbol, int from, int to) {
    return Request.of(
        CommandId.GET_BARS,
        Codecs.BARS_REQUEST,
        new BarsRequest(symbol, Timeframe.M5.code(), from, to),
        Codecs.BARS);
  }

  @Test
  void aNonZeroReplyCodeFailsWithTheCommandAndCode() {
    connect(Harness.options(emulator));
    emulator.faults().replyCode(CommandId.GET_ACCOUNT.id(), 1);

    assertThatThrownBy(() -> session.request(account()).join())
        .cause()
        .isInstanceOfSatisfying(
            ServerErrorException.class,
            e -> {
              assertThat(e.command()).isEqualTo(3);
              assertThat(e.code()).isEqualTo(1);
              assertThat(e.getMessage()).contains("3 get account").contains("internal error");
            });
    // the session carries on
    assertThat(session.request(account()).join()).isNotNull();
  }

  @Test
  void cancellingAWaitingRequestWithdrawsIt() throws Exception {
    connect(Harness.options(emulator));
    drainRecorded();
    emulator.faults().delay(CommandId.GET_ACCOUNT.id(), Duration.ofMillis(300), 1);
    CompletableFuture<Account> first = session.request(account());
    CompletableFuture<Account> cancelled = session.request(account());
    CompletableFuture<Account> third = session.request(account());

    cancelled.cancel(true);
    first.join();
    third.join();

    long sent =
        drainRecorded().stream().filter(r -> r.command() == CommandId.GET_ACCOUNT.id()).count();
    assertThat(sent).isEqualTo(2);
  }

  @Test
  void failFastRateLimitRefusesTheRequestOverTheBurstAndSendsNothing() throws Exception {
    RateLimitOptions limits =
        RateLimitOptions.builder()
            .limit(CommandGroup.OTHER, Limit.of(0.5, 2))
            .policy(ExhaustionPolicy.FAIL_FAST)
            .build();
    connectLimited(limits, Instrumentation.NONE);
    drainRecorded();

    session.request(account()).join();
    session.request(account()).join();
    assertThatThrownBy(() -> session.request(account()).join())
        .cause()
        .isInstanceOfSatisfying(
            RateLimitException.class,
            e -> {
              assertThat(e.group()).isEqualTo("OTHER");
              assertThat(e.command()).isEqualTo(3);
            });
    long sent =
        drainRecorded().stream().filter(r -> r.command() == CommandId.GET_ACCOUNT.id()).count();
    assertThat(sent).isEqualTo(2);
  }

  @Test
  void waitingRateLimitDelaysRequestsInsteadOfFailingThem() {
    AtomicInteger limited = new AtomicInteger();
    Instrumentation counting =
        new Instrumentation() {
          @Override
          public void rateLimited(int command, Duration wait) {
            limited.incrementAndGet();
          }
        };
    RateLimitOptions limits =
        RateLimitOptions.builder()
            .limit(CommandGroup.OTHER, Limit.of(20, 1))
            .policy(ExhaustionPolicy.WAIT)
            .build();
    connectLimited(limits, counting);

    List<CompletableFuture<Account>> requests = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      requests.add(session.request(account()));
    }
    CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new)).join();

    assertThat(limited.get()).isEqualTo(3);
  }

  @Test
  void instrumentationSeesEveryRequestWithItsLatency() {
    List<Integer> succeeded = new CopyOnWriteArrayList<>();
    List<Integer> failed = new CopyOnWriteArrayList<>();
    Instrumentation recording =
        new Instrumentation() {
          @Override
          public void requestSucceeded(int command, Duration latency) {
            assertThat(latency).isPositive();
            succeeded.add(command);
          }

          @Override
          public void requestFailed(int command, Duration latency, Throwable error) {
            failed.add(command);
          }
        };
    connectLimited(RateLimitOptions.disabled(), recording);
    emulator.faults().replyCode(CommandId.GET_SYMBOLS.id(), 2);

    session.request(account()).join();
    session
        .request(Request.of(CommandId.GET_SYMBOLS, Codecs.SYMBOL_LIST))
        .exceptionally(e -> null)
        .join();

    await().untilAsserted(() -> assertThat(failed).contains(6));
    assertThat(succeeded).contains(0, 28, 3);
  }

  @Test
  void aMessageOverTheSizeLimitDropsTheLinkWithAClearReason() {
    session =
        new Session(
            Harness.options(emulator)
                .reconnect(io.github.jmt5.client.reconnect.ReconnectOptions.disabled())
                .heartbeat(HeartbeatOptions.disabled()) // only the oversized reply may drop it
                .build()
                .withConnection(
                    io.github.jmt5.client.transport.ConnectionOptions.builder(emulator.uri())
                        .maxMessageBytes(1024)
                        .build()));
    Harness.Recorder recorder = Harness.Recorder.on(session);
    session.connect().join();

    // the symbol list of 33 symbols is far over 1 KiB
    assertThatThrownBy(
            () -> session.request(Request.of(CommandId.GET_SYMBOLS, Codecs.SYMBOL_LIST)).join())
        .cause()
        .isInstanceOf(io.github.jmt5.client.error.ConnectionException.class)
        .hasMessageContaining("larger than the limit of 1024 bytes");
    await()
        .until(
            () ->
                recorder.of(io.github.jmt5.client.event.StateChanged.class).stream()
                    .anyMatch(
                        c -> c.to() == io.github.jmt5.client.event.ConnectionState.DISCONNECTED));
  }

  private List<RecordedRequest> drainRecorded() throws InterruptedException {
    List<RecordedRequest> out = new ArrayList<>();
    while (true) {
      var r = emulator.takeRequest(Duration.ofMillis(100));
      if (r.isEmpty()) {
        return out;
      }
      out.add(r.get());
    }
  }
}
