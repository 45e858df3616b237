package io.github.jmt5.protocol.message.session;

import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.Hex;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Arrays;

/**
 * Builds the cmd 43 two-factor setup payload: 476 bytes, plus the 160-byte credential blob when the
 * password is a saved credential. Enabling sends the new secret and a code computed from it;
 * disabling sends the current code.
 */
public final class OtpSetupPayload {
  /** Value of the first field. */
  public static final int MAGIC = 5;

  private OtpSetupPayload() {}

  /**
   * {@return the cmd 43 payload, 476 bytes or 636 with the credential blob}
   *
   * @param login account login
   * @param password the account password, or a saved credential (then the blob is appended)
   * @param otp the current one-time code; empty when enabling
   * @param otpSecret the new base32 secret when enabling; empty when disabling
   * @param otpSecretCheck a code computed from the new secret when enabling; empty when disabling
   * @param cid the 16-byte client id
   */
  public static byte[] encode(
      long login,
      CharSequence password,
      CharSequence otp,
      CharSequence otpSecret,
      CharSequence otpSecretCheck,
      Bytes cid) {
    boolean saved = LoginPayload.isSavedCredential(password);
    WireWriter w = new WireWriter(OtpSetupRequest.SIZE + 160);
    w.u32(MAGIC)
        .u64(login)
        .utf16(saved ? "" : password, 64)
        .utf16(otp, 128)
        .utf16(otpSecret, 128)
        .utf16(otpSecretCheck, 128)
        .bytes(cid, 16);
    if (saved) {
      byte[] blob = Hex.decode(password);
      w.raw(blob);
      Arrays.fill(blob, (byte) 0);
    }
    byte[] out = w.toByteArray();
    Arrays.fill(w.buffer(), (byte) 0);
    return out;
  }
}
