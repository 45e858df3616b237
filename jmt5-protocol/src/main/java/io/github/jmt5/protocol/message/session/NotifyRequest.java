package io.github.jmt5.protocol.message.session;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;

/**
 * The cmd 42 notification (1 = risk warning accepted).
 *
 * <p>Wire record NOTIFY_REQ, 4 bytes. Unsigned 32-bit fields hold their raw bits in an {@code int}
 * and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param code notification code; the web terminal sends 1 when the user accepts the risk warning
 */
public record NotifyRequest(int code) {

  /** Size of the record on the wire. */
  public static final int SIZE = 4;

  /** The wire layout. */
  public static final Layout LAYOUT = Layout.builder("NOTIFY_REQ").u32("code").build();

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static NotifyRequest read(WireReader r, int off) {
    return new NotifyRequest(r.u32(off, "code"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(code);
  }
}
