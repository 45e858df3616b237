package io.github.jmt5.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.crypto.ClientId;
import io.github.jmt5.protocol.message.onboarding.InitRequest;
import io.github.jmt5.protocol.message.onboarding.OpenAccountResponse;
import io.github.jmt5.protocol.message.onboarding.OpeningForm;
import io.github.jmt5.protocol.message.onboarding.OpeningVerificationRequest;
import io.github.jmt5.protocol.message.session.OtpSetupPayload;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.account.Totp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Onboarding and configuration sockets: open a demo account and log in with it; turn on two-factor
 * login.
 */
class EmulatorOnboardingIT {
  private static final Bytes CID = ClientId.fromJoined("onboarding-test");
  private Mt5Emulator emulator;

  @BeforeEach
  void start() {
    emulator = Mt5Emulator.builder().account(AccountConfig.of(50001, "secret", 10_000)).start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void openADemoAccountAndLogInWithIt() {
    OpenAccountResponse opened;
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      assertThat(t.request(29, Codecs.INIT_REQUEST.encode(init())).code()).isZero();
      var verify =
          Codecs.VERIFICATION_RESPONSE.decode(
              t.request(
                      27,
                      Codecs.OPENING_VERIFICATION.encode(
                          new OpeningVerificationRequest(5687, CID, form(0))))
                  .body()
                  .toArray(),
              27);
      assertThat(verify.email()).isEqualTo(1);
      var submitted =
          Codecs.VERIFICATION_RESPONSE.decode(
              t.request(40, Codecs.OPENING_FORM.encode(form(123456))).body().toArray(), 40);
      assertThat(submitted.email()).isEqualTo(1);
      var rejected =
          Codecs.OPEN_ACCOUNT_RESPONSE.decode(
              t.request(30, Codecs.OPENING_FORM.encode(form(1))).body().toArray(), 30);
      assertThat(rejected.code()).isEqualTo(1031);
      opened =
          Codecs.OPEN_ACCOUNT_RESPONSE.decode(
              t.request(30, Codecs.OPENING_FORM.encode(form(123456))).body().toArray(), 30);
      assertThat(opened.code()).isZero();
      assertThat(opened.login()).isPositive();
      assertThat(opened.toString()).doesNotContain(opened.password());
    }
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      assertThat(t.login(opened.login(), opened.password(), "").code()).isZero();
    }
    assertThat(emulator.accounts().find(opened.login()).orElseThrow().balance()).isEqualTo(25_000);
  }

  @Test
  void traderParamsAndTwoFactorSetup() {
    String secret = "JBSWY3DPEHPK3PXP";
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      assertThat(
              Codecs.TRADER_PARAMS
                  .decode(t.request(41, TestTerminal.empty()).body().toArray(), 41)
                  .param1())
          .isEqualTo("USD");
      String wrong = "000000".equals(Totp.code(secret, now())) ? "111111" : "000000";
      assertThat(
              t.request(43, OtpSetupPayload.encode(50001, "secret", "", secret, wrong, CID)).code())
          .isEqualTo(201);
      assertThat(
              t.request(
                      43,
                      OtpSetupPayload.encode(
                          50001, "nope", "", secret, Totp.code(secret, now()), CID))
                  .code())
          .isEqualTo(3);
      assertThat(
              t.request(
                      43,
                      OtpSetupPayload.encode(
                          50001, "secret", "", secret, Totp.code(secret, now()), CID))
                  .code())
          .isZero();
    }
    try (TestTerminal t = TestTerminal.bootstrapped(emulator.uri())) {
      assertThat(t.login(50001, "secret", "").code()).isEqualTo(5);
      assertThat(t.login(50001, "secret", Totp.code(secret, now())).code()).isZero();
    }
  }

  private static long now() {
    return System.currentTimeMillis() / 1000;
  }

  private static InitRequest init() {
    return new InitRequest(0, "", "", CID, "", "", 0, "", 0, "", 0);
  }

  private static OpeningForm form(int code) {
    return new OpeningForm(
        "Jane Doe",
        "demo\\usd",
        "",
        "Ireland",
        "Dublin",
        "",
        "D01",
        "1 Main St",
        "+353000",
        "jane@example.com",
        25_000,
        100,
        0,
        1,
        "",
        "",
        "",
        code,
        code,
        "Jane",
        "Doe",
        1);
  }
}
