package io.github.jmt5.client.onboarding;

import io.github.jmt5.client.internal.Futures;
import io.github.jmt5.client.transport.JdkTransport;
import io.github.jmt5.client.transport.Transport;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.message.onboarding.Document;
import io.github.jmt5.protocol.message.onboarding.OpeningForm;
import io.github.jmt5.protocol.message.onboarding.OpeningVerificationRequest;
import io.github.jmt5.protocol.message.onboarding.RealAccountDetails;
import io.github.jmt5.protocol.message.session.OtpSetupPayload;
import io.github.jmt5.protocol.message.session.TraderParams;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The web terminal's onboarding and configuration flows (PROTOCOL.md 5.8). Each call opens a socket
 * of its own, bootstraps it, runs its commands one at a time and closes it, as the web terminal
 * does; none ever logs in. No method blocks: each returns a future completed on a transport thread
 * (continuations must not block either).
 *
 * <ul>
 *   <li>{@link #traderParams()}: cmd 29, then cmd 41.
 *   <li>{@link #requestVerification(OpeningForm)}: cmd 29, then cmd 27.
 *   <li>{@link #openDemoAccount(OpeningForm, int, int)}: cmd 29, 27, 40 (skipped when no code is
 *       required), 30. {@link #beginOpening(OpeningForm)} keeps the socket open between cmd 27 and
 *       the codes, for servers that send new codes on every cmd 27.
 *   <li>{@link #openRealAccount}: the same flow ending with cmd 39 (form, personal details and
 *       documents).
 *   <li>{@link #enableOtp} and {@link #disableOtp}: cmd 43 right after the bootstrap, no cmd 29.
 * </ul>
 *
 * <p>Failures: {@link io.github.jmt5.client.error.ConnectionException}, {@link
 * io.github.jmt5.client.error.RequestTimeoutException}, {@link
 * io.github.jmt5.client.error.ServerErrorException} (a non-zero frame code, e.g. 3 or 201 on cmd
 * 43), {@link AccountOpeningException} (the u32 code of cmd 30 or 39). Thread-safe; {@link
 * #close()} releases the transport it owns.
 */
public final class Onboarding implements AutoCloseable {
  private final OnboardingOptions options;
  private final Transport transport;
  private final @Nullable JdkTransport ownedTransport;

  /**
   * Onboarding against the endpoint of {@code options}; no socket is opened yet.
   *
   * @param options the endpoint, client id and timeouts
   */
  public Onboarding(OnboardingOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    Transport custom = options.transport();
    if (custom == null) {
      this.ownedTransport = new JdkTransport(options.connection());
      this.transport = ownedTransport;
    } else {
      this.ownedTransport = null;
      this.transport = custom;
    }
  }

  /** {@return the options this onboarding was made with} */
  public OnboardingOptions options() {
    return options;
  }

  /** {@return a new bootstrapped socket on this instance's transport; the caller closes it} */
  public CompletableFuture<ConfigSocket> openSocket() {
    return ConfigSocket.open(options.connection(), transport, options.requestTimeout());
  }

  /**
   * cmd 29 → cmd 41: the server's two trader-parameter strings (meaning undocumented).
   *
   * @return completes with the two strings
   */
  public CompletableFuture<TraderParams> traderParams() {
    return onSocket(
        socket ->
            socket
                .init(options.clientId())
                .thenCompose(v -> socket.request(CommandId.TRADER_PARAMS, Codecs.TRADER_PARAMS)));
  }

  /**
   * cmd 29 → cmd 27: asks which verification codes the server requires for {@code form}; a real
   * server sends them by e-mail or SMS at this point. The socket is closed afterwards.
   *
   * @param form the account-opening form
   * @return completes with which codes are required
   */
  public CompletableFuture<Verification> requestVerification(OpeningForm form) {
    return onSocket(socket -> verify(socket, form).thenApply(AccountOpening::verification));
  }

  /**
   * cmd 29 → cmd 27 on a socket that stays open: submit the codes on the returned {@link
   * AccountOpening}, then close it. The socket is closed here if a step fails.
   *
   * @param form the account-opening form
   * @return completes with the opening, waiting for the codes
   */
  public CompletableFuture<AccountOpening> beginOpening(OpeningForm form) {
    Objects.requireNonNull(form, "form");
    return openSocket()
        .thenCompose(
            socket ->
                verify(socket, form)
                    .whenComplete(
                        (opening, e) -> {
                          if (e != null) {
                            socket.close();
                          }
                        }));
  }

  /**
   * Opens a demo account on one socket: cmd 29 → cmd 27 → cmd 40 with the codes (skipped when the
   * cmd 27 reply requires none) → cmd 30 with the form and the codes.
   *
   * @param form the applicant's data; its code fields are replaced by the codes given here
   * @param emailCode the e-mail verification code, 0 if none
   * @param phoneCode the SMS verification code, 0 if none
   * @return the account; store its passwords, they are not shown again. Fails with {@link
   *     AccountOpeningException} carrying the server's u32 code (1031: invalid verification code)
   */
  public CompletableFuture<NewAccount> openDemoAccount(
      OpeningForm form, int emailCode, int phoneCode) {
    return onSocket(
        socket ->
            verify(socket, form)
                .thenCompose(opening -> opening.openDemoAccount(emailCode, phoneCode)));
  }

  /**
   * Applies for a real account on one socket: cmd 29 → cmd 27 → cmd 40 with the codes (skipped when
   * none is required) → cmd 39 with the form, {@code details} and {@code documents}.
   *
   * @param form the applicant's contact data; its code fields are replaced by the codes given here
   * @param details personal details (names, birth date, tax id, experience…)
   * @param documents identity documents (front and back files), possibly none
   * @param emailCode the e-mail verification code, 0 if none
   * @param phoneCode the SMS verification code, 0 if none
   * @return the account; fails with {@link AccountOpeningException} carrying the server's u32 code
   * @throws IllegalArgumentException if the documents make the application larger than {@link
   *     AccountOpening#MAX_APPLICATION_BYTES}
   */
  public CompletableFuture<NewAccount> openRealAccount(
      OpeningForm form,
      RealAccountDetails details,
      List<Document> documents,
      int emailCode,
      int phoneCode) {
    Objects.requireNonNull(details, "details");
    AccountOpening.checkApplicationSize(documents);
    return onSocket(
        socket ->
            verify(socket, form)
                .thenCompose(
                    opening -> opening.openRealAccount(details, documents, emailCode, phoneCode)));
  }

  /**
   * Enables two-factor login (cmd 43 with the new secret and a code computed from it). From then on
   * the account needs a TOTP code to log in.
   *
   * <p>{@code password} and {@code otpCode} are read before this method returns (the caller may
   * clear them then) and never become {@link String}s; the payload that carries them is zeroed once
   * answered.
   *
   * @param login the account number
   * @param password its master password, or a saved credential (320 hex characters)
   * @param otpSecret the new base32 TOTP secret
   * @param otpCode the current code computed from {@code otpSecret}
   * @return completes when enabled; fails with {@link
   *     io.github.jmt5.client.error.ServerErrorException} code 3 (wrong account or password) or 201
   *     (wrong code)
   */
  public CompletableFuture<Void> enableOtp(
      long login, char[] password, CharSequence otpSecret, char[] otpCode) {
    Objects.requireNonNull(otpSecret, "otpSecret");
    if (otpSecret.length() == 0) {
      throw new IllegalArgumentException("otpSecret must not be empty");
    }
    return otpSetup(login, password, new char[0], otpSecret, otpCode);
  }

  /**
   * Disables two-factor login (cmd 43 with the current code). Same handling of {@code password} and
   * {@code otpCode} as {@link #enableOtp}.
   *
   * @param login the account number
   * @param password its master password, or a saved credential (320 hex characters)
   * @param otpCode the current TOTP code
   * @return completes when disabled; fails with {@link
   *     io.github.jmt5.client.error.ServerErrorException} code 3 or 201
   */
  public CompletableFuture<Void> disableOtp(long login, char[] password, char[] otpCode) {
    return otpSetup(login, password, otpCode, "", new char[0]);
  }

  /** Releases the transport this instance owns; sockets still open are dropped. Idempotent. */
  @Override
  public void close() {
    if (ownedTransport != null) {
      ownedTransport.close();
    }
  }

  @Override
  public String toString() {
    return "Onboarding[" + options + "]";
  }

  // ---------------------------------------------------------------- internals

  private CompletableFuture<Void> otpSetup(
      long login, char[] password, char[] otp, CharSequence secret, char[] secretCheck) {
    if (login <= 0) {
      throw new IllegalArgumentException("login must be a positive account number, was " + login);
    }
    Objects.requireNonNull(password, "password");
    if (password.length == 0) {
      throw new IllegalArgumentException("password must not be empty");
    }
    byte[] payload =
        OtpSetupPayload.encode(
            login,
            CharBuffer.wrap(password),
            CharBuffer.wrap(Objects.requireNonNull(otp, "otpCode")),
            secret,
            CharBuffer.wrap(Objects.requireNonNull(secretCheck, "otpCode")),
            options.clientId());
    return onSocket(socket -> socket.request(CommandId.OTP_SETUP, payload, Codecs.EMPTY))
        .handle(
            (reply, e) -> {
              Arrays.fill(payload, (byte) 0); // the password travels in it
              if (e != null) {
                throw new CompletionException(Futures.unwrap(e));
              }
              return null;
            });
  }

  /** cmd 29 → cmd 27 on {@code socket}. */
  private CompletableFuture<AccountOpening> verify(ConfigSocket socket, OpeningForm form) {
    Objects.requireNonNull(form, "form");
    OpeningForm noCodes = AccountOpening.withCodes(form, 0, 0);
    byte[] payload =
        Codecs.OPENING_VERIFICATION.encode(
            new OpeningVerificationRequest(options.build(), options.clientId(), noCodes));
    return socket
        .init(options.clientId())
        .thenCompose(
            v ->
                socket.request(
                    CommandId.OPENING_VERIFICATION, payload, Codecs.VERIFICATION_RESPONSE))
        .thenApply(r -> new AccountOpening(socket, form, Verification.of(r)));
  }

  /** Opens a socket, runs {@code flow} on it and closes it whatever the outcome. */
  private <T> CompletableFuture<T> onSocket(Function<ConfigSocket, CompletableFuture<T>> flow) {
    return openSocket()
        .thenCompose(
            socket -> {
              CompletableFuture<T> done;
              try {
                done = flow.apply(socket);
              } catch (RuntimeException e) {
                done = CompletableFuture.failedFuture(e);
              }
              return done.whenComplete((r, e) -> socket.close());
            })
        .handle(
            (r, e) -> {
              if (e != null) {
                throw new CompletionException(Futures.unwrap(e));
              }
              return r;
            });
  }
}
