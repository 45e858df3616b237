package io.github.jmt5.server.internal.session;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.enums.ServerResultCode;
import io.github.jmt5.protocol.message.onboarding.OpenAccountResponse;
import io.github.jmt5.protocol.message.onboarding.OpenRealAccountRequest;
import io.github.jmt5.protocol.message.onboarding.OpeningForm;
import io.github.jmt5.protocol.message.onboarding.OpeningVerificationRequest;
import io.github.jmt5.protocol.message.onboarding.VerificationResponse;
import io.github.jmt5.protocol.message.session.OtpSetupRequest;
import io.github.jmt5.protocol.message.session.TraderParams;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.account.Totp;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The commands of onboarding and configuration sockets, which never log in: verification (27, 40),
 * account opening (30 demo, 39 real), trader parameters (41) and two-factor setup (43). Opened
 * accounts are added to the emulator at once and can log in.
 */
final class OnboardingHandlers {
  /** Verification code the emulator "sends" by e-mail and SMS. */
  static final int VERIFICATION_CODE = 123456;

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

  private final SessionContext context;
  private final SecureRandom random = new SecureRandom();

  OnboardingHandlers(SessionContext context) {
    this.context = context;
  }

  /** cmd 27: verification is required by e-mail and by phone. */
  Reply requestVerification(byte[] payload) {
    OpeningVerificationRequest.read(WireReader.of(payload, CommandId.OPENING_VERIFICATION.id()), 0);
    return Reply.ok(
        CommandId.OPENING_VERIFICATION,
        Codecs.VERIFICATION_RESPONSE.encode(new VerificationResponse(1, 1)));
  }

  /** cmd 40: each flag is 1 when its code is right. */
  Reply submitCodes(byte[] payload) {
    OpeningForm form =
        OpeningForm.read(WireReader.of(payload, CommandId.SUBMIT_VERIFICATION_CODES.id()), 0);
    VerificationResponse r =
        new VerificationResponse(
            form.emailConfirmCode() == VERIFICATION_CODE ? 1 : 0,
            form.phoneConfirmCode() == VERIFICATION_CODE ? 1 : 0);
    return Reply.ok(CommandId.SUBMIT_VERIFICATION_CODES, Codecs.VERIFICATION_RESPONSE.encode(r));
  }

  /** cmd 30 and cmd 39: a new account from the form, or code 1031 when the codes are wrong. */
  Reply open(int command, byte[] payload) {
    OpeningForm form =
        command == CommandId.OPEN_REAL_ACCOUNT.id()
            ? OpenRealAccountRequest.decode(
                    WireReader.of(payload, CommandId.OPEN_REAL_ACCOUNT.id()))
                .form()
            : OpeningForm.read(WireReader.of(payload, CommandId.OPEN_DEMO_ACCOUNT.id()), 0);
    if (form.emailConfirmCode() != VERIFICATION_CODE
        && form.phoneConfirmCode() != VERIFICATION_CODE) {
      return Reply.ok(
          command,
          Codecs.OPEN_ACCOUNT_RESPONSE.encode(
              new OpenAccountResponse(
                  ServerResultCode.INVALID_VERIFICATION_CODE.value(), 0, "", "")));
    }
    long login = context.accounts().allocateLogin();
    String password = randomPassword();
    String investor = randomPassword();
    double deposit = form.deposit() > 0 ? form.deposit() : 100_000;
    int leverage = form.leverage() > 0 ? form.leverage() : 100;
    String name = form.fullName().isBlank() ? "Trader " + login : form.fullName().strip();
    context
        .accounts()
        .add(
            new AccountConfig(
                login, password.toCharArray(), name, deposit, "USD", true, leverage, null));
    return Reply.ok(
        command,
        Codecs.OPEN_ACCOUNT_RESPONSE.encode(
            new OpenAccountResponse(ServerResultCode.SUCCESS.value(), login, password, investor)));
  }

  /** cmd 41: two short strings whose meaning is not documented; currency and leverage here. */
  Reply traderParams() {
    return Reply.ok(
        CommandId.TRADER_PARAMS, Codecs.TRADER_PARAMS.encode(new TraderParams("USD", "100")));
  }

  /**
   * cmd 43: enables two-factor login when the secret and a code computed from it are sent, disables
   * it when the current code is sent. Code 3 for wrong credentials, 201 for a wrong code.
   */
  Reply otpSetup(byte[] payload) {
    OtpSetupRequest req = OtpSetupRequest.read(WireReader.of(payload, CommandId.OTP_SETUP.id()), 0);
    Optional<AccountConfig> account = context.accounts().find(req.login());
    boolean passwordOk =
        account.isPresent()
            && (payload.length > OtpSetupRequest.SIZE
                ? context
                    .accounts()
                    .blobMatches(
                        req.login(),
                        Bytes.of(
                            payload, OtpSetupRequest.SIZE, payload.length - OtpSetupRequest.SIZE))
                : account.get().passwordMatches(req.password()));
    if (!passwordOk) {
      return Reply.error(CommandId.OTP_SETUP, ServerResultCode.INVALID_ACCOUNT);
    }
    long now = context.clock().getAsLong() / 1000;
    AccountConfig a = account.get();
    if (!req.otpSecret().isEmpty()) {
      if (!Totp.verify(req.otpSecret(), req.otpSecretCheck(), now)) {
        return Reply.error(CommandId.OTP_SETUP, ServerResultCode.INVALID_OTP);
      }
      context.accounts().add(a.withOtpSecret(req.otpSecret()));
      return Reply.empty(CommandId.OTP_SETUP);
    }
    if (a.otpSecret() == null || !Totp.verify(a.otpSecret(), req.otp(), now)) {
      return Reply.error(CommandId.OTP_SETUP, ServerResultCode.INVALID_OTP);
    }
    context
        .accounts()
        .add(
            new AccountConfig(
                a.login(),
                a.password(),
                a.name(),
                a.balance(),
                a.currency(),
                a.hedging(),
                a.leverage(),
                null));
    return Reply.empty(CommandId.OTP_SETUP);
  }

  private String randomPassword() {
    StringBuilder sb = new StringBuilder(12);
    for (int i = 0; i < 12; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
