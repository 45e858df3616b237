package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * One leg of a combined instrument.
 *
 * <p>Wire record SPREAD_LEG, 88 bytes. Unsigned 32-bit fields hold their raw bits in an {@code int}
 * and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param spreadMode 0 match by symbol, 1 match by symbol within [time_from, time_to]
 * @param flagMask flag mask
 * @param tradeSymbol trade symbol
 * @param timeFrom time from
 * @param timeTo time to
 * @param spreadRatio spread ratio
 */
public record SpreadLeg(
    int spreadMode,
    int flagMask,
    String tradeSymbol,
    int timeFrom,
    int timeTo,
    double spreadRatio) {

  /** Size of the record on the wire. */
  public static final int SIZE = 88;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("SPREAD_LEG")
          .u32("spread_mode")
          .u32("flag_mask")
          .utf16("trade_symbol", 64)
          .u32("time_from")
          .u32("time_to")
          .f64("spread_ratio")
          .build();

  /**
   * Checks that {@code tradeSymbol} is not null.
   *
   * @param spreadMode 0 match by symbol, 1 match by symbol within [time_from, time_to]
   * @param flagMask flag mask
   * @param tradeSymbol trade symbol
   * @param timeFrom time from
   * @param timeTo time to
   * @param spreadRatio spread ratio
   * @throws NullPointerException if it is null
   */
  public SpreadLeg {
    Objects.requireNonNull(tradeSymbol, "tradeSymbol");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static SpreadLeg read(WireReader r, int off) {
    return new SpreadLeg(
        r.u32(off, "spread_mode"),
        r.u32(off + 4, "flag_mask"),
        r.utf16(off + 8, 64, "trade_symbol"),
        r.u32(off + 72, "time_from"),
        r.u32(off + 76, "time_to"),
        r.f64(off + 80, "spread_ratio"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(spreadMode);
    w.u32(flagMask);
    w.utf16(tradeSymbol, 64);
    w.u32(timeFrom);
    w.u32(timeTo);
    w.f64(spreadRatio);
  }
}
