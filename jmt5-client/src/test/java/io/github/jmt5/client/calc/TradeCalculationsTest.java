package io.github.jmt5.client.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.PositionType;
import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.message.account.AccountMain;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeCalculationsTest {
  private final MapQuoteBook quotes =
      new MapQuoteBook()
          .put("EURUSD", 1.0850, 1.0852)
          .put("USDJPY", 150.000, 150.020)
          .put("XAUUSD", 2350.10, 2350.35);
  private final SymbolLookup symbols =
      SymbolLookup.of(
          List.of(
              SymbolFixture.forex("EURUSD").build(),
              SymbolFixture.forex("USDJPY").build(),
              gold()));
  private final TradeCalculations calc =
      new TradeCalculations(new AccountState("USD", 2, 100, 2, 10_000, 0, 0, 0), symbols, quotes);

  private static io.github.jmt5.protocol.message.market.FullSymbol gold() {
    SymbolFixture f = new SymbolFixture();
    f.name = "XAUUSD";
    f.calcMode = 2;
    f.base = "XAU";
    f.profit = "USD";
    f.margin = "USD";
    f.digits = 2;
    f.contractSize = 100;
    return f.build();
  }

  @Test
  void marginAtTheMarketUsesTheAskToBuyAndTheBidToSell() {
    // CFD: 0.1 x 100 x ask 2,350.35 = 23,503.50
    assertThat(calc.margin("XAUUSD", OrderType.BUY, 0.1)).isEqualTo(23_503.5);
    // 0.1 x 100 x bid 2,350.10 = 23,501.00
    assertThat(calc.margin("XAUUSD", OrderType.SELL, 0.1)).isEqualTo(23_501.0);
    // at a given price: 0.1 x 100 x 2,300 = 23,000
    assertThat(calc.margin("XAUUSD", OrderType.BUY_LIMIT, 0.1, 2300)).isEqualTo(23_000.0);
  }

  @Test
  void profitAtTheMarketClosesAtTheOppositePrice() {
    // a buy closes at the bid: (2,350.10 - 2,340) x 100 x 0.5 = 505.00
    assertThat(calc.profit("XAUUSD", PositionType.BUY, 0.5, 2340)).isEqualTo(505.0);
    // a sell closes at the ask: -(2,350.35 - 2,360) x 100 x 0.5 = 482.50
    assertThat(calc.profit("XAUUSD", PositionType.SELL, 0.5, 2360)).isEqualTo(482.5);
  }

  @Test
  void moneyIsRoundedToTheAccountDigits() {
    TradeCalculations jpy =
        calc.withAccount(new AccountState("JPY", 0, 100, 2, 1_000_000, 0, 0, 0));
    // EURUSD buy 0.01: 0.01 x 100,000 / 100 = 10 EUR; EUR -> JPY via USD on the buy side:
    // 10 x 1.0852 x 150.02 = 1,628.017... -> 1,628 JPY
    assertThat(jpy.margin("EURUSD", OrderType.BUY, 0.01)).isEqualTo(1628.0);
    // USDJPY buy 1 lot 150 -> 150.123: 0.123 x 100,000 = 12,300 JPY, no conversion
    assertThat(jpy.profit("USDJPY", PositionType.BUY, 1, 150.0, 150.123)).isEqualTo(12_300.0);
    // 100 USD into JPY on the sell side: 100 x bid 150.000 = 15,000
    assertThat(jpy.toAccountCurrency(100, "USD", Side.SELL)).isEqualTo(15_000.0);
    assertThat(jpy.account().currency()).isEqualTo("JPY");
  }

  @Test
  void checkPricesMarketOrdersAtTheQuote() {
    OrderCheckResult r = calc.check(PlannedOrder.market("EURUSD", OrderType.SELL, 0.5));
    // 0.5 x 100,000 / 100 = 500 EUR x bid 1.0850 = 542.50 USD
    assertThat(r.retcode()).isEqualTo(TradeRetcode.OK);
    assertThat(r.requiredMargin()).isEqualTo(542.5);
    assertThat(r.freeMargin()).isEqualTo(9457.5);
  }

  @Test
  void checkWithoutAQuoteIsOffQuotes() {
    quotes.remove("EURUSD");
    OrderCheckResult r = calc.check(PlannedOrder.market("EURUSD", OrderType.BUY, 0.5));
    assertThat(r.retcode()).isEqualTo(TradeRetcode.PRICE_OFF);
    assertThat(r.comment()).isEqualTo("no quote for symbol EURUSD");
    assertThat(r.freeMargin()).isEqualTo(10_000.0);
  }

  @Test
  void unknownSymbolsAndMissingQuotes() {
    assertThatThrownBy(() -> calc.margin("GBPUSD", OrderType.BUY, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("symbol must be a known symbol, was GBPUSD");
    quotes.remove("XAUUSD");
    assertThatThrownBy(() -> calc.profit("XAUUSD", PositionType.BUY, 1, 2000))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no quote for symbol XAUUSD");
    assertThatThrownBy(() -> SymbolLookup.of(List.of(gold(), gold())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distinct names: XAUUSD");
  }

  @Test
  void accountStateFromTheServerAccount() {
    AccountMain main =
        new AccountMain(
            1, 0, 0, 5000, 250, "EUR", 2, 30, "Test", 5687, "Demo", "Broker", 0, 0, 2, 0, 50, 30, 0,
            0, 0, -120.5, 0, 0, 0, 0);
    AccountState a = AccountState.of(main, 400);
    assertThat(a.currency()).isEqualTo("EUR");
    assertThat(a.leverage()).isEqualTo(30);
    assertThat(a.marginMode()).isEqualTo(2);
    // equity 5,000 + 250 - 120.5 = 5,129.5; free 5,129.5 - 400 = 4,729.5; level 1,282.375 %
    assertThat(a.equity()).isEqualTo(5129.5);
    assertThat(a.freeMargin()).isEqualTo(4729.5);
    assertThat(a.marginLevel()).isEqualTo(1282.375);
    assertThat(a.withMoney(0, 0).marginLevel()).isZero();
  }
}
