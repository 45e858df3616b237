package io.github.jmt5.protocol.message.trade;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * An open position (cmd 4, cmd 10).
 *
 * <p>Wire record POSITION, 344 bytes. Unsigned 32-bit fields hold their raw bits in an {@code int}
 * and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param positionId position ticket
 * @param tradeOrder opening order ticket
 * @param timeCreate Unix seconds
 * @param timeUpdate Unix seconds
 * @param tradeSymbol trade symbol
 * @param tradeAction position type: 0 buy, 1 sell
 * @param priceOpen price open
 * @param priceClose current price
 * @param sl sl
 * @param tp tp
 * @param tradeVolume lots x 1e8
 * @param profit profit
 * @param rateProfit rate profit
 * @param rateMargin rate margin
 * @param commission commission
 * @param storage swap
 * @param expert magic number
 * @param expertPositionId expert position id
 * @param comment comment
 * @param contractSize contract size
 * @param digits digits
 * @param digitsCurrency digits currency
 * @param tradeReason trade reason
 * @param externalId external id
 * @param timeCreateMs ms part: full time = time_create*1000 + this
 * @param timeUpdateMs ms part
 */
public record Position(
    long positionId,
    long tradeOrder,
    int timeCreate,
    int timeUpdate,
    String tradeSymbol,
    int tradeAction,
    double priceOpen,
    double priceClose,
    double sl,
    double tp,
    long tradeVolume,
    double profit,
    double rateProfit,
    double rateMargin,
    double commission,
    double storage,
    long expert,
    long expertPositionId,
    String comment,
    double contractSize,
    int digits,
    int digitsCurrency,
    int tradeReason,
    String externalId,
    int timeCreateMs,
    int timeUpdateMs) {

  /** Size of the record on the wire. */
  public static final int SIZE = 344;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("POSITION")
          .i64("position_id")
          .i64("trade_order")
          .u32("time_create")
          .u32("time_update")
          .utf16("trade_symbol", 64)
          .u32("trade_action")
          .f64("price_open")
          .f64("price_close")
          .f64("sl")
          .f64("tp")
          .u64("trade_volume")
          .f64("profit")
          .f64("rate_profit")
          .f64("rate_margin")
          .f64("commission")
          .f64("storage")
          .i64("expert")
          .i64("expert_position_id")
          .utf16("comment", 64)
          .f64("contract_size")
          .u32("digits")
          .u32("digits_currency")
          .u32("trade_reason")
          .utf16("external_id", 64)
          .i32("time_create_ms")
          .i32("time_update_ms")
          .build();

  /**
   * Checks that {@code tradeSymbol}, {@code comment} and {@code externalId} are not null.
   *
   * @param positionId position ticket
   * @param tradeOrder opening order ticket
   * @param timeCreate Unix seconds
   * @param timeUpdate Unix seconds
   * @param tradeSymbol trade symbol
   * @param tradeAction position type: 0 buy, 1 sell
   * @param priceOpen price open
   * @param priceClose current price
   * @param sl sl
   * @param tp tp
   * @param tradeVolume lots x 1e8
   * @param profit profit
   * @param rateProfit rate profit
   * @param rateMargin rate margin
   * @param commission commission
   * @param storage swap
   * @param expert magic number
   * @param expertPositionId expert position id
   * @param comment comment
   * @param contractSize contract size
   * @param digits digits
   * @param digitsCurrency digits currency
   * @param tradeReason trade reason
   * @param externalId external id
   * @param timeCreateMs ms part: full time = time_create*1000 + this
   * @param timeUpdateMs ms part
   * @throws NullPointerException if any of them is null
   */
  public Position {
    Objects.requireNonNull(tradeSymbol, "tradeSymbol");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(externalId, "externalId");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static Position read(WireReader r, int off) {
    return new Position(
        r.i64(off, "position_id"),
        r.i64(off + 8, "trade_order"),
        r.u32(off + 16, "time_create"),
        r.u32(off + 20, "time_update"),
        r.utf16(off + 24, 64, "trade_symbol"),
        r.u32(off + 88, "trade_action"),
        r.f64(off + 92, "price_open"),
        r.f64(off + 100, "price_close"),
        r.f64(off + 108, "sl"),
        r.f64(off + 116, "tp"),
        r.u64(off + 124, "trade_volume"),
        r.f64(off + 132, "profit"),
        r.f64(off + 140, "rate_profit"),
        r.f64(off + 148, "rate_margin"),
        r.f64(off + 156, "commission"),
        r.f64(off + 164, "storage"),
        r.i64(off + 172, "expert"),
        r.i64(off + 180, "expert_position_id"),
        r.utf16(off + 188, 64, "comment"),
        r.f64(off + 252, "contract_size"),
        r.u32(off + 260, "digits"),
        r.u32(off + 264, "digits_currency"),
        r.u32(off + 268, "trade_reason"),
        r.utf16(off + 272, 64, "external_id"),
        r.i32(off + 336, "time_create_ms"),
        r.i32(off + 340, "time_update_ms"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.i64(positionId);
    w.i64(tradeOrder);
    w.u32(timeCreate);
    w.u32(timeUpdate);
    w.utf16(tradeSymbol, 64);
    w.u32(tradeAction);
    w.f64(priceOpen);
    w.f64(priceClose);
    w.f64(sl);
    w.f64(tp);
    w.u64(tradeVolume);
    w.f64(profit);
    w.f64(rateProfit);
    w.f64(rateMargin);
    w.f64(commission);
    w.f64(storage);
    w.i64(expert);
    w.i64(expertPositionId);
    w.utf16(comment, 64);
    w.f64(contractSize);
    w.u32(digits);
    w.u32(digitsCurrency);
    w.u32(tradeReason);
    w.utf16(externalId, 64);
    w.i32(timeCreateMs);
    w.i32(timeUpdateMs);
  }
}
