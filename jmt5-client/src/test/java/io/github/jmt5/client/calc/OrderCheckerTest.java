package io.github.jmt5.client.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.message.market.FullSymbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderCheckerTest {
  private final MapQuoteBook quotes = new MapQuoteBook().put("EURUSD", 1.0850, 1.0852);
  private final OrderChecker checker =
      new OrderChecker(new MarginCalculator(new CurrencyConverter(quotes)));
  private final AccountState account = new AccountState("USD", 2, 100, 2, 10_000, 0, 0, 0);

  private static SymbolFixture eurusd() {
    SymbolFixture f = SymbolFixture.forex("EURUSD");
    f.stopsLevel = 10;
    return f;
  }

  private static PlannedOrder buy(double volume, double price) {
    return new PlannedOrder("EURUSD", OrderType.BUY, volume, price, 0, 0);
  }

  @Test
  void passingOrderReportsTheAccountAfterIt() {
    OrderCheckResult r =
        checker.check(eurusd().build(), buy(1, 1.0852).withStops(1.0842, 1.0862), account);
    assertThat(r.retcode()).isEqualTo(TradeRetcode.OK);
    assertThat(r.isOk()).isTrue();
    assertThat(r.comment()).isEqualTo("done");
    // margin 1 x 100,000 / 100 = 1,000 EUR x ask 1.0852 = 1,085.20 USD
    assertThat(r.requiredMargin()).isEqualTo(1085.2);
    assertThat(r.margin()).isEqualTo(1085.2);
    assertThat(r.balance()).isEqualTo(10_000.0);
    assertThat(r.equity()).isEqualTo(10_000.0);
    // free 10,000 - 1,085.20 = 8,914.80; level 10,000 / 1,085.20 x 100 = 921.489... -> 921.49
    assertThat(r.freeMargin()).isEqualTo(8914.8);
    assertThat(r.marginLevel()).isEqualTo(921.49);
  }

  @Test
  void existingMarginAndProfitCount() {
    AccountState busy = account.withMoney(-500, 2000);
    OrderCheckResult r = checker.check(eurusd().build(), buy(1, 1.0852), busy);
    // equity 10,000 - 500 = 9,500; margin 2,000 + 1,085.20 = 3,085.20; free 6,414.80;
    // level 9,500 / 3,085.20 x 100 = 307.922...
    assertThat(r.retcode()).isEqualTo(TradeRetcode.OK);
    assertThat(r.equity()).isEqualTo(9500.0);
    assertThat(r.profit()).isEqualTo(-500.0);
    assertThat(r.margin()).isEqualTo(3085.2);
    assertThat(r.freeMargin()).isEqualTo(6414.8);
    assertThat(r.marginLevel()).isEqualTo(307.92);
  }

  @Test
  void notEnoughMoney() {
    // 10 lots need 10 x 1,085.20 = 10,852 USD > equity 10,000
    OrderCheckResult r = checker.check(eurusd().build(), buy(10, 1.0852), account);
    assertThat(r.retcode()).isEqualTo(TradeRetcode.NO_MONEY);
    assertThat(r.requiredMargin()).isEqualTo(10_852.0);
    assertThat(r.freeMargin()).isEqualTo(-852.0);
    assertThat(r.comment())
        .isEqualTo("not enough money: margin 10852 USD required, free margin 10000 USD");
  }

  @ParameterizedTest
  @CsvSource({
    "0, must be above 0",
    "0.005, is below the minimum 0.01",
    "0.015, is not a multiple of the step 0.01",
    "100.01, is above the maximum 100",
    "-1, must be above 0"
  })
  void invalidVolume(double volume, String problem) {
    OrderCheckResult r = checker.check(eurusd().build(), buy(volume, 1.0852), account);
    assertThat(r.retcode()).isEqualTo(TradeRetcode.INVALID_VOLUME);
    assertThat(r.comment()).contains(problem);
    assertThat(r.requiredMargin()).isZero();
    assertThat(r.freeMargin()).isEqualTo(10_000.0);
  }

  @Test
  void invalidPrice() {
    assertThat(checker.check(eurusd().build(), buy(1, 1.085205), account).retcode())
        .isEqualTo(TradeRetcode.INVALID_PRICE);
    OrderCheckResult r = checker.check(eurusd().build(), buy(1, 0), account);
    assertThat(r.retcode()).isEqualTo(TradeRetcode.INVALID_PRICE);
    assertThat(r.comment()).contains("at most 5 decimals");
  }

  @ParameterizedTest
  @CsvSource({
    // buy at 1.08520, stops level 10 points = 0.00010
    "BUY, 1.08515, 0, stop loss 1.08515 must be below the price 1.0852 by at least 10 points",
    "BUY, 1.08530, 0, stop loss 1.0853 must be below",
    "BUY, 0, 1.08525, take profit 1.08525 must be above",
    "BUY, 0, 1.08510, take profit 1.0851 must be above",
    "BUY, 1.084205, 0, has more than 5 decimals",
    "SELL, 1.08525, 0, stop loss 1.08525 must be above",
    "SELL, 0, 1.08600, take profit 1.086 must be below",
    "SELL_LIMIT, 1.08500, 0, stop loss 1.085 must be above"
  })
  void invalidStops(OrderType type, double sl, double tp, String problem) {
    PlannedOrder request = new PlannedOrder("EURUSD", type, 1, 1.0852, sl, tp);
    OrderCheckResult r = checker.check(eurusd().build(), request, account);
    assertThat(r.retcode()).isEqualTo(TradeRetcode.INVALID_STOPS);
    assertThat(r.comment()).contains(problem);
  }

  @Test
  void stopsExactlyAtTheStopsLevelPass() {
    // 1.08520 - 1.08510 = 10 points, 1.08530 - 1.08520 = 10 points
    PlannedOrder request = buy(1, 1.0852).withStops(1.0851, 1.0853);
    assertThat(checker.check(eurusd().build(), request, account).retcode())
        .isEqualTo(TradeRetcode.OK);
    PlannedOrder sell = new PlannedOrder("EURUSD", OrderType.SELL, 1, 1.085, 1.0851, 1.0849);
    assertThat(checker.check(eurusd().build(), sell, account).retcode()).isEqualTo(TradeRetcode.OK);
  }

  @Test
  void tradeModes() {
    SymbolFixture f = eurusd();
    f.tradeMode = 1;
    PlannedOrder sell = new PlannedOrder("EURUSD", OrderType.SELL, 1, 1.085, 0, 0);
    assertThat(checker.check(f.build(), sell, account).retcode()).isEqualTo(TradeRetcode.LONG_ONLY);
    assertThat(checker.check(f.build(), buy(1, 1.0852), account).retcode())
        .isEqualTo(TradeRetcode.OK);
    f.tradeMode = 2;
    assertThat(checker.check(f.build(), buy(1, 1.0852), account).retcode())
        .isEqualTo(TradeRetcode.SHORT_ONLY);
    f.tradeMode = 3;
    assertThat(checker.check(f.build(), buy(1, 1.0852), account).retcode())
        .isEqualTo(TradeRetcode.CLOSE_ONLY);
    f.tradeMode = 0;
    assertThat(checker.check(f.build(), buy(1, 1.0852), account).retcode())
        .isEqualTo(TradeRetcode.TRADE_DISABLED);
  }

  @Test
  void orderTypesTheSymbolDoesNotAllow() {
    SymbolFixture f = eurusd();
    f.orderFlags = 1 | 2 | 4; // market, limit, stop
    PlannedOrder stopLimit = new PlannedOrder("EURUSD", OrderType.BUY_STOP_LIMIT, 1, 1.09, 0, 0);
    OrderCheckResult r = checker.check(f.build(), stopLimit, account);
    assertThat(r.retcode()).isEqualTo(TradeRetcode.INVALID_ORDER);
    assertThat(r.comment()).isEqualTo("buy stop limit orders are not allowed");
    PlannedOrder closeBy = new PlannedOrder("EURUSD", OrderType.CLOSE_BY, 1, 1.09, 0, 0);
    assertThat(checker.check(eurusd().build(), closeBy, account).retcode())
        .isEqualTo(TradeRetcode.INVALID_ORDER);
  }

  @Test
  void missingConversionIsOffQuotes() {
    FullSymbol gbpchf = SymbolFixture.forex("GBPCHF").build();
    PlannedOrder request = new PlannedOrder("GBPCHF", OrderType.BUY, 1, 1.12, 0, 0);
    OrderCheckResult r = checker.check(gbpchf, request, account);
    assertThat(r.retcode()).isEqualTo(TradeRetcode.PRICE_OFF);
    assertThat(r.comment()).startsWith("no quote converts GBP to USD");
  }

  @Test
  void validatesArguments() {
    assertThatThrownBy(
            () ->
                checker.check(
                    eurusd().build(),
                    new PlannedOrder("GBPUSD", OrderType.BUY, 1, 1, 0, 0),
                    account))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("request.symbol must be EURUSD (the symbol checked against), was GBPUSD");
    assertThatThrownBy(() -> new PlannedOrder("EURUSD", OrderType.BUY, 1, -1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("price must be finite and >= 0");
    assertThatThrownBy(() -> new AccountState("USD", 9, 100, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currencyDigits must be 0..8, was 9");
    assertThatThrownBy(() -> new AccountState("USD", 2, 100, 0, 0, 0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("margin must be finite and >= 0");
  }
}
