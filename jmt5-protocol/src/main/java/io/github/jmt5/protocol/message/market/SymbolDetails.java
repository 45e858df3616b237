package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;

/**
 * Session statistics of a symbol as pushed by cmd 17. Prices are scaled by 10^digits.
 *
 * <p>Wire record SYMBOL_DETAILS, 274 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param symbolId symbol id
 * @param fields 64-bit change mask, see 8.3
 * @param lasttime Unix seconds
 * @param digits digits
 * @param bidLast x10^digits
 * @param bidHigh x10^digits
 * @param bidLow x10^digits
 * @param askLast x10^digits
 * @param askHigh x10^digits
 * @param askLow x10^digits
 * @param lastLast x10^digits
 * @param lastHigh x10^digits
 * @param lastLow x10^digits
 * @param volLast vol last
 * @param volHigh vol high
 * @param volLow vol low
 * @param tradeDeals trade deals
 * @param tradeVolume trade volume
 * @param tradeTurnover trade turnover
 * @param tradeInterest trade interest
 * @param tradeBuyOrders trade buy orders
 * @param tradeBuyVolume trade buy volume
 * @param tradeSellOrders trade sell orders
 * @param tradeSellVolume trade sell volume
 * @param priceOpen x10^digits
 * @param priceClose x10^digits
 * @param priceAw x10^digits
 * @param priceChange percent x 100
 * @param priceVolatility x 1000
 * @param priceTheoretical x10^digits
 * @param lasttimeMsc milliseconds to add to lasttime*1000
 * @param priceGreeksDelta x 1e5
 * @param priceGreeksTheta x 1e5
 * @param priceGreeksGamma x 1e5
 * @param priceGreeksVega x 1e5
 * @param priceGreeksRho x 1e5
 * @param priceGreeksOmega x 1e5
 * @param priceSensitivity x 1e5
 * @param flags flags &amp; 1 = delayed stream
 */
public record SymbolDetails(
    int symbolId,
    long fields,
    int lasttime,
    int digits,
    double bidLast,
    double bidHigh,
    double bidLow,
    double askLast,
    double askHigh,
    double askLow,
    double lastLast,
    double lastHigh,
    double lastLow,
    long volLast,
    long volHigh,
    long volLow,
    int tradeDeals,
    long tradeVolume,
    int tradeTurnover,
    int tradeInterest,
    int tradeBuyOrders,
    long tradeBuyVolume,
    int tradeSellOrders,
    long tradeSellVolume,
    double priceOpen,
    double priceClose,
    double priceAw,
    double priceChange,
    double priceVolatility,
    double priceTheoretical,
    long lasttimeMsc,
    long priceGreeksDelta,
    long priceGreeksTheta,
    long priceGreeksGamma,
    long priceGreeksVega,
    long priceGreeksRho,
    long priceGreeksOmega,
    long priceSensitivity,
    int flags) {

  /** Size of the record on the wire. */
  public static final int SIZE = 274;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("SYMBOL_DETAILS")
          .u32("symbol_id")
          .i64("fields")
          .i32("lasttime")
          .u32("digits")
          .f64("bid_last")
          .f64("bid_high")
          .f64("bid_low")
          .f64("ask_last")
          .f64("ask_high")
          .f64("ask_low")
          .f64("last_last")
          .f64("last_high")
          .f64("last_low")
          .i64("vol_last")
          .i64("vol_high")
          .i64("vol_low")
          .u32("trade_deals")
          .u64("trade_volume")
          .u32("trade_turnover")
          .u32("trade_interest")
          .u32("trade_buy_orders")
          .i64("trade_buy_volume")
          .u32("trade_sell_orders")
          .i64("trade_sell_volume")
          .f64("price_open")
          .f64("price_close")
          .f64("price_aw")
          .f64("price_change")
          .f64("price_volatility")
          .f64("price_theoretical")
          .i64("lasttime_msc")
          .i64("price_greeks_delta")
          .i64("price_greeks_theta")
          .i64("price_greeks_gamma")
          .i64("price_greeks_vega")
          .i64("price_greeks_rho")
          .i64("price_greeks_omega")
          .i64("price_sensitivity")
          .u16("flags")
          .build();

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static SymbolDetails read(WireReader r, int off) {
    return new SymbolDetails(
        r.u32(off, "symbol_id"),
        r.i64(off + 4, "fields"),
        r.i32(off + 12, "lasttime"),
        r.u32(off + 16, "digits"),
        r.f64(off + 20, "bid_last"),
        r.f64(off + 28, "bid_high"),
        r.f64(off + 36, "bid_low"),
        r.f64(off + 44, "ask_last"),
        r.f64(off + 52, "ask_high"),
        r.f64(off + 60, "ask_low"),
        r.f64(off + 68, "last_last"),
        r.f64(off + 76, "last_high"),
        r.f64(off + 84, "last_low"),
        r.i64(off + 92, "vol_last"),
        r.i64(off + 100, "vol_high"),
        r.i64(off + 108, "vol_low"),
        r.u32(off + 116, "trade_deals"),
        r.u64(off + 120, "trade_volume"),
        r.u32(off + 128, "trade_turnover"),
        r.u32(off + 132, "trade_interest"),
        r.u32(off + 136, "trade_buy_orders"),
        r.i64(off + 140, "trade_buy_volume"),
        r.u32(off + 148, "trade_sell_orders"),
        r.i64(off + 152, "trade_sell_volume"),
        r.f64(off + 160, "price_open"),
        r.f64(off + 168, "price_close"),
        r.f64(off + 176, "price_aw"),
        r.f64(off + 184, "price_change"),
        r.f64(off + 192, "price_volatility"),
        r.f64(off + 200, "price_theoretical"),
        r.i64(off + 208, "lasttime_msc"),
        r.i64(off + 216, "price_greeks_delta"),
        r.i64(off + 224, "price_greeks_theta"),
        r.i64(off + 232, "price_greeks_gamma"),
        r.i64(off + 240, "price_greeks_vega"),
        r.i64(off + 248, "price_greeks_rho"),
        r.i64(off + 256, "price_greeks_omega"),
        r.i64(off + 264, "price_sensitivity"),
        r.u16(off + 272, "flags"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(symbolId);
    w.i64(fields);
    w.i32(lasttime);
    w.u32(digits);
    w.f64(bidLast);
    w.f64(bidHigh);
    w.f64(bidLow);
    w.f64(askLast);
    w.f64(askHigh);
    w.f64(askLow);
    w.f64(lastLast);
    w.f64(lastHigh);
    w.f64(lastLow);
    w.i64(volLast);
    w.i64(volHigh);
    w.i64(volLow);
    w.u32(tradeDeals);
    w.u64(tradeVolume);
    w.u32(tradeTurnover);
    w.u32(tradeInterest);
    w.u32(tradeBuyOrders);
    w.i64(tradeBuyVolume);
    w.u32(tradeSellOrders);
    w.i64(tradeSellVolume);
    w.f64(priceOpen);
    w.f64(priceClose);
    w.f64(priceAw);
    w.f64(priceChange);
    w.f64(priceVolatility);
    w.f64(priceTheoretical);
    w.i64(lasttimeMsc);
    w.i64(priceGreeksDelta);
    w.i64(priceGreeksTheta);
    w.i64(priceGreeksGamma);
    w.i64(priceGreeksVega);
    w.i64(priceGreeksRho);
    w.i64(priceGreeksOmega);
    w.i64(priceSensitivity);
    w.u16(flags);
  }
}
