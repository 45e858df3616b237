package io.github.jmt5.client.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.session.HarnessAccess;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pending orders and stops triggered by the market, seen through the client. The test moves the
 * market itself: it holds EURUSD at prices of its choosing ({@code MarketSimulator.setQuote}), on
 * an emulator clock that starts at a fixed Wednesday noon, so nothing depends on the day it runs.
 */
class TriggersIT {
  private static final long LOGIN = 50_011;
  private static final String SYMBOL = "EURUSD";
  private static final double BALANCE = 1_000_000;

  private final EmulatorClock clock = EmulatorClock.forTests();
  private final long start = clock.getAsLong();
  private Mt5Emulator emulator;
  private Mt5Client client;

  @BeforeEach
  void start() {
    emulator =
        Mt5Emulator.builder()
            .seed(11)
            .tickRate(50)
            .clock(clock)
            .account(AccountConfig.of(LOGIN, "trig-pass-1", BALANCE))
            .start();
    client =
        Mt5Client.connect(
                HarnessAccess.options(emulator, LOGIN, "trig-pass-1".toCharArray()).build())
            .join();
    client.market().subscribeTicks(SYMBOL).join();
    moveTo(1.10000, 1.10010);
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  /** Holds EURUSD at this bid and ask, and waits until the client has seen them. */
  private void moveTo(double bid, double ask) {
    emulator.market().setQuote(SYMBOL, bid, ask);
    await()
        .until(
            () ->
                client
                    .market()
                    .quote(SYMBOL)
                    .filter(q -> q.bid() == bid && q.ask() == ask)
                    .isPresent());
  }

  @Test
  void aBuyLimitFillsWhenTheAskFallsToItAndItsStopLossClosesThePosition() {
    double limit = 1.09500;
    OrderResult placed =
        client.trading().send(OrderRequest.pending(SYMBOL, OrderType.BUY_LIMIT, 0.5, limit)).join();
    assertThat(placed.retcode()).isEqualTo(10008);
    await().until(() -> client.positions().orders().size() == 1);

    moveTo(1.09600, 1.09610); // closer, still above the limit: nothing fills
    assertThat(client.positions().orders()).hasSize(1);
    assertThat(client.positions().positions()).isEmpty();

    moveTo(1.09480, 1.09490); // the ask is at or below the limit

    await().until(() -> client.positions().orders().isEmpty());
    await().until(() -> client.positions().positions().size() == 1);
    Position p = client.positions().positions().get(0);
    assertThat(p.priceOpen()).isLessThanOrEqualTo(limit);

    double sl = 1.09000;
    assertThat(client.trading().modifyPosition(p.positionId(), sl, 0).join().isDone()).isTrue();
    await()
        .untilAsserted(
            () ->
                assertThat(client.positions().position(p.positionId()).orElseThrow().sl())
                    .isEqualTo(sl));

    moveTo(1.08990, 1.09000); // the bid falls through the stop

    await().until(() -> client.positions().positions().isEmpty());
    double balance = client.account().refresh().join().balance();
    assertThat(balance).isLessThan(BALANCE); // the stop took a loss
  }

  @Test
  void aTakeProfitClosesThePositionWithAGainAtOrAboveItsPrice() {
    double tp = 1.10500;
    OrderResult opened =
        client
            .trading()
            .send(OrderRequest.builder(SYMBOL, OrderType.BUY, 0.5).tp(tp).build())
            .join();
    assertThat(opened.retcode()).isEqualTo(10009);
    await().until(() -> client.positions().positions().size() == 1);
    Position p = client.positions().positions().get(0);
    assertThat(p.tp()).isEqualTo(tp);

    moveTo(1.10400, 1.10410); // up, but short of the take profit
    assertThat(client.positions().positions()).hasSize(1);

    moveTo(1.10520, 1.10530);

    await().until(() -> client.positions().positions().isEmpty());
    assertThat(client.account().refresh().join().balance()).isGreaterThan(BALANCE);
    List<Deal> deals =
        client
            .history()
            .deals(
                Instant.ofEpochMilli(start - 60_000),
                Instant.ofEpochMilli(clock.getAsLong() + 60_000))
            .join();
    Deal closing =
        deals.stream()
            .filter(d -> d.positionId() == p.positionId() && d.entry() == 1)
            .findFirst()
            .orElseThrow();
    assertThat(closing.comment()).isEqualTo("[tp]");
    assertThat(closing.priceOpen()).isGreaterThanOrEqualTo(tp);
    assertThat(closing.profit()).isPositive();
  }

  @Test
  void aBuyStopLimitBecomesABuyLimitAtTheStopAndFillsAtItsLimit() {
    double stop = 1.10500;
    double limit = 1.10300;
    OrderResult placed =
        client
            .trading()
            .send(
                OrderRequest.builder(SYMBOL, OrderType.BUY_STOP_LIMIT, 0.5)
                    .price(stop)
                    .stopLimit(limit)
                    .build())
            .join();
    assertThat(placed.retcode()).isEqualTo(10008);
    await().until(() -> client.positions().orders().size() == 1);
    Order waiting = client.positions().orders().get(0);
    assertThat(waiting.orderType()).isEqualTo(OrderType.BUY_STOP_LIMIT.value());
    assertThat(waiting.priceTrigger()).isEqualTo(stop);
    assertThat(waiting.priceOrder()).isEqualTo(limit);

    moveTo(1.10500, 1.10510); // the ask reaches the stop

    await()
        .until(
            () ->
                client.positions().orders().size() == 1
                    && client.positions().orders().get(0).orderType()
                        == OrderType.BUY_LIMIT.value());
    assertThat(client.positions().positions()).isEmpty(); // the ask is still above the limit
    assertThat(client.positions().orders().get(0).tradeOrder()).isEqualTo(waiting.tradeOrder());

    moveTo(1.10280, 1.10290); // back down through the limit

    await().until(() -> client.positions().orders().isEmpty());
    await().until(() -> client.positions().positions().size() == 1);
    assertThat(client.positions().positions().get(0).priceOpen()).isLessThanOrEqualTo(limit);
  }
}
