package io.github.jmt5.protocol.message.account;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.message.Wire;
import io.github.jmt5.protocol.wire.FieldType;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.List;
import java.util.Objects;

/**
 * Trade settings of a symbol group: execution, filling, volumes, margin and swaps. Carried by the
 * account body per group path and embedded in every full symbol config.
 *
 * <p>Wire record TRADE_SETTINGS, 628 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param symbolPath group path mask the settings apply to (e.g. Forex\*)
 * @param spreadDiff spread markup, points
 * @param spreadDiffBalance markup balance between bid and ask, points
 * @param tradeMode SYMBOL_TRADE_MODE: 0 disabled, 1 long only, 2 short only, 3 close only, 4 full
 * @param tradeStopsLevel points
 * @param tradeFreezeLevel points
 * @param tradeExemode execution: 0 request, 1 instant, 2 market, 3 exchange
 * @param tradeFillFlags bit set: 1 FOK, 2 IOC, 4 BOC
 * @param tradeTimeFlags bit set: 1 GTC, 2 DAY, 4 SPECIFIED, 8 SPECIFIED_DAY
 * @param tradeOrderFlags bit set: 1 MARKET, 2 LIMIT, 4 STOP, 8 STOP_LIMIT, 16 SL, 32 TP, 64 CLOSEBY
 * @param tradeRequestFlags trade request flags
 * @param tradeRequestTimeout trade request timeout
 * @param tradeInstantFlags trade instant flags
 * @param tradeInstantTimeout seconds a requote stays valid (default 7)
 * @param tradeInstantSlipProfit trade instant slip profit
 * @param tradeInstantSlipLosing trade instant slip losing
 * @param tradeInstantVolume max volume for instant execution, lots x 1e8 (0 = unlimited)
 * @param tradeInstantCheckmode trade instant checkmode
 * @param tradeMarketFlags trade market flags
 * @param tradeExchangeFlags trade exchange flags
 * @param volumeMin lots x 1e8
 * @param volumeMax lots x 1e8
 * @param volumeStep lots x 1e8
 * @param volumeLimit lots x 1e8
 * @param marginFlags margin flags
 * @param marginInitial margin initial
 * @param marginMaintenance margin maintenance
 * @param marginRatesInitial 8 x f64, indexed by order type 0..7
 * @param marginRatesMaintenance 8 x f64, indexed by order type 0..7
 * @param marginRateLiquidity margin rate liquidity
 * @param marginHedged margin hedged
 * @param marginRateCurrency margin rate currency
 * @param swapMode swap mode
 * @param swapLong swap long
 * @param swapShort swap short
 * @param swapRollover3days weekday of triple swap
 * @param permissionsFlags permissions flags
 * @param permissionsBookdepth depth of market levels allowed
 * @param swapRates 7 x f64, one per weekday
 */
public record TradeSettings(
    String symbolPath,
    int spreadDiff,
    int spreadDiffBalance,
    int tradeMode,
    int tradeStopsLevel,
    int tradeFreezeLevel,
    int tradeExemode,
    int tradeFillFlags,
    int tradeTimeFlags,
    int tradeOrderFlags,
    int tradeRequestFlags,
    int tradeRequestTimeout,
    int tradeInstantFlags,
    int tradeInstantTimeout,
    int tradeInstantSlipProfit,
    int tradeInstantSlipLosing,
    long tradeInstantVolume,
    int tradeInstantCheckmode,
    int tradeMarketFlags,
    int tradeExchangeFlags,
    long volumeMin,
    long volumeMax,
    long volumeStep,
    long volumeLimit,
    int marginFlags,
    double marginInitial,
    double marginMaintenance,
    List<Double> marginRatesInitial,
    List<Double> marginRatesMaintenance,
    double marginRateLiquidity,
    double marginHedged,
    double marginRateCurrency,
    int swapMode,
    double swapLong,
    double swapShort,
    int swapRollover3days,
    int permissionsFlags,
    int permissionsBookdepth,
    List<Double> swapRates) {

  /** Size of the record on the wire. */
  public static final int SIZE = 628;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("TRADE_SETTINGS")
          .utf16("symbol_path", 256)
          .i32("spread_diff")
          .i32("spread_diff_balance")
          .u32("trade_mode")
          .i32("trade_stops_level")
          .i32("trade_freeze_level")
          .u32("trade_exemode")
          .u32("trade_fill_flags")
          .u32("trade_time_flags")
          .u32("trade_order_flags")
          .u32("trade_request_flags")
          .u32("trade_request_timeout")
          .u32("trade_instant_flags")
          .u32("trade_instant_timeout")
          .u32("trade_instant_slip_profit")
          .u32("trade_instant_slip_losing")
          .u64("trade_instant_volume")
          .u32("trade_instant_checkmode")
          .u32("trade_market_flags")
          .u32("trade_exchange_flags")
          .u64("volume_min")
          .u64("volume_max")
          .u64("volume_step")
          .u64("volume_limit")
          .u32("margin_flags")
          .f64("margin_initial")
          .f64("margin_maintenance")
          .array("margin_rates_initial", FieldType.F64, 8)
          .array("margin_rates_maintenance", FieldType.F64, 8)
          .f64("margin_rate_liquidity")
          .f64("margin_hedged")
          .f64("margin_rate_currency")
          .u32("swap_mode")
          .f64("swap_long")
          .f64("swap_short")
          .i32("swap_rollover3days")
          .u32("permissions_flags")
          .u32("permissions_bookdepth")
          .array("swap_rates", FieldType.F64, 7)
          .build();

  /**
   * Checks that {@code symbolPath} is not null and that the rate lists have their wire lengths (8,
   * 8 and 7), and copies them.
   *
   * @param symbolPath group path mask the settings apply to (e.g. Forex\*)
   * @param spreadDiff spread markup, points
   * @param spreadDiffBalance markup balance between bid and ask, points
   * @param tradeMode SYMBOL_TRADE_MODE: 0 disabled, 1 long only, 2 short only, 3 close only, 4 full
   * @param tradeStopsLevel points
   * @param tradeFreezeLevel points
   * @param tradeExemode execution: 0 request, 1 instant, 2 market, 3 exchange
   * @param tradeFillFlags bit set: 1 FOK, 2 IOC, 4 BOC
   * @param tradeTimeFlags bit set: 1 GTC, 2 DAY, 4 SPECIFIED, 8 SPECIFIED_DAY
   * @param tradeOrderFlags bit set: 1 MARKET, 2 LIMIT, 4 STOP, 8 STOP_LIMIT, 16 SL, 32 TP, 64
   *     CLOSEBY
   * @param tradeRequestFlags trade request flags
   * @param tradeRequestTimeout trade request timeout
   * @param tradeInstantFlags trade instant flags
   * @param tradeInstantTimeout seconds a requote stays valid (default 7)
   * @param tradeInstantSlipProfit trade instant slip profit
   * @param tradeInstantSlipLosing trade instant slip losing
   * @param tradeInstantVolume max volume for instant execution, lots x 1e8 (0 = unlimited)
   * @param tradeInstantCheckmode trade instant checkmode
   * @param tradeMarketFlags trade market flags
   * @param tradeExchangeFlags trade exchange flags
   * @param volumeMin lots x 1e8
   * @param volumeMax lots x 1e8
   * @param volumeStep lots x 1e8
   * @param volumeLimit lots x 1e8
   * @param marginFlags margin flags
   * @param marginInitial margin initial
   * @param marginMaintenance margin maintenance
   * @param marginRatesInitial 8 x f64, indexed by order type 0..7
   * @param marginRatesMaintenance 8 x f64, indexed by order type 0..7
   * @param marginRateLiquidity margin rate liquidity
   * @param marginHedged margin hedged
   * @param marginRateCurrency margin rate currency
   * @param swapMode swap mode
   * @param swapLong swap long
   * @param swapShort swap short
   * @param swapRollover3days weekday of triple swap
   * @param permissionsFlags permissions flags
   * @param permissionsBookdepth depth of market levels allowed
   * @param swapRates 7 x f64, one per weekday
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException if a rate list has the wrong length
   */
  public TradeSettings {
    Objects.requireNonNull(symbolPath, "symbolPath");
    marginRatesInitial = Wire.fixedList(marginRatesInitial, 8, "marginRatesInitial");
    marginRatesMaintenance = Wire.fixedList(marginRatesMaintenance, 8, "marginRatesMaintenance");
    swapRates = Wire.fixedList(swapRates, 7, "swapRates");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static TradeSettings read(WireReader r, int off) {
    return new TradeSettings(
        r.utf16(off, 256, "symbol_path"),
        r.i32(off + 256, "spread_diff"),
        r.i32(off + 260, "spread_diff_balance"),
        r.u32(off + 264, "trade_mode"),
        r.i32(off + 268, "trade_stops_level"),
        r.i32(off + 272, "trade_freeze_level"),
        r.u32(off + 276, "trade_exemode"),
        r.u32(off + 280, "trade_fill_flags"),
        r.u32(off + 284, "trade_time_flags"),
        r.u32(off + 288, "trade_order_flags"),
        r.u32(off + 292, "trade_request_flags"),
        r.u32(off + 296, "trade_request_timeout"),
        r.u32(off + 300, "trade_instant_flags"),
        r.u32(off + 304, "trade_instant_timeout"),
        r.u32(off + 308, "trade_instant_slip_profit"),
        r.u32(off + 312, "trade_instant_slip_losing"),
        r.u64(off + 316, "trade_instant_volume"),
        r.u32(off + 324, "trade_instant_checkmode"),
        r.u32(off + 328, "trade_market_flags"),
        r.u32(off + 332, "trade_exchange_flags"),
        r.u64(off + 336, "volume_min"),
        r.u64(off + 344, "volume_max"),
        r.u64(off + 352, "volume_step"),
        r.u64(off + 360, "volume_limit"),
        r.u32(off + 368, "margin_flags"),
        r.f64(off + 372, "margin_initial"),
        r.f64(off + 380, "margin_maintenance"),
        Wire.doubles(r, off + 388, 8, "margin_rates_initial"),
        Wire.doubles(r, off + 452, 8, "margin_rates_maintenance"),
        r.f64(off + 516, "margin_rate_liquidity"),
        r.f64(off + 524, "margin_hedged"),
        r.f64(off + 532, "margin_rate_currency"),
        r.u32(off + 540, "swap_mode"),
        r.f64(off + 544, "swap_long"),
        r.f64(off + 552, "swap_short"),
        r.i32(off + 560, "swap_rollover3days"),
        r.u32(off + 564, "permissions_flags"),
        r.u32(off + 568, "permissions_bookdepth"),
        Wire.doubles(r, off + 572, 7, "swap_rates"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.utf16(symbolPath, 256);
    w.i32(spreadDiff);
    w.i32(spreadDiffBalance);
    w.u32(tradeMode);
    w.i32(tradeStopsLevel);
    w.i32(tradeFreezeLevel);
    w.u32(tradeExemode);
    w.u32(tradeFillFlags);
    w.u32(tradeTimeFlags);
    w.u32(tradeOrderFlags);
    w.u32(tradeRequestFlags);
    w.u32(tradeRequestTimeout);
    w.u32(tradeInstantFlags);
    w.u32(tradeInstantTimeout);
    w.u32(tradeInstantSlipProfit);
    w.u32(tradeInstantSlipLosing);
    w.u64(tradeInstantVolume);
    w.u32(tradeInstantCheckmode);
    w.u32(tradeMarketFlags);
    w.u32(tradeExchangeFlags);
    w.u64(volumeMin);
    w.u64(volumeMax);
    w.u64(volumeStep);
    w.u64(volumeLimit);
    w.u32(marginFlags);
    w.f64(marginInitial);
    w.f64(marginMaintenance);
    Wire.writeDoubles(w, marginRatesInitial);
    Wire.writeDoubles(w, marginRatesMaintenance);
    w.f64(marginRateLiquidity);
    w.f64(marginHedged);
    w.f64(marginRateCurrency);
    w.u32(swapMode);
    w.f64(swapLong);
    w.f64(swapShort);
    w.i32(swapRollover3days);
    w.u32(permissionsFlags);
    w.u32(permissionsBookdepth);
    Wire.writeDoubles(w, swapRates);
  }
}
