package io.github.jmt5.protocol.message.trade;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * A trade request (cmd 12), in the web terminal's 248-byte layout. The cmd 19 push echoes it back.
 *
 * <p>Wire record TRADE_REQUEST, 248 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param actionId client request counter; echoed in the cmd 19 result
 * @param tradeAction request action, see 9.2
 * @param tradeSymbol first 32 chars
 * @param tradeVolume lots x 1e8
 * @param digits symbol digits
 * @param tradeOrder order ticket (modify/remove)
 * @param tradeType ORDER_TYPE, see 9.3
 * @param typeFilling see 9.4
 * @param typeTime see 9.5
 * @param typeFlags 2 = new order, 3 = close (see 7.4)
 * @param typeReason web terminal always sends 0
 * @param priceOrder 0 = market price
 * @param priceTrigger stop-limit trigger
 * @param priceSl price sl
 * @param priceTp price tp
 * @param priceDeviation max deviation, points
 * @param priceTop price top
 * @param priceBottom price bottom
 * @param comment first 32 chars
 * @param tradePosition position ticket (close, SL/TP, close-by)
 * @param positionBy opposite position ticket (close-by)
 * @param timeExpiration Unix seconds (type_time SPECIFIED / SPECIFIED_DAY)
 */
public record TradeRequest(
    int actionId,
    int tradeAction,
    String tradeSymbol,
    long tradeVolume,
    int digits,
    long tradeOrder,
    int tradeType,
    int typeFilling,
    int typeTime,
    int typeFlags,
    int typeReason,
    double priceOrder,
    double priceTrigger,
    double priceSl,
    double priceTp,
    int priceDeviation,
    double priceTop,
    double priceBottom,
    String comment,
    long tradePosition,
    long positionBy,
    int timeExpiration) {

  /** Size of the record on the wire. */
  public static final int SIZE = 248;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("TRADE_REQUEST")
          .u32("action_id")
          .u32("trade_action")
          .utf16("trade_symbol", 64)
          .u64("trade_volume")
          .u32("digits")
          .u64("trade_order")
          .u32("trade_type")
          .u32("type_filling")
          .u32("type_time")
          .u32("type_flags")
          .u32("type_reason")
          .f64("price_order")
          .f64("price_trigger")
          .f64("price_sl")
          .f64("price_tp")
          .u32("price_deviation")
          .f64("price_top")
          .f64("price_bottom")
          .utf16("comment", 64)
          .u64("trade_position")
          .u64("position_by")
          .u32("time_expiration")
          .build();

  /**
   * Checks that {@code tradeSymbol} and {@code comment} are not null.
   *
   * @param actionId client request counter; echoed in the cmd 19 result
   * @param tradeAction request action, see 9.2
   * @param tradeSymbol first 32 chars
   * @param tradeVolume lots x 1e8
   * @param digits symbol digits
   * @param tradeOrder order ticket (modify/remove)
   * @param tradeType ORDER_TYPE, see 9.3
   * @param typeFilling see 9.4
   * @param typeTime see 9.5
   * @param typeFlags 2 = new order, 3 = close (see 7.4)
   * @param typeReason web terminal always sends 0
   * @param priceOrder 0 = market price
   * @param priceTrigger stop-limit trigger
   * @param priceSl price sl
   * @param priceTp price tp
   * @param priceDeviation max deviation, points
   * @param priceTop price top
   * @param priceBottom price bottom
   * @param comment first 32 chars
   * @param tradePosition position ticket (close, SL/TP, close-by)
   * @param positionBy opposite position ticket (close-by)
   * @param timeExpiration Unix seconds (type_time SPECIFIED / SPECIFIED_DAY)
   * @throws NullPointerException if any of them is null
   */
  public TradeRequest {
    Objects.requireNonNull(tradeSymbol, "tradeSymbol");
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
  public static TradeRequest read(WireReader r, int off) {
    return new TradeRequest(
        r.u32(off, "action_id"),
        r.u32(off + 4, "trade_action"),
        r.utf16(off + 8, 64, "trade_symbol"),
        r.u64(off + 72, "trade_volume"),
        r.u32(off + 80, "digits"),
        r.u64(off + 84, "trade_order"),
        r.u32(off + 92, "trade_type"),
        r.u32(off + 96, "type_filling"),
        r.u32(off + 100, "type_time"),
        r.u32(off + 104, "type_flags"),
        r.u32(off + 108, "type_reason"),
        r.f64(off + 112, "price_order"),
        r.f64(off + 120, "price_trigger"),
        r.f64(off + 128, "price_sl"),
        r.f64(off + 136, "price_tp"),
        r.u32(off + 144, "price_deviation"),
        r.f64(off + 148, "price_top"),
        r.f64(off + 156, "price_bottom"),
        r.utf16(off + 164, 64, "comment"),
        r.u64(off + 228, "trade_position"),
        r.u64(off + 236, "position_by"),
        r.u32(off + 244, "time_expiration"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(actionId);
    w.u32(tradeAction);
    w.utf16(tradeSymbol, 64);
    w.u64(tradeVolume);
    w.u32(digits);
    w.u64(tradeOrder);
    w.u32(tradeType);
    w.u32(typeFilling);
    w.u32(typeTime);
    w.u32(typeFlags);
    w.u32(typeReason);
    w.f64(priceOrder);
    w.f64(priceTrigger);
    w.f64(priceSl);
    w.f64(priceTp);
    w.u32(priceDeviation);
    w.f64(priceTop);
    w.f64(priceBottom);
    w.utf16(comment, 64);
    w.u64(tradePosition);
    w.u64(positionBy);
    w.u32(timeExpiration);
  }
}
