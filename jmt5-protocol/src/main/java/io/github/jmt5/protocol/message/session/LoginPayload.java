package io.github.jmt5.protocol.message.session;

import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.Hex;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Arrays;

/**
 * Builds the cmd 28 login payload straight from a {@code char[]}-backed password, so the password
 * never becomes a {@link String}. A password of exactly 320 hex characters is a saved credential:
 * it travels as the 160-byte blob with an empty password field, as the web terminal does.
 */
public final class LoginPayload {
  /** Length in hex characters of a saved credential. */
  public static final int SAVED_CREDENTIAL_HEX_LENGTH = 320;

  private static final int BLOB_SIZE = 160;
  private static final int URL_CHARS = 128;

  private LoginPayload() {}

  /**
   * {@return true when {@code password} is a saved credential (320 hex characters)}
   *
   * @param password the password as the user gave it
   */
  public static boolean isSavedCredential(CharSequence password) {
    return password.length() == SAVED_CREDENTIAL_HEX_LENGTH && Hex.isHex(password);
  }

  /**
   * Encodes LOGIN_REQ (912 bytes).
   *
   * @param login account number
   * @param password plain password (first 32 characters are sent) or a saved credential
   * @param otp one-time password, empty if none
   * @param cid 16-byte client id
   * @param session session id from the previous login of this account, 0 the first time
   * @param url host name of an embedding page, normally empty
   * @return the 912-byte payload
   */
  public static byte[] encode(
      long login,
      CharSequence password,
      CharSequence otp,
      Bytes cid,
      long session,
      CharSequence url) {
    boolean saved = isSavedCredential(password);
    int urlLength = Math.min(url.length(), URL_CHARS);
    WireWriter w = new WireWriter(LoginRequest.SIZE);
    w.u32(0)
        .utf16(saved ? "" : password, 64)
        .utf16(otp, 128)
        .bytes(cid, 16)
        .utf16("", 64)
        .utf16("", 64)
        .u64(0)
        .utf16("", 128)
        .u32(urlLength)
        .utf16(url, 256)
        .u64(login);
    if (saved) {
      byte[] blob = Hex.decode(password);
      w.raw(blob);
      Arrays.fill(blob, (byte) 0);
    } else {
      w.zeros(BLOB_SIZE);
    }
    w.u64(session);
    byte[] out = w.toByteArray();
    Arrays.fill(w.buffer(), (byte) 0);
    return out;
  }
}
