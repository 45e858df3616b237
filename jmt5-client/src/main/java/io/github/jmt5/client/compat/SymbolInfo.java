package io.github.jmt5.client.compat;

import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.protocol.message.account.TradeSettings;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.wire.Volume;
import java.util.Optional;

/**
 * A symbol, as the official {@code SymbolInfo}: the fields the web protocol's full symbol
 * configuration carries, plus the live quote.
 *
 * <p>The quote fields ({@code time}, {@code bid}, {@code ask}, {@code last}, {@code volume}) come
 * from the ticks received since the symbol was selected ({@link MetaTrader5#symbolSelect}); they
 * are 0 for a symbol that is not selected. Session statistics (session deals, turnover, daily highs
 * and lows), option greeks and the custom-symbol formula are not carried by the web protocol and
 * are left out of this record.
 *
 * @param custom always false
 * @param chartMode 0 bid, 1 last
 * @param select whether the symbol is selected with {@link MetaTrader5#symbolSelect}
 * @param visible same as {@code select}
 * @param digits price digits
 * @param spread spread in points: the live one for a floating spread, else the fixed one
 * @param spreadFloat whether the spread is floating
 * @param ticksBookdepth order book depth
 * @param tradeCalcMode margin and profit calculation mode
 * @param tradeMode {@code SYMBOL_TRADE_MODE_*}: 0 disabled, 1 long only, 2 short only, 3 close
 *     only, 4 full
 * @param startTime first trading day, Unix seconds
 * @param expirationTime last trading day, Unix seconds
 * @param tradeStopsLevel minimal distance of stops from the price, points
 * @param tradeFreezeLevel freeze distance, points
 * @param tradeExemode execution: 0 request, 1 instant, 2 market, 3 exchange
 * @param swapMode swap calculation mode
 * @param swapRollover3days weekday of the triple swap
 * @param expirationMode allowed lifetimes: 1 GTC, 2 day, 4 specified, 8 specified day
 * @param fillingMode allowed filling policies: 1 FOK, 2 IOC, 4 BOC
 * @param orderMode allowed order kinds: 1 market, 2 limit, 4 stop, 8 stop limit, 16 SL, 32 TP, 64
 *     close by
 * @param orderGtcMode lifetime of stops of GTC orders
 * @param optionMode option type
 * @param time time of the last quote, Unix seconds
 * @param bid bid
 * @param ask ask
 * @param last last deal price
 * @param volume volume of the last deal
 * @param point point size
 * @param tradeTickValue value of one tick in the profit currency
 * @param tradeTickSize tick size
 * @param tradeContractSize contract size
 * @param tradeAccruedInterest accrued interest (bonds)
 * @param tradeFaceValue face value (bonds)
 * @param tradeLiquidityRate liquidity rate
 * @param volumeMin minimal volume, lots
 * @param volumeMax maximal volume, lots
 * @param volumeStep volume step, lots
 * @param volumeLimit maximal total volume of one direction, lots
 * @param swapLong long swap
 * @param swapShort short swap
 * @param marginInitial initial margin
 * @param marginMaintenance maintenance margin
 * @param marginHedged hedged margin
 * @param optionStrike option strike
 * @param sessionPriceSettlement settlement price
 * @param sessionPriceLimitMin lowest allowed price
 * @param sessionPriceLimitMax highest allowed price
 * @param basis underlying
 * @param category category
 * @param currencyBase base currency
 * @param currencyProfit profit currency
 * @param currencyMargin margin currency
 * @param description description
 * @param exchange exchange
 * @param isin ISIN
 * @param name symbol name
 * @param page web page
 * @param path group path, e.g. {@code Forex\Majors\EURUSD}
 */
public record SymbolInfo(
    boolean custom,
    int chartMode,
    boolean select,
    boolean visible,
    int digits,
    int spread,
    boolean spreadFloat,
    int ticksBookdepth,
    int tradeCalcMode,
    int tradeMode,
    long startTime,
    long expirationTime,
    int tradeStopsLevel,
    int tradeFreezeLevel,
    int tradeExemode,
    int swapMode,
    int swapRollover3days,
    int expirationMode,
    int fillingMode,
    int orderMode,
    int orderGtcMode,
    int optionMode,
    long time,
    double bid,
    double ask,
    double last,
    long volume,
    double point,
    double tradeTickValue,
    double tradeTickSize,
    double tradeContractSize,
    double tradeAccruedInterest,
    double tradeFaceValue,
    double tradeLiquidityRate,
    double volumeMin,
    double volumeMax,
    double volumeStep,
    double volumeLimit,
    double swapLong,
    double swapShort,
    double marginInitial,
    double marginMaintenance,
    double marginHedged,
    double optionStrike,
    double sessionPriceSettlement,
    double sessionPriceLimitMin,
    double sessionPriceLimitMax,
    String basis,
    String category,
    String currencyBase,
    String currencyProfit,
    String currencyMargin,
    String description,
    String exchange,
    String isin,
    String name,
    String page,
    String path) {

  static SymbolInfo of(FullSymbol s, String path, Optional<SymbolQuote> quote, boolean selected) {
    TradeSettings t = s.trade();
    double bid = quote.map(SymbolQuote::bid).orElse(0.0);
    double ask = quote.map(SymbolQuote::ask).orElse(0.0);
    boolean floating = s.spread() == 0;
    int spread =
        floating && bid > 0 && ask > 0 && s.point() > 0
            ? (int) Math.round((ask - bid) / s.point())
            : s.spread();
    return new SymbolInfo(
        false,
        s.ticksChartMode(),
        selected,
        selected,
        s.digits(),
        spread,
        floating,
        s.ticksBookdepth(),
        s.tradeCalcMode(),
        t.tradeMode(),
        Integer.toUnsignedLong(s.timeStart()),
        Integer.toUnsignedLong(s.timeExpiration()),
        t.tradeStopsLevel(),
        t.tradeFreezeLevel(),
        t.tradeExemode(),
        t.swapMode(),
        t.swapRollover3days(),
        t.tradeTimeFlags(),
        t.tradeFillFlags(),
        t.tradeOrderFlags(),
        s.tradeGtcMode(),
        s.tradeOptionMode(),
        quote.map(q -> q.time().getEpochSecond()).orElse(0L),
        bid,
        ask,
        quote.map(SymbolQuote::last).orElse(0.0),
        quote.map(SymbolQuote::volume).orElse(0L),
        s.point(),
        s.tickValue(),
        s.tickSize(),
        s.contractSize(),
        s.accruedInterest(),
        s.faceValue(),
        t.marginRateLiquidity(),
        Volume.toLots(t.volumeMin()),
        Volume.toLots(t.volumeMax()),
        Volume.toLots(t.volumeStep()),
        Volume.toLots(t.volumeLimit()),
        t.swapLong(),
        t.swapShort(),
        t.marginInitial(),
        t.marginMaintenance(),
        t.marginHedged(),
        s.tradePriceStrike(),
        s.tradePriceSettle(),
        s.tradePriceLimitMin(),
        s.tradePriceLimitMax(),
        s.basis(),
        s.category(),
        s.currencyBase(),
        s.currencyProfit(),
        s.currencyMargin(),
        s.symbolDescription(),
        s.tradeExchange(),
        s.isin(),
        s.tradeSymbol(),
        s.symbolPage(),
        path);
  }
}
