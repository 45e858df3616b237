package io.github.jmt5.client.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.client.session.HarnessAccess;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.market.MarketQuote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pending orders and stops triggered by the market, seen through the client. The emulator's clock
 * is set by the test, and its price path is deterministic, so the test picks a future moment where
 * the price has moved far enough and jumps there.
 */
class TriggersIT {
  private static final long LOGIN = 50_011;
  private static final String SYMBOL = "EURUSD";
  private static final long MINUTE = 60_000;

  // the emulator's time runs from last Tuesday 10:00 UTC, whatever day the tests run
  private final EmulatorClock clock =
      EmulatorClock.lastWeekday(DayOfWeek.TUESDAY, LocalTime.of(10, 0));
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
            .account(AccountConfig.of(LOGIN, "trig-pass-1", 1_000_000))
            .start();
    client =
        Mt5Client.connect(
                HarnessAccess.options(emulator, LOGIN, "trig-pass-1".toCharArray()).build())
            .join();
    client.market().subscribeTicks(SYMBOL).join();
    await().until(() -> client.market().quote(SYMBOL).isPresent());
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  /** The emulator's time: runs with the real clock from last Tuesday 10:00 UTC, plus jumps. */
  private long now() {
    return clock.getAsLong();
  }

  private void jumpTo(long t) {
    clock.jumpTo(t);
  }

  private MarketQuote at(long ms) {
    return emulator.market().quoteAt(SYMBOL, ms).orElseThrow();
  }

  /**
   * True inside the symbol's trading hours, when the emulator sends ticks (and checks triggers).
   */
  private boolean open(long ms) {
    return emulator.market().catalog().spec(SYMBOL).orElseThrow().hours().isOpen(ms);
  }

  /** The first minute after {@code from} at which {@code moved} holds for the quote. */
  private long firstMinuteWhen(long from, Predicate<MarketQuote> moved, String what) {
    for (long m = 1; m < 14 * 24 * 60; m++) {
      long t = from + m * MINUTE;
      MarketQuote q = at(t);
      if (open(t) && open(t + 10 * MINUTE) && q.ask() > 0 && moved.test(q)) {
        return t;
      }
    }
    throw new AssertionError("the price path never " + what + " in trading hours within two weeks");
  }

  private long firstAskBelow(long from, double ask, double drop) {
    return firstMinuteWhen(
        from, q -> q.ask() < ask - drop, "took the ask " + drop + " below " + ask);
  }

  private long firstAskAbove(long from, double ask, double rise) {
    return firstMinuteWhen(
        from, q -> q.ask() > ask + rise, "took the ask " + rise + " above " + ask);
  }

  private long firstBidBelow(long from, double bid, double drop) {
    return firstMinuteWhen(
        from, q -> q.bid() < bid - drop, "took the bid " + drop + " below " + bid);
  }

  private long firstBidAbove(long from, double bid, double rise) {
    return firstMinuteWhen(
        from, q -> q.bid() > bid + rise, "took the bid " + rise + " above " + bid);
  }

  private static double down5(double price) {
    return BigDecimal.valueOf(price).setScale(5, RoundingMode.FLOOR).doubleValue();
  }

  private static double up5(double price) {
    return BigDecimal.valueOf(price).setScale(5, RoundingMode.CEILING).doubleValue();
  }

  @Test
  void aBuyLimitFillsWhenTheAskFallsToItAndItsStopLossClosesThePosition() {
    SymbolQuote q = client.market().quote(SYMBOL).orElseThrow();
    long fillTime = firstAskBelow(now(), q.ask(), 0.0040);
    double limit = up5(at(fillTime).ask() + 0.0010); // above the future ask, well below today's
    OrderResult placed =
        client.trading().send(OrderRequest.pending(SYMBOL, OrderType.BUY_LIMIT, 0.5, limit)).join();
    assertThat(placed.retcode()).isEqualTo(10008);
    await().until(() -> client.positions().orders().size() == 1);

    jumpTo(fillTime);

    await().until(() -> client.positions().orders().isEmpty());
    await().until(() -> client.positions().positions().size() == 1);
    Position p = client.positions().positions().get(0);
    assertThat(p.priceOpen()).isLessThanOrEqualTo(limit);

    long from = now();
    long stopTime = firstBidBelow(from, at(from).bid(), 0.0040);
    double sl = up5(at(stopTime).bid() + 0.0010);
    assertThat(client.trading().modifyPosition(p.positionId(), sl, 0).join().isDone()).isTrue();
    await()
        .untilAsserted(
            () ->
                assertThat(client.positions().position(p.positionId()).orElseThrow().sl())
                    .isEqualTo(sl));

    jumpTo(stopTime);

    await().until(() -> client.positions().positions().isEmpty());
    double balance = client.account().refresh().join().balance();
    assertThat(balance).isLessThan(1_000_000.0); // the stop took a loss
  }

  @Test
  void aTakeProfitClosesThePositionWithAGainAtOrAboveItsPrice() {
    SymbolQuote q = client.market().quote(SYMBOL).orElseThrow();
    long hitTime = firstBidAbove(now(), q.bid(), 0.0040);
    double tp = down5(at(hitTime).bid() - 0.0010); // below the future bid, well above today's
    OrderResult opened =
        client
            .trading()
            .send(OrderRequest.builder(SYMBOL, OrderType.BUY, 0.5).tp(tp).build())
            .join();
    assertThat(opened.retcode()).isEqualTo(10009);
    await().until(() -> client.positions().positions().size() == 1);
    Position p = client.positions().positions().get(0);
    assertThat(p.tp()).isEqualTo(tp);

    jumpTo(hitTime);

    await().until(() -> client.positions().positions().isEmpty());
    assertThat(client.account().refresh().join().balance()).isGreaterThan(1_000_000.0);
    List<Deal> deals =
        client
            .history()
            .deals(Instant.ofEpochMilli(start - MINUTE), Instant.ofEpochMilli(now() + MINUTE))
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
    SymbolQuote q = client.market().quote(SYMBOL).orElseThrow();
    long activation = firstAskAbove(now(), q.ask(), 0.0040);
    double stop = down5(at(activation).ask() - 0.0010); // reached at the activation minute
    long fillTime = firstAskBelow(activation, at(activation).ask(), 0.0040);
    double limit = up5(at(fillTime).ask() + 0.0010); // below the ask at activation, reached later
    assertThat(limit).isLessThan(stop);
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

    jumpTo(activation);

    await()
        .until(
            () ->
                client.positions().orders().size() == 1
                    && client.positions().orders().get(0).orderType()
                        == OrderType.BUY_LIMIT.value());
    assertThat(client.positions().positions()).isEmpty(); // the ask is still above the limit
    assertThat(client.positions().orders().get(0).tradeOrder()).isEqualTo(waiting.tradeOrder());

    jumpTo(fillTime);

    await().until(() -> client.positions().orders().isEmpty());
    await().until(() -> client.positions().positions().size() == 1);
    assertThat(client.positions().positions().get(0).priceOpen()).isLessThanOrEqualTo(limit);
  }
}
