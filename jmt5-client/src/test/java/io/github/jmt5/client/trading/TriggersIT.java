package io.github.jmt5.client.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.client.session.HarnessAccess;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.market.MarketQuote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.atomic.AtomicLong;
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

  private static final long BASE =
      LocalDate.now(ZoneOffset.UTC)
          .with(TemporalAdjusters.previous(DayOfWeek.TUESDAY))
          .atTime(10, 0)
          .toInstant(ZoneOffset.UTC)
          .toEpochMilli();
  private final long realStart = System.currentTimeMillis();
  private final AtomicLong jump = new AtomicLong();
  private Mt5Emulator emulator;
  private Mt5Client client;

  @BeforeEach
  void start() {
    emulator =
        Mt5Emulator.builder()
            .seed(11)
            .tickRate(50)
            .clock(this::now)
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
    return BASE + (System.currentTimeMillis() - realStart) + jump.get();
  }

  private void jumpTo(long t) {
    jump.addAndGet(t - now());
  }

  private MarketQuote at(long ms) {
    return emulator.market().quoteAt(SYMBOL, ms).orElseThrow();
  }

  /** The first minute after {@code from} whose ask is at least {@code drop} below {@code ask}. */
  private long firstAskBelow(long from, double ask, double drop) {
    for (long m = 1; m < 14 * 24 * 60; m++) {
      long t = from + m * MINUTE;
      if (at(t).ask() > 0 && at(t).ask() < ask - drop) {
        return t;
      }
    }
    throw new AssertionError("the price path never fell " + drop + " below " + ask);
  }

  /** The first minute after {@code from} whose bid is at least {@code drop} below {@code bid}. */
  private long firstBidBelow(long from, double bid, double drop) {
    for (long m = 1; m < 14 * 24 * 60; m++) {
      long t = from + m * MINUTE;
      if (at(t).bid() > 0 && at(t).bid() < bid - drop) {
        return t;
      }
    }
    throw new AssertionError("the price path never fell " + drop + " below " + bid);
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
}
