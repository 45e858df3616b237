package io.github.jmt5.ta4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.ta4j.example.SmaCrossover;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A backtest over history loaded from the real emulator. */
class BacktestIT {

  @Test
  void aCrossoverOverThirtyDaysOfHourlyBarsReportsItsCriteria() {
    try (TestMarket market = new TestMarket()) {
      Instant to = market.now();
      Instant from = to.minus(Duration.ofDays(30));

      BacktestReport r =
          Backtest.run(
                  market.client,
                  "EURUSD",
                  Timeframe.H1,
                  from,
                  to,
                  s -> SmaCrossover.strategy(s, 10, 30))
              .join();

      assertThat(r.strategy()).isEqualTo("SMA(10)/SMA(30) crossover");
      assertThat(r.series()).isEqualTo("EURUSD H1");
      assertThat(r.bars()).isBetween(400, 721); // FX is closed at weekends
      assertThat(r.from()).isAfterOrEqualTo(from.minus(Duration.ofHours(1)));
      assertThat(r.to()).isBeforeOrEqualTo(to.plus(Duration.ofHours(1)));
      assertThat(r.positions()).isPositive();
      assertThat(r.winningPositions()).isBetween(0, r.positions());
      assertThat(r.winningRatio()).isEqualTo((double) r.winningPositions() / r.positions());
      assertThat(r.maxDrawdown()).isBetween(0.0, 1.0);
      assertThat(r.grossReturn()).isPositive();
      assertThat(r.netProfit()).isNotNaN();
      assertThat(r.toString())
          .contains("EURUSD H1")
          .contains("positions              " + r.positions())
          .contains("maximum drawdown");
    }
  }
}
