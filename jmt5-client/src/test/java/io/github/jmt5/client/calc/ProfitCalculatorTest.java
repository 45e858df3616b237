package io.github.jmt5.client.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.github.jmt5.protocol.enums.PositionType;
import io.github.jmt5.protocol.message.market.FullSymbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProfitCalculatorTest {
  private final MapQuoteBook quotes =
      new MapQuoteBook().put("EURUSD", 1.0850, 1.0852).put("USDJPY", 150.00, 150.02);
  private final ProfitCalculator calc = new ProfitCalculator(new CurrencyConverter(quotes));

  private static SymbolFixture symbol(int mode, String profitCurrency) {
    SymbolFixture f = new SymbolFixture();
    f.calcMode = mode;
    f.base = "XYZ";
    f.profit = profitCurrency;
    f.margin = profitCurrency;
    f.digits = 2;
    return f;
  }

  @Test
  void forexInTheAccountCurrency() {
    FullSymbol eurusd = SymbolFixture.forex("EURUSD").build();
    // buy 1 lot 1.08 -> 1.09: (1.09 - 1.08) x 100,000 x 1 = 1,000 USD
    assertThat(calc.profit(eurusd, PositionType.BUY, 1, 1.08, 1.09, "USD"))
        .isCloseTo(1000, offset(1e-6));
    // sell the same: -1,000
    assertThat(calc.profit(eurusd, PositionType.SELL, 1, 1.08, 1.09, "USD"))
        .isCloseTo(-1000, offset(1e-6));
  }

  @Test
  void forexConvertsOnThePositionSide() {
    FullSymbol usdjpy = SymbolFixture.forex("USDJPY").build();
    // sell 2 lots 150.5 -> 150.0: -1 x (150.0 - 150.5) x 100,000 x 2 = 100,000 JPY;
    // a sell converts JPY -> USD on the sell side: 1 / ask 150.02 -> 666.5777896...
    assertThat(calc.profit(usdjpy, PositionType.SELL, 2, 150.5, 150.0, "USD"))
        .isCloseTo(666.5777896280496, offset(1e-9));
    // a buy 150.0 -> 150.5 earns the same JPY but converts on the buy side: 100,000 / bid 150.00
    assertThat(calc.profit(usdjpy, PositionType.BUY, 2, 150.0, 150.5, "USD"))
        .isCloseTo(100_000 / 150.00, offset(1e-9));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 32, 38})
  void contractModesConvertGainsAtTheSellRateAndLossesAtTheBuyRate(int mode) {
    SymbolFixture f = symbol(mode, "EUR");
    f.contractSize = 1;
    FullSymbol ger40 = f.build();
    // buy 1 lot 18,000 -> 18,100: 100 EUR, a gain, converted at the EURUSD bid 1.0850 = 108.50
    assertThat(calc.profit(ger40, PositionType.BUY, 1, 18_000, 18_100, "USD"))
        .isCloseTo(108.5, offset(1e-9));
    // buy 1 lot 18,100 -> 18,000: -100 EUR, a loss, at the ask 1.0852 = -108.52
    assertThat(calc.profit(ger40, PositionType.BUY, 1, 18_100, 18_000, "USD"))
        .isCloseTo(-108.52, offset(1e-9));
    assertThat(ProfitCalculator.conversionSide(ger40, PositionType.SELL, 5)).isEqualTo(Side.SELL);
    assertThat(ProfitCalculator.conversionSide(ger40, PositionType.SELL, -5)).isEqualTo(Side.BUY);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 33, 35, 36})
  void tickModesUseTickValuePerTickSize(int mode) {
    SymbolFixture f = symbol(mode, "USD");
    f.tickSize = 0.25;
    f.tickValue = 12.5;
    // buy 2 lots 4,000 -> 4,010: 10 x 2 x 12.5 / 0.25 = 1,000
    assertThat(calc.profit(f.build(), PositionType.BUY, 2, 4000, 4010, "USD"))
        .isCloseTo(1000, offset(1e-9));
  }

  @Test
  void fortsFuturesScaleEachPrice() {
    SymbolFixture f = symbol(34, "USD");
    f.tickSize = 10;
    f.tickValue = 6.5;
    // sell 3 lots 90,000 -> 89,500: -1 x (89,500 x 0.65 - 90,000 x 0.65) x 3 = 975
    assertThat(calc.profit(f.build(), PositionType.SELL, 3, 90_000, 89_500, "USD"))
        .isCloseTo(975, offset(1e-9));
  }

  @Test
  void bondsLeaveAccruedInterestOut() {
    SymbolFixture f = symbol(37, "USD");
    f.contractSize = 1;
    f.faceValue = 1000;
    // buy 5 lots 96.5 -> 97.25: 0.75 / 100 x 1,000 x 1 x 5 = 37.5 (no accrued interest)
    assertThat(calc.profit(f.build(), PositionType.BUY, 5, 96.5, 97.25, "USD"))
        .isCloseTo(37.5, offset(1e-9));
    f.calcMode = 39;
    assertThat(calc.profit(f.build(), PositionType.SELL, 5, 96.5, 97.25, "USD"))
        .isCloseTo(-37.5, offset(1e-9));
  }

  @Test
  void collateralHasNoProfit() {
    SymbolFixture f = symbol(64, "XAU"); // no XAU quote: a zero profit is not converted
    assertThat(calc.profit(f.build(), PositionType.BUY, 1, 2000, 2100, "USD")).isZero();
  }

  @Test
  void noCloseAndAbsurdProfitsGiveZero() {
    SymbolFixture f = symbol(2, "USD");
    f.contractSize = 1;
    assertThat(calc.profit(f.build(), PositionType.BUY, 1, 100, 0, "USD")).isZero();
    assertThat(calc.profit(f.build(), PositionType.SELL, 1, 100, -5, "USD")).isZero();
    // 1e6 lots x 1e6 price units = 1e12 > 1e11: treated as an error
    assertThat(calc.profit(f.build(), PositionType.BUY, 1e6, 1, 1_000_001, "USD")).isZero();
  }

  @Test
  void unknownModesUseTheContractFormula() {
    SymbolFixture f = symbol(7, "USD");
    f.contractSize = 10;
    // 2 lots x 10 x (5 - 3) = 40
    assertThat(calc.profitInProfitCurrency(f.build(), PositionType.BUY, 2, 3, 5))
        .isCloseTo(40, offset(1e-9));
  }

  @Test
  void validatesArguments() {
    FullSymbol eurusd = SymbolFixture.forex("EURUSD").build();
    assertThatThrownBy(() -> calc.profit(eurusd, PositionType.BUY, -1, 1, 1, "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lots must be finite and > 0, was -1.0");
    assertThatThrownBy(() -> calc.profit(eurusd, PositionType.BUY, 1, Double.NaN, 1, "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("open must be finite, was NaN");
    SymbolFixture futures = symbol(1, "USD");
    futures.tickValue = 0;
    assertThatThrownBy(() -> calc.profit(futures.build(), PositionType.BUY, 1, 1, 2, "USD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("symbol TEST: tick_value must be finite and > 0, was 0.0");
  }
}
