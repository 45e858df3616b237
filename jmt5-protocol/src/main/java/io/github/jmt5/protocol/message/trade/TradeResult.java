package io.github.jmt5.protocol.message.trade;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * The outcome part of the cmd 19 trade result push.
 *
 * <p>Wire record TRADE_RESULT, 128 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param retcode trade return code, see 9.9
 * @param deal deal ticket
 * @param tradeOrder order ticket
 * @param volume executed volume, lots x 1e8
 * @param price execution price
 * @param resTime result time
 * @param bid bid
 * @param ask ask
 * @param last last
 * @param comment server comment
 */
public record TradeResult(
    int retcode,
    long deal,
    long tradeOrder,
    long volume,
    double price,
    int resTime,
    double bid,
    double ask,
    double last,
    String comment) {

  /** Size of the record on the wire. */
  public static final int SIZE = 128;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("TRADE_RESULT")
          .u32("retcode")
          .i64("deal")
          .i64("trade_order")
          .i64("volume")
          .f64("price")
          .u32("res_time")
          .f64("bid")
          .f64("ask")
          .f64("last")
          .utf16("comment", 64)
          .build();

  /**
   * Checks that {@code comment} is not null.
   *
   * @param retcode trade return code, see 9.9
   * @param deal deal ticket
   * @param tradeOrder order ticket
   * @param volume executed volume, lots x 1e8
   * @param price execution price
   * @param resTime result time
   * @param bid bid
   * @param ask ask
   * @param last last
   * @param comment server comment
   * @throws NullPointerException if it is null
   */
  public TradeResult {
    Objects.requireNonNull(comment, "comment");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static TradeResult read(WireReader r, int off) {
    return new TradeResult(
        r.u32(off, "retcode"),
        r.i64(off + 4, "deal"),
        r.i64(off + 12, "trade_order"),
        r.i64(off + 20, "volume"),
        r.f64(off + 28, "price"),
        r.u32(off + 36, "res_time"),
        r.f64(off + 40, "bid"),
        r.f64(off + 48, "ask"),
        r.f64(off + 56, "last"),
        r.utf16(off + 64, 64, "comment"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(retcode);
    w.i64(deal);
    w.i64(tradeOrder);
    w.i64(volume);
    w.f64(price);
    w.u32(resTime);
    w.f64(bid);
    w.f64(ask);
    w.f64(last);
    w.utf16(comment, 64);
  }
}
