package io.github.jmt5.server.internal.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.wire.Volume;
import io.github.jmt5.server.market.MarketQuote;
import io.github.jmt5.server.market.SymbolCatalog;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CalculatorTest {
  private static final SymbolCatalog CATALOG = SymbolCatalog.standard();
  private static final Map<String, MarketQuote> QUOTES =
      Map.of(
          "EURUSD", new MarketQuote("EURUSD", 1.1000, 1.1002, 0, 0),
          "USDJPY", new MarketQuote("USDJPY", 150.00, 150.02, 0, 0),
          "GBPUSD", new MarketQuote("GBPUSD", 1.2500, 1.2502, 0, 0),
          "USDRUB", new MarketQuote("USDRUB", 90.00, 90.10, 0, 0));
  private final Calculator calc =
      new Calculator(new CurrencyConverter(s -> Optional.ofNullable(QUOTES.get(s))));

  private static FullSymbol symbol(String name) {
    return CATALOG.byName(name).orElseThrow();
  }

  @Test
  void forexMarginIsUnitsOverLeverageConvertedAtTheAsk() {
    double m = calc.margin(symbol("EURUSD"), true, 1, 1.1002, 100, "USD").orElseThrow();
    assertThat(m).isCloseTo(1000 * 1.1002, offset(1e-9));
    assertThat(calc.margin(symbol("EURUSD"), true, 1, 1.1002, 100, "EUR").orElseThrow())
        .isEqualTo(1000);
  }

  @Test
  void forexProfitInTheQuoteCurrencyAndConverted() {
    assertThat(calc.profit(symbol("EURUSD"), true, 1, 1.1000, 1.1010, "USD").orElseThrow())
        .isEqualTo(100.0);
    assertThat(calc.profit(symbol("EURUSD"), false, 0.5, 1.1000, 1.1010, "USD").orElseThrow())
        .isEqualTo(-50.0);
    // 100,000 JPY to USD through the inverse pair USDJPY: a buy converts at 1 / bid
    assertThat(calc.profit(symbol("USDJPY"), true, 1, 150.00, 151.00, "USD").orElseThrow())
        .isEqualTo(Math.round(100_000 / 150.00 * 100) / 100.0);
    // USD profit on a EUR account through EURUSD
    assertThat(calc.profit(symbol("EURUSD"), true, 1, 1.1000, 1.1010, "EUR").orElseThrow())
        .isEqualTo(Math.round(100 / 1.1000 * 100) / 100.0);
  }

  @Test
  void cfdModes() {
    FullSymbol gold = symbol("XAUUSD"); // CFD: units x price
    assertThat(calc.margin(gold, true, 1, 2000, 100, "USD").orElseThrow()).isEqualTo(200_000);
    assertThat(calc.profit(gold, true, 0.1, 2000, 2010, "USD").orElseThrow()).isEqualTo(100.0);
    FullSymbol btc = symbol("BTCUSD"); // CFD leverage: units x price / leverage
    assertThat(calc.margin(btc, true, 1, 60_000, 100, "USD").orElseThrow()).isEqualTo(600);
    FullSymbol us30 = symbol("US30"); // CFD index: units x price x tick value / tick size
    assertThat(calc.margin(us30, true, 2, 39_000, 100, "USD").orElseThrow())
        .isCloseTo(78_000, offset(1e-6));
  }

  @Test
  void futuresProfitUsesTickValueOverTickSize() {
    FullSymbol gas = symbol("NGAS"); // Futures, contract 10,000, tick 0.001 worth 10
    double ratio = gas.tickValue() / gas.tickSize();
    assertThat(calc.profit(gas, true, 1, 2.000, 2.010, "USD").orElseThrow())
        .isCloseTo(0.010 * ratio, offset(0.01));
  }

  @Test
  void bondMarginIsUnitsTimesFaceValueTimesPriceInPercent() {
    FullSymbol ust = symbol("UST2034"); // exchange bonds (37): one bond per lot, face 1,000
    assertThat(ust.tradeCalcMode()).isEqualTo(37);
    assertThat(ust.faceValue()).isEqualTo(1000);
    // 2 lots x 1 x 1,000 x 96.5 / 100
    assertThat(calc.margin(ust, true, 2, 96.5, 100, "USD").orElseThrow())
        .isCloseTo(1930, offset(1e-9));
    // (97.25 - 96.5) / 100 x 1,000 x 2 lots: no accrued interest
    assertThat(calc.profit(ust, true, 2, 96.5, 97.25, "USD").orElseThrow()).isEqualTo(15.0);
    FullSymbol ofz = symbol("OFZ26238"); // exchange bonds MOEX (39), in roubles
    assertThat(ofz.tradeCalcMode()).isEqualTo(39);
    // 10 x 1 x 1,000 x 61.5 / 100 = 6,150 RUB
    assertThat(calc.margin(ofz, true, 10, 61.5, 100, "RUB").orElseThrow())
        .isCloseTo(6150, offset(1e-9));
    // to USD through the inverse pair USDRUB: a buy at 1 / bid, a sell at 1 / ask
    assertThat(calc.margin(ofz, true, 10, 61.5, 100, "USD").orElseThrow())
        .isCloseTo(6150 / 90.00, offset(1e-9));
    assertThat(calc.margin(ofz, false, 10, 61.5, 100, "USD").orElseThrow())
        .isCloseTo(6150 / 90.10, offset(1e-9));
  }

  @Test
  void collateralHoldsNoMarginAndCountsAsAssetsByItsLiquidityRate() {
    FullSymbol gold = symbol("XAUCOL"); // collateral (64), liquidity rate 0.8
    assertThat(gold.tradeCalcMode()).isEqualTo(64);
    assertThat(gold.trade().marginRateLiquidity()).isEqualTo(0.8);
    assertThat(calc.margin(gold, true, 5, 2400, 100, "USD").orElseThrow()).isZero();
    assertThat(calc.profit(gold, true, 5, 2400, 2500, "USD").orElseThrow()).isZero();
    // 3 lots x 1 oz x 2,400 x 0.8
    assertThat(calc.assets(gold, true, 3, 2400, "USD").orElseThrow()).isEqualTo(5760.0);
    assertThat(calc.assets(gold, false, 3, 2400, "USD").orElseThrow()).isEqualTo(-5760.0);
    assertThat(calc.assets(symbol("XAUUSD"), true, 3, 2400, "USD").orElseThrow()).isZero();
  }

  @Test
  void coveredVolumeIsChargedTheHedgedMargin() {
    FullSymbol eurusd = symbol("EURUSD"); // hedged margin 50,000 of a 100,000 contract
    assertThat(Calculator.hedgedRatio(eurusd)).isEqualTo(0.5);
    var positions =
        java.util.List.of(
            new UsedMargin.Exposure(eurusd, true, Volume.toWire(1), 1.1000),
            new UsedMargin.Exposure(eurusd, false, Volume.toWire(0.4), 1.1000));
    // full: buy 100,000 / 100 x ask 1.1002 = 1,100.20; sell 40,000 / 100 x bid 1.1000 = 440
    assertThat(UsedMargin.of(calc, positions, false, 100, "USD")).isCloseTo(1540.20, offset(1e-9));
    // hedged, 0.4 lot covered: buy 1,100.20 x 0.6 + 1,100.20 x 0.4 x 0.5 = 880.16;
    // sell all covered: 440 x 0.5 = 220
    assertThat(UsedMargin.of(calc, positions, true, 100, "USD")).isCloseTo(1100.16, offset(1e-9));
  }

  @Test
  void noRateNoAnswer() {
    assertThat(calc.margin(symbol("EURUSD"), true, 1, 1.1, 100, "CHF")).isEmpty();
    assertThat(calc.profit(symbol("GER40"), true, 1, 18_000, 18_100, "CHF"))
        .isEmpty(); // no EURCHF, no USDCHF quote
  }
}
