package io.github.jmt5.protocol.message.session;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.message.Redaction;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * The cmd 43 two-factor (TOTP) setup request, without the optional trailing credential blob.
 *
 * <p>Wire record OTP_SETUP_REQ, 476 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param magic always 5
 * @param login account number
 * @param password first 32 chars; empty when a blob follows
 * @param otp current OTP (to disable), first 64 chars
 * @param otpSecret new TOTP secret (to enable), first 64 chars
 * @param otpSecretCheck OTP computed from the new secret (to enable), first 64 chars
 * @param cid client id
 */
public record OtpSetupRequest(
    int magic,
    long login,
    String password,
    String otp,
    String otpSecret,
    String otpSecretCheck,
    Bytes cid) {

  /** Size of the record on the wire. */
  public static final int SIZE = 476;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("OTP_SETUP_REQ")
          .u32("magic")
          .u64("login")
          .utf16("password", 64)
          .utf16("otp", 128)
          .utf16("otp_secret", 128)
          .utf16("otp_secret_check", 128)
          .bytes("cid", 16)
          .build();

  /**
   * Checks that {@code password}, {@code otp}, {@code otpSecret}, {@code otpSecretCheck} and {@code
   * cid} are not null.
   *
   * @param magic always 5
   * @param login account number
   * @param password first 32 chars; empty when a blob follows
   * @param otp current OTP (to disable), first 64 chars
   * @param otpSecret new TOTP secret (to enable), first 64 chars
   * @param otpSecretCheck OTP computed from the new secret (to enable), first 64 chars
   * @param cid client id
   * @throws NullPointerException if any of them is null
   */
  public OtpSetupRequest {
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(otp, "otp");
    Objects.requireNonNull(otpSecret, "otpSecret");
    Objects.requireNonNull(otpSecretCheck, "otpSecretCheck");
    Objects.requireNonNull(cid, "cid");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static OtpSetupRequest read(WireReader r, int off) {
    return new OtpSetupRequest(
        r.u32(off, "magic"),
        r.u64(off + 4, "login"),
        r.utf16(off + 12, 64, "password"),
        r.utf16(off + 76, 128, "otp"),
        r.utf16(off + 204, 128, "otp_secret"),
        r.utf16(off + 332, 128, "otp_secret_check"),
        r.bytes(off + 460, 16, "cid"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(magic);
    w.u64(login);
    w.utf16(password, 64);
    w.utf16(otp, 128);
    w.utf16(otpSecret, 128);
    w.utf16(otpSecretCheck, 128);
    w.bytes(cid, 16);
  }

  /** Secrets are masked: this text may end up in logs. */
  @Override
  public String toString() {
    return "OtpSetupRequest["
        + "magic="
        + magic
        + ", login="
        + login
        + ", password="
        + Redaction.mask(password)
        + ", otp="
        + Redaction.mask(otp)
        + ", otpSecret="
        + Redaction.mask(otpSecret)
        + ", otpSecretCheck="
        + Redaction.mask(otpSecretCheck)
        + ", cid="
        + cid
        + "]";
  }
}
