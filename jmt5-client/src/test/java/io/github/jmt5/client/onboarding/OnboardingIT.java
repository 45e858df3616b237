package io.github.jmt5.client.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.client.error.AuthenticationException;
import io.github.jmt5.client.error.ServerErrorException;
import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.session.Credentials;
import io.github.jmt5.client.session.HarnessAccess;
import io.github.jmt5.client.session.LoginOptions;
import io.github.jmt5.client.session.Session;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.protocol.crypto.ClientId;
import io.github.jmt5.protocol.message.onboarding.Document;
import io.github.jmt5.protocol.message.onboarding.OpenRealAccountRequest;
import io.github.jmt5.protocol.message.onboarding.OpeningForm;
import io.github.jmt5.protocol.message.onboarding.RealAccountDetails;
import io.github.jmt5.protocol.message.session.OtpSetupRequest;
import io.github.jmt5.protocol.message.session.TraderParams;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.account.Totp;
import io.github.jmt5.server.script.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The onboarding flows against the emulator over loopback. */
class OnboardingIT {
  /** The code the emulator accepts for e-mail and SMS verification. */
  private static final int CODE = 123456;

  private static final long OTP_LOGIN = 50_011;
  private static final String OTP_PASSWORD = "otp-pass-1";
  private static final String SECRET = "JBSWY3DPEHPK3PXP";
  private static final Bytes CID = ClientId.fromJoined("onboarding-it");

  private Mt5Emulator emulator;
  private Onboarding onboarding;

  @BeforeEach
  void start() {
    emulator = HarnessAccess.emulator(AccountConfig.of(OTP_LOGIN, OTP_PASSWORD, 1_000));
    onboarding =
        new Onboarding(
            OnboardingOptions.builder(ConnectionOptions.builder(emulator.uri()).build())
                .clientId(CID)
                .requestTimeout(Duration.ofSeconds(10))
                .build());
  }

  @AfterEach
  void stop() {
    onboarding.close();
    emulator.close();
  }

  @Test
  void traderParamsComeBackOnASocketThatNeverLogsIn() throws Exception {
    TraderParams params = onboarding.traderParams().join();

    assertThat(params.param1()).isEqualTo("USD");
    assertThat(params.param2()).isEqualTo("100");
    List<RecordedRequest> sent = drain();
    assertThat(commands(sent)).containsExactly(0, 29, 41);
    assertThat(sent.get(1).decoded().toString()).contains("cid=" + CID);
  }

  @Test
  void verificationIsRequestedAfterInit() throws Exception {
    Verification v = onboarding.requestVerification(form()).join();

    assertThat(v.email()).isTrue();
    assertThat(v.phone()).isTrue();
    assertThat(v.anyRequired()).isTrue();
    assertThat(commands(drain())).containsExactly(0, 29, 27);
  }

  @Test
  void aDemoAccountOpenedThroughTheFlowCanLogIn() throws Exception {
    NewAccount account = onboarding.openDemoAccount(form(), CODE, CODE).join();

    assertThat(account.login()).isPositive();
    assertThat(account.password()).isNotEmpty();
    assertThat(account.investorPassword()).isNotEmpty();
    assertThat(account.toString())
        .contains(Long.toString(account.login()))
        .doesNotContain(new String(account.password()))
        .doesNotContain(new String(account.investorPassword()));
    List<RecordedRequest> onboardingSocket = drain();
    assertThat(commands(onboardingSocket)).containsExactly(0, 29, 27, 40, 30);
    assertThat(onboardingSocket.stream().map(RecordedRequest::connection).distinct()).hasSize(1);

    try (Session session =
        new Session(
            SessionOptions.builder(
                    ConnectionOptions.builder(emulator.uri()).build(),
                    LoginOptions.of(Credentials.of(account.login(), account.password())))
                .build())) {
      session.connect().join();
      assertThat(session.state()).isEqualTo(ConnectionState.READY);
    }
    assertThat(emulator.accounts().find(account.login()).orElseThrow().balance()).isEqualTo(25_000);
    account.clear();
    assertThat(account.password()).containsOnly('\0');
  }

  @Test
  void wrongVerificationCodesFailWithTheServersCode() throws Exception {
    assertThatThrownBy(() -> onboarding.openDemoAccount(form(), 111, 222).join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            AccountOpeningException.class,
            e -> {
              assertThat(e.code()).isEqualTo(1031);
              assertThat(e.command()).isEqualTo(30);
              assertThat(e.getMessage()).contains("1031").contains("invalid verification code");
            });
    assertThat(commands(drain())).containsExactly(0, 29, 27, 40, 30);
  }

  @Test
  void aRealAccountApplicationCarriesTheDetailsAndDocumentsIntact() throws Exception {
    byte[] front = new byte[70_000];
    new java.util.Random(39).nextBytes(front);
    byte[] back = {1, 2, 3};
    List<Document> documents =
        List.of(
            new Document(
                1, 2, "passport.jpg", Bytes.of(front), "passport-back.jpg", Bytes.of(back)),
            new Document(1, 5, "bill.pdf", Bytes.of(new byte[] {9}), "", Bytes.empty()));

    NewAccount account =
        onboarding.openRealAccount(form(), details(), documents, CODE, CODE).join();

    assertThat(emulator.accounts().find(account.login())).isPresent();
    List<RecordedRequest> sent = drain();
    assertThat(commands(sent)).containsExactly(0, 29, 27, 40, 39);
    OpenRealAccountRequest application = (OpenRealAccountRequest) sent.get(4).decoded();
    assertThat(application.details()).isEqualTo(details());
    assertThat(application.documents()).isEqualTo(documents);
    assertThat(application.form().emailConfirmCode()).isEqualTo(CODE);
    assertThat(application.form().email()).isEqualTo(form().email());
  }

  @Test
  void aRefusedRealAccountApplicationNamesCommand39() throws Exception {
    assertThatThrownBy(() -> onboarding.openRealAccount(form(), details(), List.of(), 1, 2).join())
        .cause()
        .isInstanceOfSatisfying(
            AccountOpeningException.class,
            e -> {
              assertThat(e.command()).isEqualTo(39);
              assertThat(e.code()).isEqualTo(1031);
            });
    assertThat(commands(drain())).containsExactly(0, 29, 27, 40, 39);
  }

  @Test
  void anOversizedApplicationIsRefusedBeforeAnySocketOpens() throws Exception {
    Bytes scan = Bytes.zeros(AccountOpening.MAX_APPLICATION_BYTES);
    List<Document> documents = List.of(new Document(1, 2, "huge.png", scan, "", Bytes.empty()));

    assertThatThrownBy(() -> onboarding.openRealAccount(form(), details(), documents, CODE, CODE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("smaller scans");
    assertThat(drain()).isEmpty();
  }

  @Test
  void anOpeningKeepsItsSocketBetweenTheVerificationRequestAndTheCodes() throws Exception {
    try (AccountOpening opening = onboarding.beginOpening(form()).join()) {
      assertThat(opening.verification().anyRequired()).isTrue();

      Verification wrong = opening.submitCodes(1, CODE).join();
      assertThat(wrong).isEqualTo(new Verification(false, true));
      NewAccount account = opening.openDemoAccount(CODE, CODE).join();
      assertThat(emulator.accounts().find(account.login())).isPresent();
    }
    List<RecordedRequest> sent = drain();
    assertThat(commands(sent)).containsExactly(0, 29, 27, 40, 40, 30);
    assertThat(sent.stream().map(RecordedRequest::connection).distinct()).hasSize(1);
  }

  @Test
  void enablingOtpMakesTheNextLoginRequireIt() throws Exception {
    char[] password = OTP_PASSWORD.toCharArray();
    onboarding.enableOtp(OTP_LOGIN, password, SECRET, totp()).join();

    List<RecordedRequest> sent = drain();
    assertThat(commands(sent)).containsExactly(0, 43);
    assertThat(sent.get(1).sequence()).isEqualTo(2);
    OtpSetupRequest setup = (OtpSetupRequest) sent.get(1).decoded();
    assertThat(setup.login()).isEqualTo(OTP_LOGIN);
    assertThat(setup.otpSecret()).isEqualTo(SECRET);
    assertThat(setup.cid()).isEqualTo(CID);

    try (Session noOtp =
        new Session(HarnessAccess.options(emulator, OTP_LOGIN, password).build())) {
      assertThatThrownBy(() -> noOtp.connect().join())
          .cause()
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> assertThat(e.reason()).isEqualTo(AuthenticationException.Reason.OTP_REQUIRED));
    }
    try (Session withOtp =
        new Session(
            SessionOptions.builder(
                    ConnectionOptions.builder(emulator.uri()).build(),
                    LoginOptions.of(Credentials.of(OTP_LOGIN, password)).withOtp(login -> totp()))
                .build())) {
      withOtp.connect().join();
      assertThat(withOtp.state()).isEqualTo(ConnectionState.READY);
    }

    onboarding.disableOtp(OTP_LOGIN, password, totp()).join();
    try (Session again =
        new Session(HarnessAccess.options(emulator, OTP_LOGIN, password).build())) {
      again.connect().join();
      assertThat(again.state()).isEqualTo(ConnectionState.READY);
    }
  }

  @Test
  void otpSetupFailuresCarryTheFrameCode() {
    char[] wrongCode =
        (Totp.code(SECRET, nowSeconds()).equals("000000") ? "111111" : "000000").toCharArray();
    assertThatThrownBy(
            () ->
                onboarding
                    .enableOtp(OTP_LOGIN, OTP_PASSWORD.toCharArray(), SECRET, wrongCode)
                    .join())
        .cause()
        .isInstanceOfSatisfying(
            ServerErrorException.class,
            e -> {
              assertThat(e.command()).isEqualTo(43);
              assertThat(e.code()).isEqualTo(201);
            });
    assertThatThrownBy(
            () -> onboarding.enableOtp(OTP_LOGIN, "wrong".toCharArray(), SECRET, totp()).join())
        .cause()
        .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.code()).isEqualTo(3));
    assertThatThrownBy(
            () -> onboarding.disableOtp(OTP_LOGIN, OTP_PASSWORD.toCharArray(), totp()).join())
        .cause()
        .isInstanceOfSatisfying(
            ServerErrorException.class, e -> assertThat(e.code()).isEqualTo(201));
  }

  @Test
  void theCallersPasswordArrayMayBeClearedAtOnce() {
    char[] password = OTP_PASSWORD.toCharArray();
    char[] code = totp();
    var enabled = onboarding.enableOtp(OTP_LOGIN, password, SECRET, code);
    java.util.Arrays.fill(password, '\0');
    java.util.Arrays.fill(code, '\0');

    enabled.join();
    assertThat(emulator.accounts().find(OTP_LOGIN).orElseThrow().otpSecret()).isEqualTo(SECRET);
  }

  // ---------------------------------------------------------------- helpers

  private static RealAccountDetails details() {
    return new RealAccountDetails(
        "Ada",
        "Lovelace",
        "King",
        -4_772_908_800_000L, // 1818-12-10, before the Unix epoch on purpose
        2,
        "en",
        "GB",
        "TX-1815",
        1,
        7,
        3,
        2,
        120_000,
        500_000,
        20_000,
        5,
        3,
        0,
        4,
        Bytes.zeros(512));
  }

  private static long nowSeconds() {
    return HarnessAccess.emulatorMillis() / 1000;
  }

  private static char[] totp() {
    return Totp.code(SECRET, nowSeconds()).toCharArray();
  }

  /** Every request the emulator recorded so far (all sockets of the flow are closed by then). */
  private List<RecordedRequest> drain() throws InterruptedException {
    List<RecordedRequest> out = new ArrayList<>();
    while (true) {
      Optional<RecordedRequest> r = emulator.takeRequest(Duration.ofMillis(300));
      if (r.isEmpty()) {
        return out;
      }
      out.add(r.get());
    }
  }

  private static List<Integer> commands(List<RecordedRequest> requests) {
    return requests.stream().map(RecordedRequest::command).collect(Collectors.toList());
  }

  static OpeningForm form() {
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
        0,
        0,
        "Jane",
        "Doe",
        1);
  }
}
