package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;

/**
 * One bar of a cmd 11 reply.
 *
 * <p>Wire record RATE_BAR, 48 bytes. Unsigned 32-bit fields hold their raw bits in an {@code int}
 * and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param time bar open time, Unix seconds
 * @param open price
 * @param high price
 * @param low price
 * @param close price
 * @param tickVolume tick count
 * @param realVolume exchange volume (0 for OTC symbols)
 */
public record Bar(
    int time,
    double open,
    double high,
    double low,
    double close,
    int tickVolume,
    double realVolume) {

  /** Size of the record on the wire. */
  public static final int SIZE = 48;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("RATE_BAR")
          .i32("time")
          .f64("open")
          .f64("high")
          .f64("low")
          .f64("close")
          .u32("tick_volume")
          .f64("real_volume")
          .build();

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static Bar read(WireReader r, int off) {
    return new Bar(
        r.i32(off, "time"),
        r.f64(off + 4, "open"),
        r.f64(off + 12, "high"),
        r.f64(off + 20, "low"),
        r.f64(off + 28, "close"),
        r.u32(off + 36, "tick_volume"),
        r.f64(off + 40, "real_volume"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.i32(time);
    w.f64(open);
    w.f64(high);
    w.f64(low);
    w.f64(close);
    w.u32(tickVolume);
    w.f64(realVolume);
  }
}
