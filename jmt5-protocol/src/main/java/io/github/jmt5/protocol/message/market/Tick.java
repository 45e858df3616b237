package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;

/**
 * One tick as it arrives in a cmd 8 push. Prices are scaled by 10^digits; see {@link
 * io.github.jmt5.protocol.wire.PriceScale}.
 *
 * <p>Wire record TICK, 50 bytes. Unsigned 32-bit fields hold their raw bits in an {@code int} and
 * unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param symbolId symbol id
 * @param tickTime Unix seconds
 * @param fields bit set of fields carried: {@link #FIELD_BID} 1, {@link #FIELD_ASK} 2, {@link
 *     #FIELD_LAST} 4, {@link #FIELD_VOLUME} 8
 * @param bid price x 10^digits (see 8.2)
 * @param ask price x 10^digits
 * @param last price x 10^digits
 * @param tickVolume volume
 * @param timeMsDelta milliseconds part; tick_time_ms = tick_time*1000 + time_ms_delta
 * @param flags flags &amp; {@link #FLAG_DELAYED} (0x200) = delayed quote
 */
public record Tick(
    int symbolId,
    int tickTime,
    int fields,
    double bid,
    double ask,
    double last,
    long tickVolume,
    int timeMsDelta,
    int flags) {

  /** Size of the record on the wire. */
  public static final int SIZE = 50;

  /** Bit of {@link #fields()}: the tick carries a bid. */
  public static final int FIELD_BID = 1;

  /** Bit of {@link #fields()}: the tick carries an ask. */
  public static final int FIELD_ASK = 2;

  /** Bit of {@link #fields()}: the tick carries a last price. */
  public static final int FIELD_LAST = 4;

  /** Bit of {@link #fields()}: the tick carries a volume. */
  public static final int FIELD_VOLUME = 8;

  /** Bit of {@link #flags()}: a delayed quote, kept apart from the live one. */
  public static final int FLAG_DELAYED = 0x200;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("TICK")
          .u32("symbol_id")
          .i32("tick_time")
          .u32("fields")
          .f64("bid")
          .f64("ask")
          .f64("last")
          .i64("tick_volume")
          .u32("time_ms_delta")
          .u16("flags")
          .build();

  /**
   * {@return true when {@link #fields()} has {@code field} set}
   *
   * @param field one of {@link #FIELD_BID}, {@link #FIELD_ASK}, {@link #FIELD_LAST}, {@link
   *     #FIELD_VOLUME}
   */
  public boolean carries(int field) {
    return (fields & field) != 0;
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static Tick read(WireReader r, int off) {
    return new Tick(
        r.u32(off, "symbol_id"),
        r.i32(off + 4, "tick_time"),
        r.u32(off + 8, "fields"),
        r.f64(off + 12, "bid"),
        r.f64(off + 20, "ask"),
        r.f64(off + 28, "last"),
        r.i64(off + 36, "tick_volume"),
        r.u32(off + 44, "time_ms_delta"),
        r.u16(off + 48, "flags"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(symbolId);
    w.i32(tickTime);
    w.u32(fields);
    w.f64(bid);
    w.f64(ask);
    w.f64(last);
    w.i64(tickVolume);
    w.u32(timeMsDelta);
    w.u16(flags);
  }
}
