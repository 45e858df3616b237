package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;

/**
 * One quote or trade session of a symbol's weekly schedule.
 *
 * <p>Wire record SCHEDULE_SESSION, 4 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param from session start (inferred: minutes from 00:00)
 * @param to session end (inferred: minutes from 00:00)
 */
public record ScheduleSession(int from, int to) {

  /** Size of the record on the wire. */
  public static final int SIZE = 4;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("SCHEDULE_SESSION").u16("from").u16("to").build();

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static ScheduleSession read(WireReader r, int off) {
    return new ScheduleSession(r.u16(off, "from"), r.u16(off + 2, "to"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u16(from);
    w.u16(to);
  }
}
