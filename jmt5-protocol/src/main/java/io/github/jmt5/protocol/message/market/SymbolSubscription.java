package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;

/**
 * Market-data subscription status of a symbol.
 *
 * <p>Wire record SUBSCRIPTION, 8 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param delay quote delay
 * @param status status
 * @param level level
 * @param reserved reserved
 */
public record SymbolSubscription(int delay, int status, int level, int reserved) {

  /** Size of the record on the wire. */
  public static final int SIZE = 8;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("SUBSCRIPTION").u32("delay").u8("status").u8("level").u16("reserved").build();

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static SymbolSubscription read(WireReader r, int off) {
    return new SymbolSubscription(
        r.u32(off, "delay"),
        r.u8(off + 4, "status"),
        r.u8(off + 5, "level"),
        r.u16(off + 6, "reserved"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(delay);
    w.u8(status);
    w.u8(level);
    w.u16(reserved);
  }
}
