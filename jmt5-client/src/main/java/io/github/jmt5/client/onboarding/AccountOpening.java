package io.github.jmt5.client.onboarding;

import io.github.jmt5.protocol.command.BodyCodec;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.message.onboarding.Document;
import io.github.jmt5.protocol.message.onboarding.OpenAccountCredentials;
import io.github.jmt5.protocol.message.onboarding.OpenRealAccountRequest;
import io.github.jmt5.protocol.message.onboarding.OpeningForm;
import io.github.jmt5.protocol.message.onboarding.RealAccountDetails;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * An account opening in progress on its own socket, after cmd 29 and cmd 27: the server has said
 * which verification codes it requires (and sent them). Keeping this socket until the codes are
 * submitted matters on real servers, where a new cmd 27 would send new codes. Obtained from {@link
 * Onboarding#beginOpening(OpeningForm)}; {@link #close()} closes the socket.
 */
public final class AccountOpening implements AutoCloseable {
  /** Reads cmd 30 / 39 replies with the passwords as {@code char[]}, zeroing the body read. */
  static final BodyCodec<OpenAccountCredentials> OPENED =
      new BodyCodec<>() {
        @Override
        public OpenAccountCredentials decode(byte[] body, int command) {
          try {
            return OpenAccountCredentials.decode(body, command);
          } finally {
            Arrays.fill(body, (byte) 0);
          }
        }

        @Override
        public OpenAccountCredentials decode(WireReader r) {
          return decode(r.bytes(0, r.length(), "open_account_resp").toArray(), r.command());
        }

        @Override
        public void encode(OpenAccountCredentials value, WireWriter w) {
          throw new UnsupportedOperationException("a reply is never encoded by the client");
        }

        @Override
        public Class<OpenAccountCredentials> type() {
          return OpenAccountCredentials.class;
        }
      };

  /**
   * The largest cmd 39 body accepted (16 MiB): the form, the details and every document together
   * travel in one frame.
   */
  public static final int MAX_APPLICATION_BYTES = 16 << 20;

  private final ConfigSocket socket;
  private final OpeningForm form;
  private final Verification verification;

  AccountOpening(ConfigSocket socket, OpeningForm form, Verification verification) {
    this.socket = socket;
    this.form = form;
    this.verification = verification;
  }

  /** {@return which codes the server requires, from its cmd 27 reply} */
  public Verification verification() {
    return verification;
  }

  /**
   * Submits the codes (cmd 40, skipped when {@link #verification()} requires none) and opens the
   * demo account (cmd 30, the form with the codes). The server decides on cmd 30; the cmd 40 answer
   * alone does not stop the flow.
   *
   * @param emailCode the e-mail code, 0 if none
   * @param phoneCode the SMS code, 0 if none
   * @return the new account; fails with {@link AccountOpeningException} carrying the server's u32
   *     code (1031 for wrong codes) when cmd 30 reports one
   */
  public CompletableFuture<NewAccount> openDemoAccount(int emailCode, int phoneCode) {
    byte[] payload = Codecs.OPENING_FORM.encode(withCodes(form, emailCode, phoneCode));
    return open(CommandId.OPEN_DEMO_ACCOUNT, payload, emailCode, phoneCode);
  }

  /**
   * Submits the codes (cmd 40, skipped when {@link #verification()} requires none) and applies for
   * a real account (cmd 39: the form with the codes, the personal details, then each document's
   * header and files). A real broker usually reviews the application before the account can trade;
   * the reply carries the account number and passwords all the same.
   *
   * @param details the applicant's personal details
   * @param documents identity documents to upload, possibly none; their bytes are sent as given
   * @param emailCode the e-mail code, 0 if none
   * @param phoneCode the SMS code, 0 if none
   * @return the new account; fails with {@link AccountOpeningException} (command 39) carrying the
   *     server's u32 code when the server refuses the application
   * @throws IllegalArgumentException if the encoded application exceeds {@link
   *     #MAX_APPLICATION_BYTES}
   */
  public CompletableFuture<NewAccount> openRealAccount(
      RealAccountDetails details, List<Document> documents, int emailCode, int phoneCode) {
    Objects.requireNonNull(details, "details");
    checkApplicationSize(documents);
    byte[] payload =
        Codecs.OPEN_REAL_ACCOUNT.encode(
            new OpenRealAccountRequest(withCodes(form, emailCode, phoneCode), details, documents));
    return open(CommandId.OPEN_REAL_ACCOUNT, payload, emailCode, phoneCode);
  }

  /** Refuses an application whose documents would not fit in {@link #MAX_APPLICATION_BYTES}. */
  static void checkApplicationSize(List<Document> documents) {
    long size = OpeningForm.SIZE + RealAccountDetails.SIZE;
    for (Document d : Objects.requireNonNull(documents, "documents")) {
      size += d.size();
    }
    if (size > MAX_APPLICATION_BYTES) {
      throw new IllegalArgumentException(
          "the application with its documents takes "
              + size
              + " bytes, more than the "
              + MAX_APPLICATION_BYTES
              + " one frame may carry; send smaller scans");
    }
  }

  /** cmd 40 when codes are required, then {@code command} (30 or 39) with {@code payload}. */
  private CompletableFuture<NewAccount> open(
      CommandId command, byte[] payload, int emailCode, int phoneCode) {
    CompletableFuture<Verification> submitted =
        verification.anyRequired()
            ? submitCodes(emailCode, phoneCode)
            : CompletableFuture.completedFuture(verification);
    return submitted
        .thenCompose(accepted -> socket.request(command, payload, OPENED))
        .thenApply(reply -> toNewAccount(command, reply));
  }

  /**
   * Sends cmd 40 alone: the form with the codes. The reply says which codes were accepted.
   *
   * @param emailCode the e-mail code, 0 if none
   * @param phoneCode the SMS code, 0 if none
   * @return completes with which codes the server accepted
   */
  public CompletableFuture<Verification> submitCodes(int emailCode, int phoneCode) {
    byte[] payload = Codecs.OPENING_FORM.encode(withCodes(form, emailCode, phoneCode));
    return socket
        .request(CommandId.SUBMIT_VERIFICATION_CODES, payload, Codecs.VERIFICATION_RESPONSE)
        .thenApply(Verification::of);
  }

  @Override
  public void close() {
    socket.close();
  }

  private static NewAccount toNewAccount(CommandId command, OpenAccountCredentials reply) {
    if (reply.code() != 0) {
      reply.clear();
      throw new AccountOpeningException(command.id(), reply.code());
    }
    return new NewAccount(reply.login(), reply.password(), reply.investorPassword());
  }

  /** The form as sent by cmd 27 (no codes yet), cmd 40 and cmd 30 (with the codes). */
  static OpeningForm withCodes(OpeningForm f, int emailCode, int phoneCode) {
    return new OpeningForm(
        f.fullName(),
        f.group(),
        f.phonePassword(),
        f.country(),
        f.city(),
        f.state(),
        f.zipcode(),
        f.address(),
        f.phone(),
        f.email(),
        f.deposit(),
        f.leverage(),
        f.reserved0(),
        f.reserved1(),
        f.domain(),
        f.utmCampaign(),
        f.utmSource(),
        emailCode,
        phoneCode,
        f.firstName(),
        f.secondName(),
        f.agreements());
  }

  @Override
  public String toString() {
    return "AccountOpening[" + verification + ", " + socket + "]";
  }
}
