package io.github.jmt5.client.session;

import static io.github.jmt5.client.event.ConnectionState.CLOSED;
import static io.github.jmt5.client.event.ConnectionState.DISCONNECTED;
import static io.github.jmt5.client.event.ConnectionState.READY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.error.AuthenticationException;
import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.SessionClosedException;
import io.github.jmt5.client.event.ReconnectScheduled;
import io.github.jmt5.client.event.Resubscribed;
import io.github.jmt5.client.event.StateChanged;
import io.github.jmt5.client.event.TicksReceived;
import io.github.jmt5.client.reconnect.ReconnectOptions;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.market.IdList;
import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.fault.Fault;
import io.github.jmt5.server.script.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionReconnectIT {
  private Mt5Emulator emulator;

  @SuppressWarnings("NullAway.Init") // set by each test
  private Session session;

  @SuppressWarnings("NullAway.Init") // set by each test
  private Harness.Recorder recorder;

  private int eurusd;
  private int btcusd;
  private final Set<Integer> tickedSymbols = ConcurrentHashMap.newKeySet();
  private final AtomicInteger ticks = new AtomicInteger();

  @BeforeEach
  void start() {
    emulator = Harness.emulator();
    eurusd = Harness.symbolId(emulator, "EURUSD");
    btcusd = Harness.symbolId(emulator, "BTCUSD");
  }

  @AfterEach
  void stop() {
    if (session != null) {
      session.close();
    }
    emulator.close();
  }

  private void connect(SessionOptions.Builder options) {
    session = new Session(options.build());
    recorder = Harness.Recorder.on(session);
    session.on(
        TicksReceived.class,
        e -> {
          for (Tick t : e.ticks()) {
            tickedSymbols.add(t.symbolId());
            ticks.incrementAndGet();
          }
        });
    session.connect().join();
  }

  private Account account() {
    return session.request(Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT)).join();
  }

  private void awaitTicksAfterNow() {
    int mark = ticks.get();
    await().until(() -> ticks.get() > mark + 5);
  }

  private static final int ANY_ATTEMPTS = 0;

  /** Where the link breaks, and how. */
  static Stream<Arguments> dropPoints() {
    return Stream.of(
        Arguments.of("network drop mid-stream", (Breaker) (e, s) -> e.dropConnections(), 1),
        Arguments.of(
            "close frame on a ping",
            (Breaker) (e, s) -> e.faults().on(CommandId.PING.id(), new Fault.Close(true)),
            1),
        Arguments.of(
            "drop, then the first reconnect dies at login",
            (Breaker)
                (e, s) -> {
                  e.faults().closeOn(CommandId.LOGIN.id());
                  e.dropConnections();
                },
            2),
        Arguments.of(
            "drop, then the first reconnect dies at bootstrap",
            (Breaker)
                (e, s) -> {
                  e.faults().closeOn(CommandId.BOOTSTRAP.id());
                  e.dropConnections();
                },
            2),
        Arguments.of(
            "drop, then the first reconnect's login gets no reply",
            (Breaker)
                (e, s) -> {
                  e.faults().on(CommandId.LOGIN.id(), new Fault.NoReply());
                  e.dropConnections();
                },
            2),
        Arguments.of(
            "unreadable frame",
            (Breaker) (e, s) -> e.faults().on(CommandId.PING.id(), new Fault.CorruptReply()),
            1),
        // the first attempt may come before the server listens again
        Arguments.of("server restart", (Breaker) (e, s) -> e.restart(), ANY_ATTEMPTS));
  }

  interface Breaker {
    void breakLink(Mt5Emulator emulator, Session session);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dropPoints")
  void reconnectsAndRestoresSubscriptionsAndListeners(
      String name, Breaker breaker, int expectedAttempts) throws Exception {
    connect(
        Harness.options(emulator)
            .requestTimeout(Duration.ofSeconds(1))); // bounds the "no reply to login" case
    SymbolSubscription handle = session.subscribeTicks(List.of(eurusd, btcusd));
    handle.acknowledged().join();
    session.subscribeBook(List.of(eurusd)).acknowledged().join();
    await().until(() -> tickedSymbols.containsAll(List.of(eurusd, btcusd)));

    breaker.breakLink(emulator, session);

    await().until(() -> !recorder.of(Resubscribed.class).isEmpty());
    Resubscribed back = recorder.of(Resubscribed.class).get(0);
    if (expectedAttempts == ANY_ATTEMPTS) {
      assertThat(back.attempts()).isPositive();
    } else {
      assertThat(back.attempts()).isEqualTo(expectedAttempts);
    }
    assertThat(back.tickSymbols()).isEqualTo(2);
    assertThat(back.bookSymbols()).isEqualTo(1);
    assertThat(session.state()).isEqualTo(READY);
    assertThat(handle.isActive()).isTrue();
    // the new socket got the whole tick set and the book set again
    var sent = lastSubscriptions();
    assertThat(sent.get(CommandId.SUBSCRIBE_TICKS)).containsExactlyInAnyOrder(eurusd, btcusd);
    assertThat(sent.get(CommandId.SUBSCRIBE_BOOK)).containsExactly(eurusd);
    // and the same listener keeps getting ticks
    awaitTicksAfterNow();
    assertThat(account().main().balance()).isEqualTo(10_000.0);
  }

  @Test
  void aRequestInFlightWhenTheLinkDropsFailsAtOnceWithTheReason() {
    connect(Harness.options(emulator));
    emulator.faults().closeOn(CommandId.GET_ACCOUNT.id());

    CompletableFuture<Account> lost =
        session.request(Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT));

    assertThatThrownBy(lost::join)
        .cause()
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("connection");
    await().until(() -> session.state() == READY);
    assertThat(account()).isNotNull();
  }

  @Test
  void requestsWhileReconnectingFailFastWithTheState() {
    connect(Harness.options(emulator));
    emulator.close(); // nothing to reconnect to

    await().until(() -> !recorder.of(ReconnectScheduled.class).isEmpty());

    assertThatThrownBy(() -> account())
        .cause()
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("not connected")
        .hasMessageContaining("requests are accepted when READY");
  }

  @Test
  void aServerThatStopsReadingIsFoundDeadByTheHeartbeat() {
    connect(Harness.options(emulator));
    session.subscribeTicks(List.of(btcusd)).acknowledged().join();
    emulator.faults().on(CommandId.PING.id(), new Fault.StopReading());

    await().atMost(Duration.ofSeconds(15)).until(() -> !recorder.of(Resubscribed.class).isEmpty());
    ReconnectScheduled scheduled = recorder.of(ReconnectScheduled.class).get(0);
    assertThat(scheduled.cause()).hasMessageContaining("no successful ping");
    awaitTicksAfterNow();
  }

  @Test
  void survivesManyDropsWithEveryHandleValid() throws Exception {
    connect(Harness.options(emulator));
    SymbolSubscription euro = session.subscribeTicks(List.of(eurusd));
    SymbolSubscription bitcoin = session.subscribeTicks(List.of(btcusd));
    for (int i = 1; i <= 5; i++) {
      emulator.dropConnections();
      int expected = i;
      await().until(() -> recorder.of(Resubscribed.class).size() == expected);
      awaitTicksAfterNow();
    }
    assertThat(euro.isActive()).isTrue();

    bitcoin.close();
    euro.close();

    java.util.Map<CommandId, List<Integer>> seen = new java.util.EnumMap<>(CommandId.class);
    await()
        .until(
            () -> {
              seen.putAll(lastSubscriptions());
              return List.of().equals(seen.get(CommandId.SUBSCRIBE_TICKS));
            });
    assertThat(session.tickSymbols()).isEmpty();
  }

  @Test
  void givesUpAfterTheAttemptLimitAndCloses() {
    connect(
        Harness.options(emulator)
            .reconnect(
                ReconnectOptions.builder()
                    .initialDelay(Duration.ofMillis(10))
                    .maxDelay(Duration.ofMillis(20))
                    .maxAttempts(3)
                    .build()));

    emulator.close();

    await().until(() -> session.state() == CLOSED);
    assertThat(recorder.of(ReconnectScheduled.class)).hasSize(3);
    StateChanged closing =
        recorder.of(StateChanged.class).stream()
            .filter(c -> c.to() == io.github.jmt5.client.event.ConnectionState.CLOSING)
            .findFirst()
            .orElseThrow();
    assertThat(closing.cause())
        .isInstanceOf(SessionClosedException.class)
        .hasMessageContaining("gave up reconnecting after 3 attempts");
  }

  @Test
  void aLoginRefusedOnReconnectClosesTheSession() {
    connect(Harness.options(emulator));
    emulator.accounts().changePassword(Harness.LOGIN, "another-pw".toCharArray());

    emulator.dropConnections();

    await().until(() -> session.state() == CLOSED);
    StateChanged closing =
        recorder.of(StateChanged.class).stream()
            .filter(c -> c.to() == io.github.jmt5.client.event.ConnectionState.CLOSING)
            .findFirst()
            .orElseThrow();
    assertThat(closing.cause()).hasCauseInstanceOf(AuthenticationException.class);
  }

  @Test
  void withReconnectDisabledALostLinkLeavesTheSessionDisconnected() {
    connect(Harness.options(emulator).reconnect(ReconnectOptions.disabled()));

    emulator.dropConnections();

    await().until(() -> session.state() == DISCONNECTED);
    assertThat(recorder.of(ReconnectScheduled.class)).isEmpty();
    // and it may be connected again by hand
    session.connect().join();
    assertThat(account()).isNotNull();
  }

  /** The ids of the newest subscription requests the emulator received, by command. */
  private java.util.Map<CommandId, List<Integer>> lastSubscriptions() throws InterruptedException {
    java.util.Map<CommandId, List<Integer>> last = new java.util.EnumMap<>(CommandId.class);
    while (true) {
      var r = emulator.takeRequest(Duration.ofMillis(200));
      if (r.isEmpty()) {
        return last;
      }
      RecordedRequest request = r.get();
      CommandId.find(request.command())
          .filter(c -> c == CommandId.SUBSCRIBE_TICKS || c == CommandId.SUBSCRIBE_BOOK)
          .ifPresent(c -> last.put(c, ((IdList) request.decoded()).ids()));
    }
  }
}
