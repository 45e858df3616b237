package io.github.jmt5.ta4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.wire.Volume;
import io.github.jmt5.ta4j.TradeDecision.Action;
import io.github.jmt5.ta4j.TradeDecision.Entered;
import io.github.jmt5.ta4j.TradeDecision.Exited;
import io.github.jmt5.ta4j.TradeDecision.PositionGone;
import io.github.jmt5.ta4j.TradeDecision.Rejected;
import io.github.jmt5.ta4j.TradeDecision.Skipped;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Strategy;
import org.ta4j.core.rules.BooleanRule;

/**
 * The runner trading on the real emulator: orders are sent and filled, risk limits stop entries, a
 * rejection does not stop the runner. A strategy that always wants to trade enters on one bar and
 * exits on the next; the test completes bars by moving the emulator's clock a minute on.
 */
class StrategyRunnerIT {
  private static final String SYMBOL = "EURUSD";

  private @Nullable TestMarket opened;
  private @Nullable LiveBarSeries openedSeries;
  private final List<TradeDecision> heard = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    if (openedSeries != null) {
      openedSeries.close();
    }
    if (opened != null) {
      opened.close();
    }
  }

  /** Starts an emulator whose account holds {@code balance} and a live M1 series on it. */
  private void open(double balance) {
    TestMarket m = new TestMarket(balance);
    opened = m;
    m.awaitQuote(SYMBOL);
    openedSeries =
        LiveBarSeries.builder(m.client, SYMBOL, Timeframe.M1)
            .history(5)
            .historyUntil(m.now())
            .start()
            .join();
  }

  private TestMarket market() {
    return Objects.requireNonNull(opened);
  }

  private LiveBarSeries live() {
    return Objects.requireNonNull(openedSeries);
  }

  private static Strategy always() {
    return new BaseStrategy("always", BooleanRule.TRUE, BooleanRule.TRUE);
  }

  private StrategyRunner runner(RiskLimits limits) {
    return StrategyRunner.builder(market().client, live(), always(), limits)
        .onDecision(heard::add)
        .start();
  }

  /** Completes one bar and waits for the runner's decision on it. */
  private TradeDecision nextBar(StrategyRunner runner) {
    int before = runner.decisions().size();
    market().advance(Duration.ofMinutes(1));
    await().until(() -> runner.decisions().size() > before);
    return runner.decisions().get(before);
  }

  private List<Position> positions() {
    return market().client.positions().positions();
  }

  @Test
  void theRunnerOpensAndClosesPositionsUntilTheOrderRateStopsIt() {
    open(1_000_000);
    try (StrategyRunner runner = runner(new RiskLimits(0.1, 0.1, 3))) {
      TradeDecision first = nextBar(runner);
      assertThat(first).isInstanceOf(Entered.class);
      Entered entered = (Entered) first;
      assertThat(entered.side()).isEqualTo(OrderType.BUY);
      assertThat(entered.volume()).isEqualTo(0.1);
      await().until(() -> positions().size() == 1);
      Position p = positions().get(0);
      assertThat(p.positionId()).isEqualTo(entered.position());
      assertThat(Volume.toLots(p.tradeVolume())).isEqualTo(0.1);
      assertThat(p.comment()).isEqualTo("jmt5-ta4j");
      assertThat(runner.position()).hasValue(entered.position());

      TradeDecision second = nextBar(runner);
      assertThat(second).isInstanceOf(Exited.class);
      assertThat(((Exited) second).position()).isEqualTo(entered.position());
      await().until(() -> positions().isEmpty());
      assertThat(runner.position()).isEmpty();

      assertThat(nextBar(runner)).isInstanceOf(Entered.class);
      await().until(() -> positions().size() == 1);
      assertThat(nextBar(runner)).isInstanceOf(Exited.class); // exits always go: 4 orders now
      await().until(() -> positions().isEmpty());

      TradeDecision fifth = nextBar(runner);
      assertThat(fifth).isInstanceOf(Skipped.class);
      assertThat(((Skipped) fifth).limit()).isEqualTo(Limit.ORDER_RATE);
      assertThat(((Skipped) fifth).ordersInWindow()).isEqualTo(4);
      assertThat(positions()).isEmpty();
      assertThat(heard).isEqualTo(runner.decisions());
      assertThat(runner.decisions())
          .extracting(TradeDecision::index)
          .isSorted()
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void anEntryBeyondTheMaximumPositionVolumeIsSkipped() {
    open(1_000_000);
    var manual = market().client.trading().buy(SYMBOL, 0.1).join();
    await().until(() -> positions().size() == 1);
    try (StrategyRunner runner = runner(new RiskLimits(0.1, 0.1, 10))) {
      TradeDecision first = nextBar(runner);
      assertThat(first).isInstanceOf(Skipped.class);
      assertThat(((Skipped) first).limit()).isEqualTo(Limit.POSITION_VOLUME);
      assertThat(((Skipped) first).openVolume()).isEqualTo(0.1);
      assertThat(positions()).hasSize(1);

      var unused = market().client.trading().close(manual.order()).join();
      await().until(() -> positions().isEmpty());
      assertThat(nextBar(runner)).isInstanceOf(Entered.class);
    }
  }

  @Test
  void aRejectedEntryIsRecordedAndTheRunnerCarriesOn() {
    open(150); // enough margin for one 0.1 lot EURUSD position, not for two
    var manual = market().client.trading().buy(SYMBOL, 0.1).join();
    await().until(() -> positions().size() == 1);
    try (StrategyRunner runner = runner(new RiskLimits(0.1, 0.2, 10))) {
      TradeDecision first = nextBar(runner);
      assertThat(first).isInstanceOf(Rejected.class);
      assertThat(((Rejected) first).retcode()).isEqualTo(10019); // no money
      assertThat(((Rejected) first).action()).isEqualTo(Action.ENTER);
      assertThat(positions()).hasSize(1);

      var unused = market().client.trading().close(manual.order()).join();
      await().until(() -> positions().isEmpty());
      assertThat(nextBar(runner)).isInstanceOf(Entered.class);
      await().until(() -> positions().size() == 1);
    }
  }

  @Test
  void aPositionClosedElsewhereIsNoticedOnTheNextBar() {
    open(1_000_000);
    RiskLimits limits = new RiskLimits(0.1, 0.1, 10);
    try (StrategyRunner runner =
        StrategyRunner.builder(
                market().client,
                live(),
                new BaseStrategy("enter only", BooleanRule.TRUE, BooleanRule.FALSE),
                limits)
            .start()) {
      Entered entered = (Entered) nextBar(runner);
      await().until(() -> positions().size() == 1);
      var unused = market().client.trading().close(entered.position()).join();
      await().until(() -> positions().isEmpty());

      TradeDecision gone = nextBar(runner);
      assertThat(gone)
          .isEqualTo(new PositionGone(SYMBOL, gone.index(), gone.barTime(), entered.position()));
      assertThat(runner.position()).isEmpty();
      assertThat(nextBar(runner)).isInstanceOf(Entered.class);
    }
  }

  @Test
  void aClosedRunnerDecidesNothingMore() {
    open(1_000_000);
    StrategyRunner runner = runner(new RiskLimits(0.1, 0.1, 10));
    assertThat(nextBar(runner)).isInstanceOf(Entered.class);

    runner.close();
    assertThat(runner.isRunning()).isFalse();
    long completed = live().completedBars();
    market().advance(Duration.ofMinutes(1));
    await().until(() -> live().completedBars() > completed);

    assertThat(runner.decisions()).hasSize(1);
    assertThat(positions()).hasSize(1); // close() leaves positions alone
  }
}
