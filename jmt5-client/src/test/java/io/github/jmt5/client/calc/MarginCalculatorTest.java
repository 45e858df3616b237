package io.github.jmt5.client.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.message.market.FullSymbol;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarginCalculatorTest {
  private final MapQuoteBook quotes =
      new MapQuoteBook().put("EURUSD", 1.0850, 1.0852).put("USDRUB", 92.0, 92.3);
  private final MarginCalculator calc = new MarginCalculator(new CurrencyConverter(quotes));

  private static SymbolFixture usdSymbol(int mode) {
    SymbolFixture f = new SymbolFixture();
    f.calcMode = mode;
    f.base = "XYZ";
    f.profit = "USD";
    f.margin = "USD";
    f.digits = 2;
    return f;
  }

  @Test
  void forexDividesByLeverageAndConvertsOnTheOrderSide() {
    FullSymbol eurusd = SymbolFixture.forex("EURUSD").build();
    // 1 lot x 100,000 / 100 = 1,000 EUR; buy converts at the EURUSD ask: 1,000 x 1.0852
    assertThat(calc.margin(eurusd, OrderType.BUY, 1, 1.0852, 100, "USD"))
        .isCloseTo(1085.2, offset(1e-9));
    // sell converts at the bid: 1,000 x 1.0850
    assertThat(calc.margin(eurusd, OrderType.SELL, 1, 1.0850, 100, "USD"))
        .isCloseTo(1085.0, offset(1e-9));
    // in the margin currency: 0.25 x 100,000 / 500 = 50 EUR
    assertThat(calc.marginInMarginCurrency(eurusd, OrderType.BUY, 0.25, 1.0852, 500))
        .isCloseTo(50, offset(1e-9));
  }

  @Test
  void forexWithoutLeverage() {
    SymbolFixture f = SymbolFixture.forex("EURUSD");
    f.calcMode = 5;
    // 0.5 x 100,000 = 50,000 EUR, x 1.0852 (buy) = 54,260 USD; the leverage is ignored
    assertThat(calc.margin(f.build(), OrderType.BUY, 0.5, 1.0852, 0, "USD"))
        .isCloseTo(54_260, offset(1e-6));
  }

  @Test
  void cfdIsUnitsTimesPrice() {
    SymbolFixture f = usdSymbol(2);
    f.contractSize = 100;
    // 2 x 100 x 2,350.50 = 470,100
    assertThat(calc.margin(f.build(), OrderType.SELL, 2, 2350.5, 100, "USD"))
        .isCloseTo(470_100, offset(1e-6));
  }

  @Test
  void cfdIndexScalesByTickValuePerTickSize() {
    SymbolFixture f = usdSymbol(3);
    f.contractSize = 10;
    f.tickSize = 0.5;
    f.tickValue = 2.5;
    // 1 x 10 x 4,000 x 2.5 / 0.5 = 200,000
    assertThat(calc.margin(f.build(), OrderType.BUY, 1, 4000, 100, "USD"))
        .isCloseTo(200_000, offset(1e-6));
  }

  @Test
  void cfdLeverageDividesByLeverage() {
    SymbolFixture f = usdSymbol(4);
    f.contractSize = 100;
    // 2 x 100 x 2,350.50 / 100 = 4,701
    assertThat(calc.margin(f.build(), OrderType.BUY, 2, 2350.5, 100, "USD"))
        .isCloseTo(4701, offset(1e-9));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 33, 34})
  void futuresUseTheInitialMarginPerLot(int mode) {
    SymbolFixture f = usdSymbol(mode);
    f.marginInitial = 5000;
    // 3 lots x 5,000 = 15,000
    assertThat(calc.margin(f.build(), OrderType.BUY, 3, 4000, 100, "USD"))
        .isCloseTo(15_000, offset(1e-9));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 33, 34})
  void futuresWithoutInitialMarginUseThePriceAndTickValue(int mode) {
    SymbolFixture f = usdSymbol(mode);
    f.tickSize = 0.25;
    f.tickValue = 12.5;
    // 2 lots x 4,000 x 12.5 / 0.25 = 400,000 (the contract size does not enter)
    assertThat(calc.margin(f.build(), OrderType.SELL, 2, 4000, 100, "USD"))
        .isCloseTo(400_000, offset(1e-6));
  }

  @Test
  void futuresWithoutTickSizeUseTheTickValueAlone() {
    SymbolFixture f = usdSymbol(1);
    f.tickSize = 0;
    f.tickValue = 2;
    // 1 lot x 100 x 2 = 200
    assertThat(calc.margin(f.build(), OrderType.BUY, 1, 100, 100, "USD"))
        .isCloseTo(200, offset(1e-9));
  }

  @ParameterizedTest
  @ValueSource(ints = {32, 35, 36, 38})
  void exchangeStocksAndOptions(int mode) {
    SymbolFixture f = usdSymbol(mode);
    f.contractSize = 1;
    // 10 lots x 1 x 150.25 = 1,502.5
    assertThat(calc.margin(f.build(), OrderType.BUY, 10, 150.25, 1, "USD"))
        .isCloseTo(1502.5, offset(1e-9));
    f.marginInitial = 20;
    // with an initial margin: 10 lots x 20 = 200
    assertThat(calc.margin(f.build(), OrderType.BUY, 10, 150.25, 1, "USD"))
        .isCloseTo(200, offset(1e-9));
  }

  @Test
  void bondsArePercentOfFaceValue() {
    SymbolFixture f = usdSymbol(37);
    f.contractSize = 1;
    f.faceValue = 1000;
    // 3 lots x 1 x 1,000 x 96.5 / 100 = 2,895
    assertThat(calc.margin(f.build(), OrderType.BUY, 3, 96.5, 100, "USD"))
        .isCloseTo(2895, offset(1e-9));
  }

  @Test
  void moexBondsInRoublesConvertThroughTheInversePair() {
    SymbolFixture f = usdSymbol(39);
    f.profit = "RUB";
    f.margin = "RUB";
    f.contractSize = 1;
    f.faceValue = 1000;
    // 2 x 1 x 1,000 x 61.5 / 100 = 1,230 RUB; RUB -> USD buying via USDRUB: 1,230 / bid 92.0
    assertThat(calc.margin(f.build(), OrderType.BUY, 2, 61.5, 100, "USD"))
        .isCloseTo(13.369565217391305, offset(1e-9));
    // selling: 1,230 / ask 92.3
    assertThat(calc.margin(f.build(), OrderType.SELL, 2, 61.5, 100, "USD"))
        .isCloseTo(1230 / 92.3, offset(1e-9));
  }

  @Test
  void collateralNeedsNoMarginAndNoRate() {
    SymbolFixture f = usdSymbol(64);
    f.margin = "XAU"; // no XAU quote: a zero margin is not converted
    assertThat(calc.margin(f.build(), OrderType.BUY, 5, 2350, 100, "USD")).isZero();
  }

  @Test
  void perTypeMarginRatesApply() {
    SymbolFixture f = SymbolFixture.forex("EURUSD");
    f.marginRates = List.of(1.0, 1.0, 0.5, 0.5, 0.25, 0.25, 0.0, 0.0);
    FullSymbol s = f.build();
    // buy limit: 1 x 100,000 / 100 x 0.5 = 500 EUR, x ask 1.0852 = 542.6 USD
    assertThat(calc.margin(s, OrderType.BUY_LIMIT, 1, 1.08, 100, "USD"))
        .isCloseTo(542.6, offset(1e-9));
    // sell stop: 1,000 x 0.25 = 250 EUR, x bid 1.0850 = 271.25 USD
    assertThat(calc.margin(s, OrderType.SELL_STOP, 1, 1.08, 100, "USD"))
        .isCloseTo(271.25, offset(1e-9));
    // stop limits at rate 0 need no margin
    assertThat(calc.margin(s, OrderType.BUY_STOP_LIMIT, 1, 1.08, 100, "USD")).isZero();
    assertThat(MarginCalculator.marginRate(s, OrderType.SELL_LIMIT)).isEqualTo(0.5);
  }

  @Test
  void symbolsWithoutRatesAreChargedAtRateOne() {
    SymbolFixture f = SymbolFixture.forex("EURUSD");
    f.marginRates = java.util.Collections.nCopies(8, 0.0);
    // 1 x 100,000 / 100 = 1,000 EUR at rate 1
    assertThat(calc.marginInMarginCurrency(f.build(), OrderType.BUY_STOP, 1, 1.09, 100))
        .isCloseTo(1000, offset(1e-9));
  }

  @Test
  void validatesArguments() {
    FullSymbol eurusd = SymbolFixture.forex("EURUSD").build();
    assertThatThrownBy(() -> calc.margin(eurusd, OrderType.BUY, 0, 1.08, 100, "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lots must be finite and > 0, was 0.0");
    assertThatThrownBy(() -> calc.margin(eurusd, OrderType.BUY, 1, -1, 100, "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("price must be finite and > 0");
    assertThatThrownBy(() -> calc.margin(eurusd, OrderType.BUY, 1, 1.08, 0, "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leverage must be >= 1");
    assertThatThrownBy(() -> calc.margin(eurusd, OrderType.BUY, 1, 1.08, -5, "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leverage must be >= 0");
    assertThatThrownBy(() -> calc.margin(eurusd, OrderType.CLOSE_BY, 1, 1.08, 100, "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type must be one of the order types 0..7");
    assertThatThrownBy(() -> calc.margin(eurusd, OrderType.BUY, 1, 1.08, 100, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("accountCurrency");
  }

  @Test
  void rejectsUnsupportedModesAndIncompleteSymbols() {
    SymbolFixture f = usdSymbol(6);
    assertThatThrownBy(() -> calc.margin(f.build(), OrderType.BUY, 1, 1, 100, "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("calc mode unknown (6) is not supported");
    SymbolFixture bond = usdSymbol(37);
    assertThatThrownBy(() -> calc.margin(bond.build(), OrderType.BUY, 1, 96, 100, "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("symbol TEST: face_value must be finite and > 0, was 0.0");
  }

  @Test
  void missingMarginRateIsReported() {
    SymbolFixture f = usdSymbol(2);
    f.margin = "CHF";
    assertThatThrownBy(() -> calc.margin(f.build(), OrderType.BUY, 1, 10, 100, "USD"))
        .isInstanceOf(MissingRateException.class)
        .hasMessageContaining("CHFUSD");
  }
}
