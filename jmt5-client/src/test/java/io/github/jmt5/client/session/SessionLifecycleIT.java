package io.github.jmt5.client.session;

import static io.github.jmt5.client.event.ConnectionState.BOOTSTRAPPING;
import static io.github.jmt5.client.event.ConnectionState.CLOSED;
import static io.github.jmt5.client.event.ConnectionState.CLOSING;
import static io.github.jmt5.client.event.ConnectionState.CONNECTING;
import static io.github.jmt5.client.event.ConnectionState.DISCONNECTED;
import static io.github.jmt5.client.event.ConnectionState.LOGGING_IN;
import static io.github.jmt5.client.event.ConnectionState.READY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.error.AuthenticationException;
import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.SessionClosedException;
import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.LoginStatusChanged;
import io.github.jmt5.client.event.StateChanged;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.account.Totp;
import io.github.jmt5.server.fault.Fault;
import io.github.jmt5.server.script.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionLifecycleIT {
  private static final String OTP_SECRET = "JBSWY3DPEHPK3PXP";
  private static final long OTP_LOGIN = 50_002;

  private Mt5Emulator emulator;

  @BeforeEach
  void start() {
    emulator =
        Harness.emulator(AccountConfig.of(OTP_LOGIN, "otp-pass", 500).withOtpSecret(OTP_SECRET));
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void connectsThroughEveryStateAndServesRequests() {
    try (Session session = new Session(Harness.options(emulator).build())) {
      Harness.Recorder recorder = Harness.Recorder.on(session);
      assertThat(session.state()).isEqualTo(DISCONNECTED);

      session.connect().join();

      assertThat(session.state()).isEqualTo(READY);
      Account account = session.request(Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT)).join();
      assertThat(account.main().balance()).isEqualTo(10_000.0);
      await()
          .untilAsserted(
              () ->
                  assertThat(recorder.of(StateChanged.class))
                      .extracting(StateChanged::to)
                      .containsExactly(CONNECTING, BOOTSTRAPPING, LOGGING_IN, READY));
      await().until(() -> !recorder.of(LoginStatusChanged.class).isEmpty());
      assertThat(recorder.of(LoginStatusChanged.class).get(0).connected()).isTrue();
    }
  }

  @Test
  void closeLogsOutAndEndsClosed() throws InterruptedException {
    Session session = new Session(Harness.options(emulator).build());
    Harness.Recorder recorder = Harness.Recorder.on(session);
    session.connect().join();

    session.close();
    session.close(); // idempotent

    assertThat(session.state()).isEqualTo(CLOSED);
    assertThat(Harness.takeUntil(emulator, r -> r.command() == CommandId.LOGOUT.id())).isPresent();
    assertThat(recorder.of(StateChanged.class))
        .extracting(StateChanged::to)
        .endsWith(READY, CLOSING, CLOSED);
    assertThatThrownBy(
            () -> session.request(Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT)).join())
        .hasCauseInstanceOf(SessionClosedException.class);
    await().until(() -> emulator.openConnections() == 0);
  }

  @Test
  void closeDrainsRequestsInFlight() {
    emulator.faults().delay(CommandId.GET_ACCOUNT.id(), Duration.ofMillis(400), 1);
    Session session = new Session(Harness.options(emulator).build());
    session.connect().join();
    CompletableFuture<Account> slow =
        session.request(Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT));

    session.close();

    assertThat(slow).isCompleted();
    assertThat(slow.join().main().balance()).isEqualTo(10_000.0);
  }

  @Test
  void closeFailsWhatDoesNotDrainInTime() {
    emulator.faults().on(CommandId.GET_ACCOUNT.id(), new Fault.NoReply());
    Session session =
        new Session(Harness.options(emulator).drainTimeout(Duration.ofMillis(200)).build());
    session.connect().join();
    CompletableFuture<Account> stuck =
        session.request(Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT));

    session.close();

    assertThatThrownBy(stuck::join)
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(SessionClosedException.class);
    assertThat(session.state()).isEqualTo(CLOSED);
  }

  @Test
  void wrongPasswordIsAnAuthenticationErrorAndLeavesTheSessionDisconnected() {
    try (Session session =
        new Session(Harness.options(emulator, Harness.LOGIN, "wrong".toCharArray()).build())) {
      assertThatThrownBy(() -> session.connect().join())
          .hasCauseInstanceOf(AuthenticationException.class)
          .cause()
          .satisfies(
              e -> {
                AuthenticationException a = (AuthenticationException) e;
                assertThat(a.reason())
                    .isEqualTo(AuthenticationException.Reason.INVALID_CREDENTIALS);
                assertThat(a.code()).isEqualTo(3);
                assertThat(a.login()).isEqualTo(Harness.LOGIN);
                assertThat(a.getMessage()).contains("28 login").doesNotContain("wrong");
              });
      assertThat(session.state()).isEqualTo(DISCONNECTED);
    }
  }

  @Test
  void accountWithTwoFactorNeedsTheOneTimePassword() {
    try (Session session =
        new Session(Harness.options(emulator, OTP_LOGIN, "otp-pass".toCharArray()).build())) {
      assertThatThrownBy(() -> session.connect().join())
          .cause()
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              a -> assertThat(a.reason()).isEqualTo(AuthenticationException.Reason.OTP_REQUIRED));
    }
  }

  @Test
  void wrongOneTimePasswordIsRefused() {
    SessionOptions options =
        optionsWithOtp(
            login ->
                "000000".equals(currentOtp()) ? "111111".toCharArray() : "000000".toCharArray());
    try (Session session = new Session(options)) {
      assertThatThrownBy(() -> session.connect().join())
          .cause()
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              a -> assertThat(a.reason()).isEqualTo(AuthenticationException.Reason.INVALID_OTP));
    }
  }

  @Test
  void rightOneTimePasswordLogsIn() {
    try (Session session = new Session(optionsWithOtp(login -> currentOtp().toCharArray()))) {
      session.connect().join();
      assertThat(session.state()).isEqualTo(READY);
    }
  }

  @Test
  void aFailedConnectCanBeRetried() {
    URI nowhere = URI.create("ws://127.0.0.1:1/terminal");
    SessionOptions options =
        SessionOptions.builder(
                io.github.jmt5.client.transport.ConnectionOptions.builder(nowhere).build(),
                LoginOptions.of(Credentials.of(Harness.LOGIN, Harness.PASSWORD)))
            .build();
    try (Session session = new Session(options)) {
      assertThatThrownBy(() -> session.connect().join())
          .hasCauseInstanceOf(ConnectionException.class)
          .hasMessageContaining("cannot open ws://127.0.0.1:1/terminal");
      assertThat(session.state()).isEqualTo(DISCONNECTED);
      assertThatThrownBy(() -> session.connect().join())
          .hasCauseInstanceOf(ConnectionException.class);
    }
  }

  @Test
  void connectTwiceIsRefused() {
    try (Session session = new Session(Harness.options(emulator).build())) {
      session.connect().join();
      assertThatThrownBy(() -> session.connect().join())
          .hasCauseInstanceOf(IllegalStateException.class)
          .hasMessageContaining("READY");
    }
  }

  @Test
  void theLoginCarriesThePasswordAndTheSessionIdOfThePreviousLogin() throws InterruptedException {
    try (Session session = new Session(Harness.options(emulator).build())) {
      session.connect().join();
      RecordedRequest login =
          Harness.takeUntil(emulator, r -> r.command() == CommandId.LOGIN.id()).orElseThrow();
      assertThat(login.decoded().toString()).doesNotContain(new String(Harness.PASSWORD));
      emulator.dropConnections();
      await().until(() -> session.state() == READY && session.sinceLastPing().toMillis() < 1000);
      RecordedRequest again =
          Harness.takeUntil(emulator, r -> r.command() == CommandId.LOGIN.id()).orElseThrow();
      var first = (io.github.jmt5.protocol.message.session.LoginRequest) login.decoded();
      var second = (io.github.jmt5.protocol.message.session.LoginRequest) again.decoded();
      assertThat(first.session()).isZero();
      assertThat(second.session()).isNotZero();
    }
  }

  @Test
  void statesAreReportedInOrderAcrossTheWholeLife() {
    Session session = new Session(Harness.options(emulator).build());
    Harness.Recorder recorder = Harness.Recorder.on(session);
    session.connect().join();
    emulator.dropConnections();
    await().until(() -> recorder.of(io.github.jmt5.client.event.Resubscribed.class).size() == 1);
    session.close();
    List<ConnectionState> states =
        recorder.of(StateChanged.class).stream().map(StateChanged::to).toList();
    assertThat(states)
        .containsExactly(
            CONNECTING,
            BOOTSTRAPPING,
            LOGGING_IN,
            READY,
            ConnectionState.RECONNECTING,
            CONNECTING,
            BOOTSTRAPPING,
            LOGGING_IN,
            READY,
            CLOSING,
            CLOSED);
  }

  private SessionOptions optionsWithOtp(OtpSupplier otp) {
    return SessionOptions.builder(
            io.github.jmt5.client.transport.ConnectionOptions.builder(emulator.uri()).build(),
            LoginOptions.of(Credentials.of(OTP_LOGIN, "otp-pass".toCharArray())).withOtp(otp))
        .build();
  }

  private static String currentOtp() {
    return Totp.code(OTP_SECRET, Harness.emulatorMillis() / 1000);
  }
}
