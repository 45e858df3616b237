package io.github.jmt5.client.session;

import static io.github.jmt5.client.event.ConnectionState.CLOSED;
import static io.github.jmt5.client.event.ConnectionState.CONNECTING;
import static io.github.jmt5.client.event.ConnectionState.DISCONNECTED;
import static io.github.jmt5.client.event.ConnectionState.READY;
import static io.github.jmt5.client.event.ConnectionState.RECONNECTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import io.github.jmt5.client.error.AuthenticationException;
import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.error.SessionClosedException;
import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.ReconnectScheduled;
import io.github.jmt5.client.event.StateChanged;
import io.github.jmt5.client.instrument.Instrumentation;
import io.github.jmt5.client.reconnect.ReconnectOptions;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.cli.Tls;
import io.github.jmt5.server.fault.Fault;
import io.netty.handler.ssl.util.SelfSignedCertificate;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The first connect with {@link ReconnectOptions#retryOnFailedConnect()}, against the emulator. */
class SessionConnectRetryIT {
  private Mt5Emulator emulator;
  private @Nullable Session session;
  private @Nullable Mt5Emulator late;

  @BeforeEach
  void start() {
    emulator = Harness.emulator();
  }

  @AfterEach
  void stop() {
    Session s = session;
    if (s != null) {
      s.close();
    }
    Mt5Emulator l = late;
    if (l != null) {
      l.close();
    }
    emulator.close();
  }

  private static ReconnectOptions.Builder retrying() {
    return ReconnectOptions.builder()
        .initialDelay(Duration.ofMillis(20))
        .maxDelay(Duration.ofMillis(200))
        .retryOnFailedConnect(true);
  }

  private Session session(SessionOptions.Builder options) {
    Session s = new Session(options.build());
    session = s;
    return s;
  }

  /**
   * Where the first connect breaks, and how many connects fail before one gets through; a login
   * without a reply fails by its deadline, which a very slow machine might also miss on a retry.
   */
  static Stream<Arguments> firstConnectFaults() {
    return Stream.of(
        Arguments.of(
            "the first two logins are dropped",
            (BiConsumer<Mt5Emulator, Integer>)
                (e, n) -> e.faults().on(CommandId.LOGIN.id(), new Fault.Close(false), n),
            2),
        Arguments.of(
            "the first bootstrap is dropped",
            (BiConsumer<Mt5Emulator, Integer>)
                (e, n) -> e.faults().on(CommandId.BOOTSTRAP.id(), new Fault.Close(false), n),
            1),
        Arguments.of(
            "the first login is closed with a close frame",
            (BiConsumer<Mt5Emulator, Integer>)
                (e, n) -> e.faults().on(CommandId.LOGIN.id(), new Fault.Close(true), n),
            1),
        Arguments.of(
            "the first login gets no reply",
            (BiConsumer<Mt5Emulator, Integer>)
                (e, n) -> e.faults().on(CommandId.LOGIN.id(), new Fault.NoReply(), n),
            1));
  }

  private static final Duration NO_REPLY_DEADLINE = Duration.ofSeconds(1);

  private static boolean timesOut(String name) {
    return name.contains("no reply");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("firstConnectFaults")
  void withTheOptionOnTheFirstConnectIsRetriedUntilItLogsIn(
      String name, BiConsumer<Mt5Emulator, Integer> fault, int failures) {
    fault.accept(emulator, failures);
    boolean timesOut = timesOut(name);
    List<Integer> instrumented = new CopyOnWriteArrayList<>();
    Session s =
        session(
            Harness.options(emulator)
                .requestTimeout(timesOut ? NO_REPLY_DEADLINE : Duration.ofSeconds(10))
                .reconnect(retrying().build())
                .instrumentation(
                    new Instrumentation() {
                      @Override
                      public void reconnectScheduled(int attempt, Duration delay, Throwable cause) {
                        instrumented.add(attempt);
                      }
                    }));
    Harness.Recorder recorder = Harness.Recorder.on(s);

    s.connect().orTimeout(30, TimeUnit.SECONDS).join();

    assertThat(s.state()).isEqualTo(READY);
    assertThat(s.request(Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT)).join()).isNotNull();
    await().until(() -> recorder.of(ReconnectScheduled.class).size() >= failures);
    List<ReconnectScheduled> scheduled = recorder.of(ReconnectScheduled.class);
    int retries = timesOut ? scheduled.size() : failures;
    assertThat(scheduled)
        .extracting(ReconnectScheduled::attempt)
        .containsExactlyElementsOf(attempts(retries));
    assertThat(scheduled)
        .allSatisfy(
            r -> {
              assertThat(r.cause())
                  .isInstanceOfAny(ConnectionException.class, RequestTimeoutException.class);
              assertThat(r.delay()).isLessThanOrEqualTo(Duration.ofMillis(200));
            });
    assertThat(instrumented).containsExactlyElementsOf(attempts(retries));
    // while waiting to retry the session was RECONNECTING, and each retry started CONNECTING
    await().until(() -> recorder.of(StateChanged.class).stream().anyMatch(c -> c.to() == READY));
    List<ConnectionState> states =
        recorder.of(StateChanged.class).stream().map(StateChanged::to).toList();
    assertThat(states.stream().filter(st -> st == RECONNECTING)).hasSize(retries);
    assertThat(states.stream().filter(st -> st == CONNECTING)).hasSize(retries + 1);
    assertThat(states).doesNotContain(DISCONNECTED);
  }

  private static List<Integer> attempts(int n) {
    return Stream.iterate(1, i -> i + 1).limit(n).toList();
  }

  @Test
  void withTheOptionOffTheSameDropFailsTheConnectAsBefore() throws InterruptedException {
    emulator.faults().on(CommandId.LOGIN.id(), new Fault.Close(false), 2);
    ReconnectOptions defaults = Harness.options(emulator).build().reconnect();
    assertThat(defaults.retryOnFailedConnect()).isFalse();
    Session s = session(Harness.options(emulator));
    Harness.Recorder recorder = Harness.Recorder.on(s);

    assertThatThrownBy(() -> s.connect().orTimeout(30, TimeUnit.SECONDS).join())
        .cause()
        .isExactlyInstanceOf(ConnectionException.class);

    assertThat(s.state()).isEqualTo(DISCONNECTED);
    // events arrive in order: once the move to DISCONNECTED is seen, no retry was published before
    await()
        .until(
            () -> recorder.of(StateChanged.class).stream().anyMatch(c -> c.to() == DISCONNECTED));
    assertThat(recorder.of(ReconnectScheduled.class)).isEmpty();
    assertThat(logins()).isEqualTo(1);
    assertThat(emulator.faults().pending()).as("the second drop was not used").isEqualTo(1);
  }

  @Test
  void aWrongPasswordFailsAtOnceWithoutARetry() throws InterruptedException {
    Session s =
        session(
            Harness.options(emulator, Harness.LOGIN, "not-the-password".toCharArray())
                .reconnect(retrying().build()));
    Harness.Recorder recorder = Harness.Recorder.on(s);

    assertThatThrownBy(() -> s.connect().orTimeout(30, TimeUnit.SECONDS).join())
        .cause()
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            a ->
                assertThat(a.reason())
                    .isEqualTo(AuthenticationException.Reason.INVALID_CREDENTIALS));

    assertThat(s.state()).isEqualTo(DISCONNECTED);
    await()
        .until(
            () -> recorder.of(StateChanged.class).stream().anyMatch(c -> c.to() == DISCONNECTED));
    assertThat(recorder.of(ReconnectScheduled.class)).isEmpty();
    assertThat(recorder.of(StateChanged.class)).noneMatch(c -> c.to() == RECONNECTING);
    assertThat(logins()).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("deprecation") // Netty's self-signed helper is fine for a test certificate
  void aCertificateThatIsNotTrustedFailsAtOnceWithoutARetry() throws Exception {
    SelfSignedCertificate cert = new SelfSignedCertificate("localhost");
    try (Mt5Emulator tls =
        Mt5Emulator.builder()
            .account(AccountConfig.of(Harness.LOGIN, new String(Harness.PASSWORD), 1000))
            .tls(Tls.fromPem(cert.certificate().toPath(), cert.privateKey().toPath()))
            .start()) {
      URI uri = URI.create(tls.uri().toString().replace("127.0.0.1", "localhost"));
      Session s =
          session(
              SessionOptions.builder(
                      ConnectionOptions.builder(uri).build(),
                      LoginOptions.of(Credentials.of(Harness.LOGIN, Harness.PASSWORD)))
                  .reconnect(retrying().build()));
      Harness.Recorder recorder = Harness.Recorder.on(s);

      assertThatThrownBy(() -> s.connect().orTimeout(30, TimeUnit.SECONDS).join())
          .cause()
          .isInstanceOf(ConnectionException.class)
          .hasMessageContaining("SSLHandshakeException");

      assertThat(s.state()).isEqualTo(DISCONNECTED);
      await()
          .until(
              () -> recorder.of(StateChanged.class).stream().anyMatch(c -> c.to() == DISCONNECTED));
      assertThat(recorder.of(ReconnectScheduled.class)).isEmpty();
    } finally {
      cert.delete();
    }
  }

  @Test
  void closingWhileWaitingToRetryFailsTheConnectAndCancelsTheRetry() throws Exception {
    emulator.faults().closeOn(CommandId.LOGIN.id());
    ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
    scheduler.setRemoveOnCancelPolicy(true);
    try {
      Session s =
          session(
              Harness.options(emulator)
                  .scheduler(scheduler)
                  .random(new LongestDelay())
                  .reconnect(
                      retrying()
                          .initialDelay(Duration.ofMinutes(1))
                          .maxDelay(Duration.ofMinutes(1))
                          .build()));
      Harness.Recorder recorder = Harness.Recorder.on(s);

      CompletableFuture<Void> connecting = s.connect();
      await().until(() -> recorder.of(ReconnectScheduled.class).size() == 1);
      assertThat(recorder.of(ReconnectScheduled.class).get(0).delay())
          .isGreaterThan(Duration.ofSeconds(30));
      assertThat(s.state()).isEqualTo(RECONNECTING);
      assertThat(connecting).isNotDone();
      assertThat(retryQueued(scheduler)).as("the retry waits in the scheduler").isTrue();

      // a callback that closes the session too must not hold up the close it reacts to
      var unused = connecting.whenComplete((v, e) -> s.close());
      // (were it called inside closeAsync, it would wait for a close that has not started)
      CompletableFuture<Void> closing = assertTimeout(Duration.ofSeconds(5), s::closeAsync);

      assertThatThrownBy(() -> connecting.get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(SessionClosedException.class);
      assertThat(retryQueued(scheduler)).as("the retry was cancelled").isFalse();
      closing.get(5, TimeUnit.SECONDS);
      assertThat(s.state()).isEqualTo(CLOSED);
      assertThat(recorder.of(ReconnectScheduled.class)).hasSize(1);
      assertThat(recorder.of(StateChanged.class).stream().map(StateChanged::to).toList())
          .as("no attempt after the first")
          .containsOnlyOnce(CONNECTING);
    } finally {
      scheduler.shutdownNow();
    }
  }

  /** Whether a task is queued that is due later than anything but the one-minute retry. */
  private static boolean retryQueued(ScheduledThreadPoolExecutor scheduler) {
    return scheduler.getQueue().stream()
        .anyMatch(
            r -> r instanceof RunnableScheduledFuture<?> f && f.getDelay(TimeUnit.SECONDS) > 30);
  }

  @Test
  void theAttemptLimitEndsTheRetriesAndTheErrorCountsTheAttempts() throws InterruptedException {
    emulator.faults().on(CommandId.LOGIN.id(), new Fault.Close(false), 10);
    Session s = session(Harness.options(emulator).reconnect(retrying().maxAttempts(2).build()));
    Harness.Recorder recorder = Harness.Recorder.on(s);

    assertThatThrownBy(() -> s.connect().orTimeout(30, TimeUnit.SECONDS).join())
        .cause()
        .isExactlyInstanceOf(ConnectionException.class)
        .hasMessageStartingWith("could not connect after 3 attempts: ")
        .cause()
        .isInstanceOf(ConnectionException.class);

    assertThat(s.state()).isEqualTo(DISCONNECTED);
    await()
        .until(
            () -> recorder.of(StateChanged.class).stream().anyMatch(c -> c.to() == DISCONNECTED));
    assertThat(recorder.of(ReconnectScheduled.class))
        .extracting(ReconnectScheduled::attempt)
        .containsExactly(1, 2);
    assertThat(logins()).as("the first login and two retries").isEqualTo(3);

    // the session may be connected again by hand, and is retried again
    emulator.faults().clear();
    s.connect().orTimeout(30, TimeUnit.SECONDS).join();
    assertThat(s.state()).isEqualTo(READY);
  }

  @Test
  void aServerThatIsNotListeningYetIsWaitedFor() throws Exception {
    int port = freePort();
    Session s =
        session(
            SessionOptions.builder(
                    ConnectionOptions.builder(URI.create("ws://127.0.0.1:" + port + "/terminal"))
                        .build(),
                    LoginOptions.of(Credentials.of(Harness.LOGIN, Harness.PASSWORD)))
                .reconnect(retrying().build()));
    Harness.Recorder recorder = Harness.Recorder.on(s);

    CompletableFuture<Void> connecting = s.connect();
    await().until(() -> recorder.of(ReconnectScheduled.class).size() >= 2);
    assertThat(recorder.of(ReconnectScheduled.class).get(0).cause())
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("cannot open");
    assertThat(connecting).isNotDone();

    late =
        Mt5Emulator.builder()
            .port(port)
            .clock(Harness.CLOCK)
            .account(AccountConfig.of(Harness.LOGIN, new String(Harness.PASSWORD), 10_000))
            .start();

    connecting.get(10, TimeUnit.SECONDS);
    assertThat(s.state()).isEqualTo(READY);
  }

  /** The logins the emulator received: takes its recorded requests until none comes for 200 ms. */
  private int logins() throws InterruptedException {
    int logins = 0;
    while (true) {
      var r = emulator.takeRequest(Duration.ofMillis(200));
      if (r.isEmpty()) {
        return logins;
      }
      if (r.get().command() == CommandId.LOGIN.id()) {
        logins++;
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Always draws the longest delay, so a retry is certainly still waiting. */
  private static final class LongestDelay extends Random {
    private static final long serialVersionUID = 1L;

    @Override
    public long nextLong(long bound) {
      return bound - 1;
    }
  }
}
