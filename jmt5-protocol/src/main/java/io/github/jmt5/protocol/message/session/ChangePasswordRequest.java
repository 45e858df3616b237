package io.github.jmt5.protocol.message.session;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.message.Redaction;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * The cmd 24 change-password request.
 *
 * <p>Wire record CHANGE_PASSWORD_REQ, 129 bytes. Unsigned 32-bit fields hold their raw bits in an
 * {@code int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param isInvestor 1 = change the investor (read-only) password, 0 = master password
 * @param newPassword first 32 chars
 * @param oldPassword first 32 chars
 */
public record ChangePasswordRequest(int isInvestor, String newPassword, String oldPassword) {

  /** Size of the record on the wire. */
  public static final int SIZE = 129;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("CHANGE_PASSWORD_REQ")
          .u8("is_investor")
          .utf16("new_password", 64)
          .utf16("old_password", 64)
          .build();

  /**
   * Checks that {@code newPassword} and {@code oldPassword} are not null.
   *
   * @param isInvestor 1 = change the investor (read-only) password, 0 = master password
   * @param newPassword first 32 chars
   * @param oldPassword first 32 chars
   * @throws NullPointerException if any of them is null
   */
  public ChangePasswordRequest {
    Objects.requireNonNull(newPassword, "newPassword");
    Objects.requireNonNull(oldPassword, "oldPassword");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static ChangePasswordRequest read(WireReader r, int off) {
    return new ChangePasswordRequest(
        r.u8(off, "is_investor"),
        r.utf16(off + 1, 64, "new_password"),
        r.utf16(off + 65, 64, "old_password"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u8(isInvestor);
    w.utf16(newPassword, 64);
    w.utf16(oldPassword, 64);
  }

  /** Secrets are masked: this text may end up in logs. */
  @Override
  public String toString() {
    return "ChangePasswordRequest["
        + "isInvestor="
        + isInvestor
        + ", newPassword="
        + Redaction.mask(newPassword)
        + ", oldPassword="
        + Redaction.mask(oldPassword)
        + "]";
  }
}
