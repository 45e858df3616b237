package io.github.jmt5.protocol.message.onboarding;

import io.github.jmt5.protocol.message.Redaction;
import io.github.jmt5.protocol.wire.WireReader;
import java.nio.CharBuffer;
import java.util.Arrays;

/**
 * Reads the cmd 30 / cmd 39 reply (OPEN_ACCOUNT_RESP, 76 bytes) with both passwords as {@code
 * char[]}, so they never become {@link String}s; {@link OpenAccountResponse} is the same record
 * with {@code String} fields, for tools and tests. {@link #clear()} overwrites the passwords.
 */
public final class OpenAccountCredentials {
  private static final int PASSWORD_OFFSET = 12;
  private static final int INVESTOR_OFFSET = 44;
  private static final int PASSWORD_BYTES = 32;

  private final int code;
  private final long login;
  private final char[] password;
  private final char[] investorPassword;

  private OpenAccountCredentials(int code, long login, char[] password, char[] investorPassword) {
    this.code = code;
    this.login = login;
    this.password = password;
    this.investorPassword = investorPassword;
  }

  /**
   * Decodes a whole reply body.
   *
   * @param body the reply body; its password bytes are not cleared
   * @param command 30 or 39, for error messages
   * @return the code, login and passwords
   * @throws io.github.jmt5.protocol.ProtocolException when the body is shorter than 76 bytes
   */
  public static OpenAccountCredentials decode(byte[] body, int command) {
    WireReader r = WireReader.of(body, command);
    r.require(0, OpenAccountResponse.SIZE, "open_account_resp");
    return new OpenAccountCredentials(
        r.u32(0, "code"),
        r.i64(4, "login"),
        utf16(body, PASSWORD_OFFSET),
        utf16(body, INVESTOR_OFFSET));
  }

  /** UTF-16LE up to the first NUL unit of a 32-byte field. */
  private static char[] utf16(byte[] body, int off) {
    int units = PASSWORD_BYTES / 2;
    int n = 0;
    while (n < units && (body[off + 2 * n] != 0 || body[off + 2 * n + 1] != 0)) {
      n++;
    }
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      out[i] = (char) ((body[off + 2 * i] & 0xff) | (body[off + 2 * i + 1] & 0xff) << 8);
    }
    return out;
  }

  /** {@return 0 for success, otherwise an error code (1031: invalid verification code)} */
  public int code() {
    return code;
  }

  /** {@return the new account number (0 when refused)} */
  public long login() {
    return login;
  }

  /** {@return the master password; the instance's own array, which {@link #clear()} overwrites} */
  public char[] password() {
    return password;
  }

  /** {@return the investor (read-only) password; the instance's own array} */
  public char[] investorPassword() {
    return investorPassword;
  }

  /** Overwrites both passwords with NUL characters. */
  public void clear() {
    Arrays.fill(password, '\0');
    Arrays.fill(investorPassword, '\0');
  }

  /** Secrets are masked: this text may end up in logs. */
  @Override
  public String toString() {
    return "OpenAccountCredentials[code="
        + code
        + ", login="
        + login
        + ", password="
        + Redaction.mask(CharBuffer.wrap(password))
        + ", investorPassword="
        + Redaction.mask(CharBuffer.wrap(investorPassword))
        + "]";
  }
}
