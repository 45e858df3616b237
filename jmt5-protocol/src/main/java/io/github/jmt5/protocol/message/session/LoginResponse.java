package io.github.jmt5.protocol.message.session;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.message.Redaction;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * The cmd 28 login reply: the saved-credential blob and the session id.
 *
 * <p>Wire record LOGIN_RESP, 168 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param passwordBlob opaque credential blob; hex of it (320 chars) may be sent later as the
 *     password
 * @param session session id; send it back in the next login's `session` field
 */
public record LoginResponse(Bytes passwordBlob, long session) {

  /** Size of the record on the wire. */
  public static final int SIZE = 168;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("LOGIN_RESP").bytes("password_blob", 160).u64("session").build();

  /**
   * Checks that {@code passwordBlob} is not null.
   *
   * @param passwordBlob opaque credential blob
   * @param session session id; send it back in the next login's `session` field
   * @throws NullPointerException if it is null
   */
  public LoginResponse {
    Objects.requireNonNull(passwordBlob, "passwordBlob");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static LoginResponse read(WireReader r, int off) {
    return new LoginResponse(r.bytes(off, 160, "password_blob"), r.u64(off + 160, "session"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.bytes(passwordBlob, 160);
    w.u64(session);
  }

  /** Secrets are masked: this text may end up in logs. */
  @Override
  public String toString() {
    return "LoginResponse["
        + "passwordBlob="
        + Redaction.mask(passwordBlob)
        + ", session="
        + session
        + "]";
  }
}
