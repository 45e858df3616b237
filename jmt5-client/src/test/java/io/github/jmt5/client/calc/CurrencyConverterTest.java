package io.github.jmt5.client.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CurrencyConverterTest {
  private final MapQuoteBook quotes =
      new MapQuoteBook()
          .put("EURUSD", 1.0850, 1.0852)
          .put("USDJPY", 150.00, 150.02)
          .put("GBPUSD", 1.2500, 1.2502)
          .put("USDRUB", 92.0, 92.3);
  private final CurrencyConverter converter = new CurrencyConverter(quotes);

  @Test
  void sameCurrencyIsIdentity() {
    Conversion c = converter.conversion("USD", "usd", Side.BUY);
    assertThat(c.rate()).isEqualTo(1.0);
    assertThat(c.route()).isEqualTo(Conversion.Route.IDENTITY);
    assertThat(c.symbols()).isEmpty();
    assertThat(converter.rate("RUR", "RUB", Side.SELL)).isEqualTo(1.0);
    assertThat(CurrencyConverter.sameCurrency("RUR", "rub")).isTrue();
  }

  @Test
  void directPairUsesAskToBuyAndBidToSell() {
    Conversion buy = converter.conversion("EUR", "USD", Side.BUY);
    assertThat(buy.route()).isEqualTo(Conversion.Route.DIRECT);
    assertThat(buy.symbols()).containsExactly("EURUSD");
    assertThat(buy.rate()).isEqualTo(1.0852);
    assertThat(converter.rate("EUR", "USD", Side.SELL)).isEqualTo(1.0850);
    // 1000 EUR at the ask 1.0852 = 1085.2 USD
    assertThat(converter.convert(1000, "EUR", "USD", Side.BUY)).isCloseTo(1085.2, within());
  }

  @Test
  void inversePairUsesOneOverBidToBuyAndOneOverAskToSell() {
    Conversion buy = converter.conversion("JPY", "USD", Side.BUY);
    assertThat(buy.route()).isEqualTo(Conversion.Route.INVERSE);
    assertThat(buy.symbols()).containsExactly("USDJPY");
    // 1 / 150.00 on the buy side, 1 / 150.02 on the sell side
    assertThat(buy.rate()).isEqualTo(1 / 150.00);
    assertThat(converter.rate("JPY", "USD", Side.SELL)).isEqualTo(1 / 150.02);
    // 1230 RUB to USD, buy side: 1230 / 92.0 = 13.3695652...
    assertThat(converter.convert(1230, "RUB", "USD", Side.BUY))
        .isCloseTo(13.369565217391305, within());
    // RUR is the same currency as RUB, so USDRUB serves it too
    assertThat(converter.conversion("RUR", "USD", Side.BUY).symbols()).containsExactly("USDRUB");
  }

  @Test
  void crossesGoThroughUsd() {
    // EUR -> USD at the EURUSD ask 1.0852, USD -> JPY at the USDJPY ask 150.02
    Conversion c = converter.conversion("EUR", "JPY", Side.BUY);
    assertThat(c.route()).isEqualTo(Conversion.Route.VIA_USD);
    assertThat(c.symbols()).containsExactly("EURUSD", "USDJPY");
    assertThat(c.rate()).isCloseTo(1.0852 * 150.02, within());
    // GBP -> USD at the GBPUSD bid 1.25, USD -> EUR selling EUR/USD's inverse at 1 / ask 1.0852
    Conversion g = converter.conversion("GBP", "EUR", Side.SELL);
    assertThat(g.symbols()).containsExactly("GBPUSD", "EURUSD");
    assertThat(g.rate()).isCloseTo(1.25 / 1.0852, within());
    // 100 JPY -> GBP on the buy side: (1 / 150.00) x (1 / 1.25) per JPY
    assertThat(converter.convert(100, "JPY", "GBP", Side.BUY))
        .isCloseTo(100 / 150.00 / 1.25, within());
  }

  @Test
  void namesWithSeparatorsAreFound() {
    CurrencyConverter c =
        new CurrencyConverter(
            new MapQuoteBook().put("EUR.CHF", 0.95, 0.96).put("XAU/USD", 2000, 2001));
    assertThat(c.conversion("EUR", "CHF", Side.BUY).symbols()).containsExactly("EUR.CHF");
    assertThat(c.rate("EUR", "CHF", Side.BUY)).isEqualTo(0.96);
    Conversion inverse = c.conversion("USD", "XAU", Side.SELL);
    assertThat(inverse.route()).isEqualTo(Conversion.Route.INVERSE);
    assertThat(inverse.rate()).isEqualTo(1 / 2001.0);
  }

  @Test
  void missingPairIsNamed() {
    assertThatThrownBy(() -> converter.rate("CHF", "JPY", Side.BUY))
        .isInstanceOf(MissingRateException.class)
        .hasMessage("no quote converts CHF to JPY: missing CHFJPY, JPYCHF, CHFUSD, USDCHF")
        .satisfies(
            e -> {
              MissingRateException m = (MissingRateException) e;
              assertThat(m.from()).isEqualTo("CHF");
              assertThat(m.to()).isEqualTo("JPY");
              assertThat(m.triedPairs()).contains("USDCHF");
            });
    assertThatThrownBy(() -> converter.rate("USD", "CHF", Side.SELL))
        .isInstanceOf(MissingRateException.class)
        .hasMessage("no quote converts USD to CHF: missing USDCHF, CHFUSD");
  }

  @Test
  void validatesArguments() {
    assertThatThrownBy(() -> converter.rate(" ", "USD", Side.BUY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from must be a non-blank currency code");
    assertThatThrownBy(() -> converter.convert(Double.NaN, "EUR", "USD", Side.BUY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("amount must be finite");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
