package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * The cmd 11 bar-history request.
 *
 * <p>Wire record RATES_REQ, 74 bytes. Unsigned 32-bit fields hold their raw bits in an {@code int}
 * and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param symbol first 32 chars
 * @param period timeframe code, see 9.1
 * @param from Unix seconds
 * @param to Unix seconds
 */
public record BarsRequest(String symbol, int period, int from, int to) {

  /** Size of the record on the wire. */
  public static final int SIZE = 74;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("RATES_REQ").utf16("symbol", 64).u16("period").i32("from").i32("to").build();

  /**
   * Checks that {@code symbol} is not null.
   *
   * @param symbol first 32 chars
   * @param period timeframe code, see 9.1
   * @param from Unix seconds
   * @param to Unix seconds
   * @throws NullPointerException if it is null
   */
  public BarsRequest {
    Objects.requireNonNull(symbol, "symbol");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static BarsRequest read(WireReader r, int off) {
    return new BarsRequest(
        r.utf16(off, 64, "symbol"),
        r.u16(off + 64, "period"),
        r.i32(off + 66, "from"),
        r.i32(off + 70, "to"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.utf16(symbol, 64);
    w.u16(period);
    w.i32(from);
    w.i32(to);
  }
}
