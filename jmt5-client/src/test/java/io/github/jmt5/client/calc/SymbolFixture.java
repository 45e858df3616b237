package io.github.jmt5.client.calc;

import io.github.jmt5.protocol.message.account.TradeSettings;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.market.Schedule;
import io.github.jmt5.protocol.message.market.SymbolSubscription;
import io.github.jmt5.protocol.wire.Volume;
import java.util.Collections;
import java.util.List;

/** Builds full symbol configurations with only the fields the calculations read. */
final class SymbolFixture {
  String name = "TEST";
  int calcMode;
  String base = "EUR";
  String profit = "USD";
  String margin = "EUR";
  int digits = 5;
  double contractSize = 100_000;
  double tickSize = 0.00001;
  double tickValue = 1;
  double faceValue;
  int tradeMode = 4;
  int stopsLevel;
  int orderFlags = 127;
  double volumeMin = 0.01;
  double volumeMax = 100;
  double volumeStep = 0.01;
  double marginInitial;
  double marginHedged;
  List<Double> marginRates = Collections.nCopies(8, 1.0);
  double liquidityRate;

  static SymbolFixture forex(String name) {
    SymbolFixture f = new SymbolFixture();
    f.name = name;
    f.base = name.substring(0, 3);
    f.profit = name.substring(3, 6);
    f.margin = f.base;
    f.digits = name.contains("JPY") ? 3 : 5;
    f.tickSize = Math.pow(10, -f.digits);
    f.tickValue = f.contractSize * f.tickSize;
    return f;
  }

  /** A copy of {@code s} with the calc mode, initial margin and margin rates replaced. */
  static FullSymbol with(FullSymbol s, int calcMode, double marginInitial, List<Double> rates) {
    TradeSettings t = s.trade();
    TradeSettings trade =
        new TradeSettings(
            t.symbolPath(),
            t.spreadDiff(),
            t.spreadDiffBalance(),
            t.tradeMode(),
            t.tradeStopsLevel(),
            t.tradeFreezeLevel(),
            t.tradeExemode(),
            t.tradeFillFlags(),
            t.tradeTimeFlags(),
            t.tradeOrderFlags(),
            t.tradeRequestFlags(),
            t.tradeRequestTimeout(),
            t.tradeInstantFlags(),
            t.tradeInstantTimeout(),
            t.tradeInstantSlipProfit(),
            t.tradeInstantSlipLosing(),
            t.tradeInstantVolume(),
            t.tradeInstantCheckmode(),
            t.tradeMarketFlags(),
            t.tradeExchangeFlags(),
            t.volumeMin(),
            t.volumeMax(),
            t.volumeStep(),
            t.volumeLimit(),
            t.marginFlags(),
            marginInitial,
            t.marginMaintenance(),
            rates,
            t.marginRatesMaintenance(),
            t.marginRateLiquidity(),
            t.marginHedged(),
            t.marginRateCurrency(),
            t.swapMode(),
            t.swapLong(),
            t.swapShort(),
            t.swapRollover3days(),
            t.permissionsFlags(),
            t.permissionsBookdepth(),
            t.swapRates());
    return full(s, calcMode, trade);
  }

  FullSymbol build() {
    TradeSettings trade =
        new TradeSettings(
            "Test\\*",
            0,
            0,
            tradeMode,
            stopsLevel,
            0,
            2,
            3,
            15,
            orderFlags,
            0,
            0,
            0,
            7,
            0,
            0,
            0,
            0,
            0,
            0,
            Volume.toWire(volumeMin),
            Volume.toWire(volumeMax),
            Volume.toWire(volumeStep),
            0,
            0,
            marginInitial,
            0,
            marginRates,
            Collections.nCopies(8, 1.0),
            liquidityRate,
            marginHedged,
            0,
            0,
            0,
            0,
            3,
            0,
            10,
            Collections.nCopies(7, 0.0));
    FullSymbol proto =
        new FullSymbol(
            name,
            "",
            name,
            name,
            base,
            "",
            "",
            "Test",
            "",
            "",
            0,
            0,
            "",
            base,
            profit,
            margin,
            2,
            2,
            2,
            0,
            0,
            digits,
            Math.pow(10, -digits),
            1,
            1,
            0,
            10,
            0,
            0,
            10,
            0,
            tickValue,
            tickSize,
            contractSize,
            0,
            calcMode,
            0,
            0,
            0,
            0,
            0,
            faceValue,
            0,
            0,
            0,
            0,
            trade,
            Schedule.empty(),
            new SymbolSubscription(0, 1, 0, 0));
    return proto;
  }

  private static FullSymbol full(FullSymbol s, int calcMode, TradeSettings trade) {
    return new FullSymbol(
        s.tradeSymbol(),
        s.isin(),
        s.symbolDescription(),
        s.international(),
        s.basis(),
        s.symbolSource(),
        s.symbolPage(),
        s.category(),
        s.tradeExchange(),
        s.cfi(),
        s.sector(),
        s.industry(),
        s.country(),
        s.currencyBase(),
        s.currencyProfit(),
        s.currencyMargin(),
        s.currencyBaseDigits(),
        s.currencyProfitDigits(),
        s.currencyMarginDigits(),
        s.symbolColor(),
        s.colorBackground(),
        s.digits(),
        s.point(),
        s.symbolMultiply(),
        s.symbolId(),
        s.ticksFlags(),
        s.ticksBookdepth(),
        s.ticksChartMode(),
        s.tradeFlags(),
        s.spread(),
        s.spreadBalance(),
        s.tickValue(),
        s.tickSize(),
        s.contractSize(),
        s.tradeGtcMode(),
        calcMode,
        s.tradePriceSettle(),
        s.tradePriceLimitMin(),
        s.tradePriceLimitMax(),
        s.tradePriceStrike(),
        s.tradeOptionMode(),
        s.faceValue(),
        s.accruedInterest(),
        s.timeFlags(),
        s.timeStart(),
        s.timeExpiration(),
        trade,
        s.schedule(),
        s.subscription());
  }
}
