package io.github.jmt5.protocol.message.trade;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * A deal of the trade history (cmd 5, cmd 10).
 *
 * <p>Wire record DEAL, 356 bytes. Unsigned 32-bit fields hold their raw bits in an {@code int} and
 * unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param deal deal ticket
 * @param dealId external deal id
 * @param tradeOrder order ticket
 * @param timeCreate Unix seconds
 * @param timeUpdate Unix seconds
 * @param tradeSymbol trade symbol
 * @param tradeAction DEAL_TYPE, see 9.6
 * @param entry DEAL_ENTRY, see 9.7
 * @param priceOpen price open
 * @param priceClose price close
 * @param sl sl
 * @param tp tp
 * @param tradeVolume lots x 1e8
 * @param profit profit
 * @param rateProfit rate profit
 * @param rateMargin rate margin
 * @param commission commission
 * @param storage swap
 * @param expert magic
 * @param positionId position id
 * @param comment comment
 * @param contractSize contract size
 * @param digits digits
 * @param digitsCurrency digits currency
 * @param tradeReason trade reason
 * @param timeCreateMs ms part
 * @param timeUpdateMs ms part
 * @param commissionFee commission fee
 */
public record Deal(
    long deal,
    String dealId,
    long tradeOrder,
    int timeCreate,
    int timeUpdate,
    String tradeSymbol,
    int tradeAction,
    int entry,
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
    long positionId,
    String comment,
    double contractSize,
    int digits,
    int digitsCurrency,
    int tradeReason,
    int timeCreateMs,
    int timeUpdateMs,
    double commissionFee) {

  /** Size of the record on the wire. */
  public static final int SIZE = 356;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("DEAL")
          .i64("deal")
          .utf16("deal_id", 64)
          .i64("trade_order")
          .u32("time_create")
          .u32("time_update")
          .utf16("trade_symbol", 64)
          .u32("trade_action")
          .u32("entry")
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
          .i64("position_id")
          .utf16("comment", 64)
          .f64("contract_size")
          .u32("digits")
          .u32("digits_currency")
          .u32("trade_reason")
          .i32("time_create_ms")
          .i32("time_update_ms")
          .f64("commission_fee")
          .build();

  /**
   * Checks that {@code dealId}, {@code tradeSymbol} and {@code comment} are not null.
   *
   * @param deal deal ticket
   * @param dealId external deal id
   * @param tradeOrder order ticket
   * @param timeCreate Unix seconds
   * @param timeUpdate Unix seconds
   * @param tradeSymbol trade symbol
   * @param tradeAction DEAL_TYPE, see 9.6
   * @param entry DEAL_ENTRY, see 9.7
   * @param priceOpen price open
   * @param priceClose price close
   * @param sl sl
   * @param tp tp
   * @param tradeVolume lots x 1e8
   * @param profit profit
   * @param rateProfit rate profit
   * @param rateMargin rate margin
   * @param commission commission
   * @param storage swap
   * @param expert magic
   * @param positionId position id
   * @param comment comment
   * @param contractSize contract size
   * @param digits digits
   * @param digitsCurrency digits currency
   * @param tradeReason trade reason
   * @param timeCreateMs ms part
   * @param timeUpdateMs ms part
   * @param commissionFee commission fee
   * @throws NullPointerException if any of them is null
   */
  public Deal {
    Objects.requireNonNull(dealId, "dealId");
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
  public static Deal read(WireReader r, int off) {
    return new Deal(
        r.i64(off, "deal"),
        r.utf16(off + 8, 64, "deal_id"),
        r.i64(off + 72, "trade_order"),
        r.u32(off + 80, "time_create"),
        r.u32(off + 84, "time_update"),
        r.utf16(off + 88, 64, "trade_symbol"),
        r.u32(off + 152, "trade_action"),
        r.u32(off + 156, "entry"),
        r.f64(off + 160, "price_open"),
        r.f64(off + 168, "price_close"),
        r.f64(off + 176, "sl"),
        r.f64(off + 184, "tp"),
        r.u64(off + 192, "trade_volume"),
        r.f64(off + 200, "profit"),
        r.f64(off + 208, "rate_profit"),
        r.f64(off + 216, "rate_margin"),
        r.f64(off + 224, "commission"),
        r.f64(off + 232, "storage"),
        r.i64(off + 240, "expert"),
        r.i64(off + 248, "position_id"),
        r.utf16(off + 256, 64, "comment"),
        r.f64(off + 320, "contract_size"),
        r.u32(off + 328, "digits"),
        r.u32(off + 332, "digits_currency"),
        r.u32(off + 336, "trade_reason"),
        r.i32(off + 340, "time_create_ms"),
        r.i32(off + 344, "time_update_ms"),
        r.f64(off + 348, "commission_fee"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.i64(deal);
    w.utf16(dealId, 64);
    w.i64(tradeOrder);
    w.u32(timeCreate);
    w.u32(timeUpdate);
    w.utf16(tradeSymbol, 64);
    w.u32(tradeAction);
    w.u32(entry);
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
    w.i64(positionId);
    w.utf16(comment, 64);
    w.f64(contractSize);
    w.u32(digits);
    w.u32(digitsCurrency);
    w.u32(tradeReason);
    w.i32(timeCreateMs);
    w.i32(timeUpdateMs);
    w.f64(commissionFee);
  }
}
