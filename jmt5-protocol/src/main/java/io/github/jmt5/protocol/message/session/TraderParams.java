package io.github.jmt5.protocol.message.session;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * The cmd 41 trader-parameters reply; the meaning of the two strings is not documented.
 *
 * <p>Wire record TRADER_PARAMS_RESP, 64 bytes. Unsigned 32-bit fields hold their raw bits in an
 * {@code int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param param1 first string (16 chars max)
 * @param param2 second string (16 chars max)
 */
public record TraderParams(String param1, String param2) {

  /** Size of the record on the wire. */
  public static final int SIZE = 64;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("TRADER_PARAMS_RESP").utf16("param1", 32).utf16("param2", 32).build();

  /**
   * Checks that {@code param1} and {@code param2} are not null.
   *
   * @param param1 first string (16 chars max)
   * @param param2 second string (16 chars max)
   * @throws NullPointerException if any of them is null
   */
  public TraderParams {
    Objects.requireNonNull(param1, "param1");
    Objects.requireNonNull(param2, "param2");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static TraderParams read(WireReader r, int off) {
    return new TraderParams(r.utf16(off, 32, "param1"), r.utf16(off + 32, 32, "param2"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.utf16(param1, 32);
    w.utf16(param2, 32);
  }
}
