package io.github.jmt5.client.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QuoteTest {

  @Test
  void unscalesWirePricesLikeTheWebTerminal() {
    // 108512 / 10^5 = 1.08512; the half-pip 87154.5 / 10^5 = 0.871545 rounds half up to 0.87155
    Quote q = Quote.fromWire(108512.0, 87154.5, 5);
    assertThat(q.bid()).isEqualTo(1.08512);
    assertThat(q.ask()).isEqualTo(0.87155);
  }

  @Test
  void takesAMergedQuote() {
    var merged = new io.github.jmt5.protocol.state.Quote(1, false, 1.1, 1.2, 0, 0, 0, 0, 0);
    assertThat(Quote.of(merged)).isEqualTo(new Quote(1.1, 1.2));
  }

  @Test
  void pricesBySide() {
    Quote q = new Quote(1.0850, 1.0852);
    assertThat(q.price(Side.BUY)).isEqualTo(1.0852);
    assertThat(q.price(Side.SELL)).isEqualTo(1.0850);
    assertThat(q.spread()).isCloseTo(0.0002, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void rejectsPricesThatAreNotPositive() {
    assertThatThrownBy(() -> new Quote(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bid must be finite and > 0");
    assertThatThrownBy(() -> new Quote(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ask");
    assertThatThrownBy(() -> Quote.fromWire(1, 1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("digits must be >= 0");
  }

  @Test
  void mapBookKeepsTheLatestQuote() {
    MapQuoteBook book = new MapQuoteBook().put("EURUSD", 1.0, 1.1).put("EURUSD", 1.2, 1.3);
    assertThat(book.quote("EURUSD")).contains(new Quote(1.2, 1.3));
    assertThat(book.symbols()).containsExactly("EURUSD");
    book.remove("EURUSD");
    assertThat(book.quote("EURUSD")).isEmpty();
    assertThatThrownBy(() -> book.put(" ", 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void immutableBookCopiesItsMap() {
    QuoteBook book = QuoteBook.of(Map.of("GBPUSD", new Quote(1.25, 1.2502)));
    assertThat(book.quote("GBPUSD")).contains(new Quote(1.25, 1.2502));
    assertThat(book.quote("EURUSD")).isEmpty();
    assertThat(book.symbols()).containsExactly("GBPUSD");
  }

  @Test
  void sidesOfOrdersAndPositions() {
    assertThat(Side.of(io.github.jmt5.protocol.enums.OrderType.SELL_STOP_LIMIT))
        .isEqualTo(Side.SELL);
    assertThat(Side.of(io.github.jmt5.protocol.enums.OrderType.BUY_LIMIT)).isEqualTo(Side.BUY);
    assertThat(Side.of(io.github.jmt5.protocol.enums.PositionType.SELL)).isEqualTo(Side.SELL);
    assertThat(Side.BUY.opposite()).isEqualTo(Side.SELL);
    assertThat(Side.SELL.sign()).isEqualTo(-1);
    assertThatThrownBy(() -> Side.of(io.github.jmt5.protocol.enums.OrderType.CLOSE_BY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type");
  }

  @Test
  void roundsMoneyHalfAwayFromZero() {
    assertThat(Money.round(0.125, 2)).isEqualTo(0.13);
    assertThat(Money.round(-0.125, 2)).isEqualTo(-0.13);
    assertThat(Money.round(1234.5, 0)).isEqualTo(1235.0);
    assertThatThrownBy(() -> Money.round(1, 9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("digits must be 0..8");
  }
}
