package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.message.account.TradeSettings;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * A full symbol configuration (cmd 18 reply, cmd 13 push).
 *
 * <p>Wire record FULL_SYMBOL, 3068 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param tradeSymbol trade symbol
 * @param isin isin
 * @param symbolDescription symbol description
 * @param international international
 * @param basis basis
 * @param symbolSource symbol source
 * @param symbolPage URL
 * @param category category
 * @param tradeExchange trade exchange
 * @param cfi cfi
 * @param sector sector
 * @param industry industry
 * @param country country
 * @param currencyBase currency base
 * @param currencyProfit currency profit
 * @param currencyMargin currency margin
 * @param currencyBaseDigits currency base digits
 * @param currencyProfitDigits currency profit digits
 * @param currencyMarginDigits currency margin digits
 * @param symbolColor symbol color
 * @param colorBackground color background
 * @param digits digits
 * @param point 10^-digits
 * @param symbolMultiply symbol multiply
 * @param symbolId symbol id
 * @param ticksFlags ticks flags
 * @param ticksBookdepth DOM depth
 * @param ticksChartMode 0 bid, 1 last
 * @param tradeFlags trade flags
 * @param spread points
 * @param spreadBalance spread balance
 * @param tickValue tick value
 * @param tickSize tick size
 * @param contractSize contract size
 * @param tradeGtcMode trade gtc mode
 * @param tradeCalcMode see 9.10
 * @param tradePriceSettle trade price settle
 * @param tradePriceLimitMin trade price limit min
 * @param tradePriceLimitMax trade price limit max
 * @param tradePriceStrike trade price strike
 * @param tradeOptionMode trade option mode
 * @param faceValue bonds
 * @param accruedInterest bonds
 * @param timeFlags time flags
 * @param timeStart first trade time, Unix s
 * @param timeExpiration last trade time, Unix s
 * @param trade one TRADE_SETTINGS record (same layout as in the account response)
 * @param schedule 7 days x 16 quote sessions, then 7 x 16 trade sessions; each session =
 *     SCHEDULE_SESSION (4 bytes)
 * @param subscription one SUBSCRIPTION record
 */
public record FullSymbol(
    String tradeSymbol,
    String isin,
    String symbolDescription,
    String international,
    String basis,
    String symbolSource,
    String symbolPage,
    String category,
    String tradeExchange,
    String cfi,
    int sector,
    int industry,
    String country,
    String currencyBase,
    String currencyProfit,
    String currencyMargin,
    int currencyBaseDigits,
    int currencyProfitDigits,
    int currencyMarginDigits,
    int symbolColor,
    int colorBackground,
    int digits,
    double point,
    double symbolMultiply,
    int symbolId,
    int ticksFlags,
    int ticksBookdepth,
    int ticksChartMode,
    int tradeFlags,
    int spread,
    int spreadBalance,
    double tickValue,
    double tickSize,
    double contractSize,
    int tradeGtcMode,
    int tradeCalcMode,
    double tradePriceSettle,
    double tradePriceLimitMin,
    double tradePriceLimitMax,
    double tradePriceStrike,
    int tradeOptionMode,
    double faceValue,
    double accruedInterest,
    int timeFlags,
    int timeStart,
    int timeExpiration,
    TradeSettings trade,
    Schedule schedule,
    SymbolSubscription subscription) {

  /** Size of the record on the wire. */
  public static final int SIZE = 3068;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("FULL_SYMBOL")
          .utf16("trade_symbol", 64)
          .utf16("isin", 32)
          .utf16("symbol_description", 128)
          .utf16("international", 128)
          .utf16("basis", 64)
          .utf16("symbol_source", 64)
          .utf16("symbol_page", 512)
          .utf16("category", 128)
          .utf16("trade_exchange", 128)
          .utf16("cfi", 16)
          .u16("sector")
          .u16("industry")
          .utf16("country", 8)
          .utf16("currency_base", 32)
          .utf16("currency_profit", 32)
          .utf16("currency_margin", 32)
          .u32("currency_base_digits")
          .u32("currency_profit_digits")
          .u32("currency_margin_digits")
          .u32("symbol_color")
          .u32("color_background")
          .u32("digits")
          .f64("point")
          .f64("symbol_multiply")
          .u32("symbol_id")
          .u32("ticks_flags")
          .u32("ticks_bookdepth")
          .u32("ticks_chart_mode")
          .u32("trade_flags")
          .i32("spread")
          .i32("spread_balance")
          .f64("tick_value")
          .f64("tick_size")
          .f64("contract_size")
          .u32("trade_gtc_mode")
          .u32("trade_calc_mode")
          .f64("trade_price_settle")
          .f64("trade_price_limit_min")
          .f64("trade_price_limit_max")
          .f64("trade_price_strike")
          .u32("trade_option_mode")
          .f64("face_value")
          .f64("accrued_interest")
          .u32("time_flags")
          .i32("time_start")
          .i32("time_expiration")
          .nested("trade", TradeSettings.LAYOUT)
          .nested("schedule", Schedule.LAYOUT)
          .nested("subscription", SymbolSubscription.LAYOUT)
          .build();

  /**
   * Checks that {@code tradeSymbol}, {@code isin}, {@code symbolDescription}, {@code
   * international}, {@code basis}, {@code symbolSource}, {@code symbolPage}, {@code category},
   * {@code tradeExchange}, {@code cfi}, {@code country}, {@code currencyBase}, {@code
   * currencyProfit}, {@code currencyMargin}, {@code trade}, {@code schedule} and {@code
   * subscription} are not null.
   *
   * @param tradeSymbol trade symbol
   * @param isin isin
   * @param symbolDescription symbol description
   * @param international international
   * @param basis basis
   * @param symbolSource symbol source
   * @param symbolPage URL
   * @param category category
   * @param tradeExchange trade exchange
   * @param cfi cfi
   * @param sector sector
   * @param industry industry
   * @param country country
   * @param currencyBase currency base
   * @param currencyProfit currency profit
   * @param currencyMargin currency margin
   * @param currencyBaseDigits currency base digits
   * @param currencyProfitDigits currency profit digits
   * @param currencyMarginDigits currency margin digits
   * @param symbolColor symbol color
   * @param colorBackground color background
   * @param digits digits
   * @param point 10^-digits
   * @param symbolMultiply symbol multiply
   * @param symbolId symbol id
   * @param ticksFlags ticks flags
   * @param ticksBookdepth DOM depth
   * @param ticksChartMode 0 bid, 1 last
   * @param tradeFlags trade flags
   * @param spread points
   * @param spreadBalance spread balance
   * @param tickValue tick value
   * @param tickSize tick size
   * @param contractSize contract size
   * @param tradeGtcMode trade gtc mode
   * @param tradeCalcMode see 9.10
   * @param tradePriceSettle trade price settle
   * @param tradePriceLimitMin trade price limit min
   * @param tradePriceLimitMax trade price limit max
   * @param tradePriceStrike trade price strike
   * @param tradeOptionMode trade option mode
   * @param faceValue bonds
   * @param accruedInterest bonds
   * @param timeFlags time flags
   * @param timeStart first trade time, Unix s
   * @param timeExpiration last trade time, Unix s
   * @param trade one TRADE_SETTINGS record (same layout as in the account response)
   * @param schedule 7 days x 16 quote sessions, then 7 x 16 trade sessions
   * @param subscription one SUBSCRIPTION record
   * @throws NullPointerException if any of them is null
   */
  public FullSymbol {
    Objects.requireNonNull(tradeSymbol, "tradeSymbol");
    Objects.requireNonNull(isin, "isin");
    Objects.requireNonNull(symbolDescription, "symbolDescription");
    Objects.requireNonNull(international, "international");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(symbolSource, "symbolSource");
    Objects.requireNonNull(symbolPage, "symbolPage");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(tradeExchange, "tradeExchange");
    Objects.requireNonNull(cfi, "cfi");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(currencyBase, "currencyBase");
    Objects.requireNonNull(currencyProfit, "currencyProfit");
    Objects.requireNonNull(currencyMargin, "currencyMargin");
    Objects.requireNonNull(trade, "trade");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(subscription, "subscription");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static FullSymbol read(WireReader r, int off) {
    return new FullSymbol(
        r.utf16(off, 64, "trade_symbol"),
        r.utf16(off + 64, 32, "isin"),
        r.utf16(off + 96, 128, "symbol_description"),
        r.utf16(off + 224, 128, "international"),
        r.utf16(off + 352, 64, "basis"),
        r.utf16(off + 416, 64, "symbol_source"),
        r.utf16(off + 480, 512, "symbol_page"),
        r.utf16(off + 992, 128, "category"),
        r.utf16(off + 1120, 128, "trade_exchange"),
        r.utf16(off + 1248, 16, "cfi"),
        r.u16(off + 1264, "sector"),
        r.u16(off + 1266, "industry"),
        r.utf16(off + 1268, 8, "country"),
        r.utf16(off + 1276, 32, "currency_base"),
        r.utf16(off + 1308, 32, "currency_profit"),
        r.utf16(off + 1340, 32, "currency_margin"),
        r.u32(off + 1372, "currency_base_digits"),
        r.u32(off + 1376, "currency_profit_digits"),
        r.u32(off + 1380, "currency_margin_digits"),
        r.u32(off + 1384, "symbol_color"),
        r.u32(off + 1388, "color_background"),
        r.u32(off + 1392, "digits"),
        r.f64(off + 1396, "point"),
        r.f64(off + 1404, "symbol_multiply"),
        r.u32(off + 1412, "symbol_id"),
        r.u32(off + 1416, "ticks_flags"),
        r.u32(off + 1420, "ticks_bookdepth"),
        r.u32(off + 1424, "ticks_chart_mode"),
        r.u32(off + 1428, "trade_flags"),
        r.i32(off + 1432, "spread"),
        r.i32(off + 1436, "spread_balance"),
        r.f64(off + 1440, "tick_value"),
        r.f64(off + 1448, "tick_size"),
        r.f64(off + 1456, "contract_size"),
        r.u32(off + 1464, "trade_gtc_mode"),
        r.u32(off + 1468, "trade_calc_mode"),
        r.f64(off + 1472, "trade_price_settle"),
        r.f64(off + 1480, "trade_price_limit_min"),
        r.f64(off + 1488, "trade_price_limit_max"),
        r.f64(off + 1496, "trade_price_strike"),
        r.u32(off + 1504, "trade_option_mode"),
        r.f64(off + 1508, "face_value"),
        r.f64(off + 1516, "accrued_interest"),
        r.u32(off + 1524, "time_flags"),
        r.i32(off + 1528, "time_start"),
        r.i32(off + 1532, "time_expiration"),
        TradeSettings.read(r, off + 1536),
        Schedule.read(r, off + 2164),
        SymbolSubscription.read(r, off + 3060));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.utf16(tradeSymbol, 64);
    w.utf16(isin, 32);
    w.utf16(symbolDescription, 128);
    w.utf16(international, 128);
    w.utf16(basis, 64);
    w.utf16(symbolSource, 64);
    w.utf16(symbolPage, 512);
    w.utf16(category, 128);
    w.utf16(tradeExchange, 128);
    w.utf16(cfi, 16);
    w.u16(sector);
    w.u16(industry);
    w.utf16(country, 8);
    w.utf16(currencyBase, 32);
    w.utf16(currencyProfit, 32);
    w.utf16(currencyMargin, 32);
    w.u32(currencyBaseDigits);
    w.u32(currencyProfitDigits);
    w.u32(currencyMarginDigits);
    w.u32(symbolColor);
    w.u32(colorBackground);
    w.u32(digits);
    w.f64(point);
    w.f64(symbolMultiply);
    w.u32(symbolId);
    w.u32(ticksFlags);
    w.u32(ticksBookdepth);
    w.u32(ticksChartMode);
    w.u32(tradeFlags);
    w.i32(spread);
    w.i32(spreadBalance);
    w.f64(tickValue);
    w.f64(tickSize);
    w.f64(contractSize);
    w.u32(tradeGtcMode);
    w.u32(tradeCalcMode);
    w.f64(tradePriceSettle);
    w.f64(tradePriceLimitMin);
    w.f64(tradePriceLimitMax);
    w.f64(tradePriceStrike);
    w.u32(tradeOptionMode);
    w.f64(faceValue);
    w.f64(accruedInterest);
    w.u32(timeFlags);
    w.i32(timeStart);
    w.i32(timeExpiration);
    trade.write(w);
    schedule.write(w);
    subscription.write(w);
  }
}
