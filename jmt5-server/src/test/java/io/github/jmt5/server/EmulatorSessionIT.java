package io.github.jmt5.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.frame.InnerResponse;
import io.github.jmt5.protocol.message.session.ChangePasswordRequest;
import io.github.jmt5.protocol.message.session.LoginRequest;
import io.github.jmt5.protocol.message.session.LoginResponse;
import io.github.jmt5.protocol.wire.WireWriter;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.account.Totp;
import io.github.jmt5.server.fault.Fault;
import io.github.jmt5.server.script.RecordedRequest;
import io.github.jmt5.server.script.ScriptedReply;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sessions against a real emulator over loopback: bootstrap, login, heartbeat, logout and their
 * faults.
 */
class EmulatorSessionIT {
  private static final String SECRET = "JBSWY3DPEHPK3PXP";
  private Mt5Emulator emulator;

  @BeforeEach
  void start() {
    emulator =
        Mt5Emulator.builder()
            .account(AccountConfig.of(50001, "secret", 10_000))
            .account(AccountConfig.of(50002, "two-factor", 5_000).withOtpSecret(SECRET))
            .start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void loginPingLogout() {
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      InnerResponse login = t.login(50001, "secret", "");
      assertThat(login.command()).isEqualTo(28);
      assertThat(login.code()).isZero();
      LoginResponse resp = Codecs.LOGIN_RESPONSE.decode(login.body().toArray(), 28);
      assertThat(resp.passwordBlob().isZero()).isFalse();
      assertThat(resp.session()).isPositive();
      InnerResponse status = t.next();
      assertThat(status.command()).isEqualTo(15);
      assertThat(Codecs.LOGIN_STATUS.decode(status.body().toArray(), 15).tradeServerConnected())
          .isTrue();
      assertThat(t.request(51, TestTerminal.empty()).code()).isZero();
      InnerResponse logout = t.request(2, TestTerminal.empty());
      assertThat(logout.command()).isEqualTo(2);
      assertThat(logout.code()).isZero();
    }
  }

  @Test
  void wrongPasswordAndUnknownAccountGetCode3() {
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      assertThat(t.login(50001, "nope", "").code()).isEqualTo(3);
      assertThat(t.login(99999, "secret", "").code()).isEqualTo(3);
    }
  }

  @Test
  void twoFactorAccountsNeedAValidOneTimePassword() {
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      assertThat(t.login(50002, "two-factor", "").code()).isEqualTo(5);
      assertThat(t.login(50002, "two-factor", "000000").code()).isIn(201, 0);
      String code = Totp.code(SECRET, System.currentTimeMillis() / 1000);
      assertThat(t.login(50002, "two-factor", code).code()).isZero();
    }
  }

  @Test
  void savedCredentialLogsInWithoutThePassword() {
    String saved;
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      saved = TestTerminal.blobOf(t.login(50001, "secret", "")).hex();
    }
    assertThat(saved).hasSize(320);
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      assertThat(t.login(50001, saved, "").code()).isZero();
    }
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      assertThat(t.login(50001, "ab".repeat(160), "").code()).isEqualTo(3);
    }
  }

  @Test
  void changePasswordChecksTheOldOne() {
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      t.login(50001, "secret", "");
      t.next(); // cmd 15
      InnerResponse wrong = t.request(24, change("wrong", "fresh-one"));
      assertThat(Codecs.CHANGE_PASSWORD_REPLY.decode(wrong.body().toArray(), 24).result())
          .isEqualTo(2005);
      InnerResponse ok = t.request(24, change("secret", "fresh-one"));
      assertThat(Codecs.CHANGE_PASSWORD_REPLY.decode(ok.body().toArray(), 24).changed()).isTrue();
    }
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      assertThat(t.login(50001, "fresh-one", "").code()).isZero();
    }
  }

  private static byte[] change(String oldPassword, String newPassword) {
    WireWriter w = new WireWriter();
    new ChangePasswordRequest(0, newPassword, oldPassword).write(w);
    return w.toByteArray();
  }

  @Test
  void requestsBeforeLoginFailAndUnknownCommandsGetNoReply() throws InterruptedException {
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      assertThat(t.request(3, TestTerminal.empty()).code()).isEqualTo(1);
      t.send(21, TestTerminal.empty());
      assertThat(t.silentFor(Duration.ofMillis(300))).isTrue();
      assertThat(t.request(51, TestTerminal.empty()).command()).isEqualTo(51);
    }
  }

  @Test
  void command52AnswersOnAFreshSocketAndDropsALoggedInOne() {
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      assertThat(t.request(52, TestTerminal.empty()).code()).isZero();
      t.login(50001, "secret", "");
      t.next();
      t.send(52, TestTerminal.empty());
      assertThat(t.awaitServerClose()).isTrue();
    }
  }

  @Test
  void aFrameThatDoesNotDecryptClosesTheSocket() {
    try (TestTerminal t = TestTerminal.connect(emulator.uri())) {
      t.sendRaw(
          new byte[] {
            16, 0, 0, 0, 1, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16
          });
      assertThat(t.awaitServerClose()).isTrue();
    }
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      assertThat(t.request(51, TestTerminal.empty()).code()).as("others are still served").isZero();
    }
  }

  @Test
  void faultsCloseFailDelayCorruptAndWithhold() throws InterruptedException {
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      emulator.faults().replyCode(51, 9);
      assertThat(t.request(51, TestTerminal.empty()).code()).isEqualTo(9);

      emulator.faults().on(51, new Fault.NoReply());
      t.send(51, TestTerminal.empty());
      assertThat(t.silentFor(Duration.ofMillis(300))).isTrue();

      emulator.faults().delay(51, Duration.ofMillis(300), 1);
      t.send(51, TestTerminal.empty());
      t.send(3, TestTerminal.empty());
      assertThat(t.next().command()).as("a delayed reply holds back later ones").isEqualTo(51);
      assertThat(t.next().command()).isEqualTo(3);

      emulator.faults().on(51, new Fault.CorruptReply());
      t.send(51, TestTerminal.empty());
      assertUnreadable(t);

      emulator.faults().on(51, new Fault.WrongKey());
      t.send(51, TestTerminal.empty());
      assertUnreadable(t);

      emulator.faults().closeOn(51);
      t.send(51, TestTerminal.empty());
      assertThat(t.awaitServerClose()).isTrue();
    }
    assertThat(emulator.faults().pending()).isZero();
  }

  /**
   * A damaged frame or one under a wrong key fails its padding check almost always; about once in
   * 256 it decrypts to garbage instead. Either way the client must not see a valid ping reply.
   */
  private static void assertUnreadable(TestTerminal t) {
    InnerResponse garbled;
    try {
      garbled = t.next();
    } catch (ProtocolException expected) {
      return;
    }
    boolean validPong =
        garbled.command() == 51 && garbled.code() == 0 && garbled.body().length() == 0;
    assertThat(validPong).as("a damaged frame decrypted to a valid reply").isFalse();
  }

  @Test
  void aServerThatStopsReadingAnswersNothingMore() throws InterruptedException {
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      emulator.faults().on(51, new Fault.StopReading());
      assertThat(t.request(51, TestTerminal.empty()).code())
          .as("the reply still goes out")
          .isZero();
      t.send(51, TestTerminal.empty());
      assertThat(t.silentFor(Duration.ofMillis(500))).isTrue();
    }
    try (TestTerminal other = TestTerminal.bootstrapped(emulator.uri())) {
      assertThat(other.request(51, TestTerminal.empty()).code())
          .as("other sockets are served")
          .isZero();
    }
  }

  @Test
  void oversizedMessagesCloseTheSocketAndIdleSocketsAreClosed() {
    // the idle timer is off while the oversized message is tested: on a loaded machine a bootstrap
    // can take longer than a short idle timeout
    try (Mt5Emulator small =
            Mt5Emulator.builder().maxMessageBytes(4096).idleTimeout(Duration.ZERO).start();
        TestTerminal big = TestTerminal.bootstrapped(small.uri())) {
      // the server may close while the message is still being written: the send then fails
      Throwable sending = catchThrowable(() -> big.send(51, new byte[64 * 1024]));
      if (sending != null) {
        assertThat(sending).hasRootCauseInstanceOf(java.io.IOException.class);
      }
      assertThat(big.awaitServerClose()).as("oversized message").isTrue();
      try (TestTerminal fresh = TestTerminal.bootstrapped(small.uri())) {
        assertThat(fresh.request(51, TestTerminal.empty()).code()).isZero();
      }
    }
    try (Mt5Emulator impatient = Mt5Emulator.builder().idleTimeout(Duration.ofMillis(500)).start();
        TestTerminal idle = TestTerminal.connect(impatient.uri())) {
      assertThat(idle.awaitServerClose()).as("idle socket").isTrue();
    }
  }

  @Test
  void closeAtAGivenFrameOfTheSocket() {
    emulator.faults().atFrame(2, new Fault.Close(true));
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      t.send(51, TestTerminal.empty());
      assertThat(t.awaitServerClose()).isTrue();
    }
  }

  @Test
  void scriptedRepliesAndRecordedRequests() throws InterruptedException {
    emulator.enqueue(ScriptedReply.error(51, 7));
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      assertThat(t.request(51, TestTerminal.empty()).code()).isEqualTo(7);
      assertThat(t.request(51, TestTerminal.empty()).code()).isZero();
      t.login(50001, "secret", "");
    }
    RecordedRequest boot = emulator.takeRequest(TestTerminal.WAIT).orElseThrow();
    assertThat(boot.command()).isZero();
    assertThat(boot.sequence()).isEqualTo(1);
    assertThat(emulator.takeRequest(TestTerminal.WAIT)).isPresent();
    assertThat(emulator.takeRequest(TestTerminal.WAIT)).isPresent();
    RecordedRequest login = emulator.takeRequest(TestTerminal.WAIT).orElseThrow();
    assertThat(login.commandName()).isEqualTo("28 login");
    LoginRequest decoded = (LoginRequest) login.decoded();
    assertThat(decoded.login()).isEqualTo(50001);
    assertThat(decoded.toString()).doesNotContain("secret").contains("password=***");
  }

  @Test
  void dropAndRestartKeepServingOnTheSamePort() {
    int port = emulator.port();
    TestTerminal first = TestTerminal.bootstrapped(emulator.uri());
    emulator.dropConnections();
    assertThat(first.awaitServerClose()).isTrue();
    first.close();
    emulator.restart();
    assertThat(emulator.port()).isEqualTo(port);
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      assertThat(t.login(50001, "secret", "").code()).isZero();
    }
  }

  @Test
  void connectionsBeyondTheLimitAreTurnedAway() {
    try (Mt5Emulator small = Mt5Emulator.builder().maxConnections(1).start();
        TestTerminal first = TestTerminal.bootstrapped(small.uri())) {
      assertThatThrownBy(() -> TestTerminal.bootstrapped(small.uri())).isNotNull();
      assertThat(first.request(51, TestTerminal.empty()).code()).isZero();
    }
  }
}
