package io.github.jmt5.protocol.message.onboarding;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.message.Redaction;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * The cmd 30 / cmd 39 account-opening reply.
 *
 * <p>Wire record OPEN_ACCOUNT_RESP, 76 bytes. Unsigned 32-bit fields hold their raw bits in an
 * {@code int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param code 0 = success, otherwise an error code
 * @param login new account number
 * @param password master password (16 chars max)
 * @param investorPassword investor password (16 chars max)
 */
public record OpenAccountResponse(int code, long login, String password, String investorPassword) {

  /** Size of the record on the wire. */
  public static final int SIZE = 76;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("OPEN_ACCOUNT_RESP")
          .u32("code")
          .i64("login")
          .utf16("password", 32)
          .utf16("investor_password", 32)
          .build();

  /**
   * Checks that {@code password} and {@code investorPassword} are not null.
   *
   * @param code 0 = success, otherwise an error code
   * @param login new account number
   * @param password master password (16 chars max)
   * @param investorPassword investor password (16 chars max)
   * @throws NullPointerException if any of them is null
   */
  public OpenAccountResponse {
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(investorPassword, "investorPassword");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static OpenAccountResponse read(WireReader r, int off) {
    return new OpenAccountResponse(
        r.u32(off, "code"),
        r.i64(off + 4, "login"),
        r.utf16(off + 12, 32, "password"),
        r.utf16(off + 44, 32, "investor_password"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(code);
    w.i64(login);
    w.utf16(password, 32);
    w.utf16(investorPassword, 32);
  }

  /** Secrets are masked: this text may end up in logs. */
  @Override
  public String toString() {
    return "OpenAccountResponse["
        + "code="
        + code
        + ", login="
        + login
        + ", password="
        + Redaction.mask(password)
        + ", investorPassword="
        + Redaction.mask(investorPassword)
        + "]";
  }
}
