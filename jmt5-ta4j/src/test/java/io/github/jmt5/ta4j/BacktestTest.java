package io.github.jmt5.ta4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.market.Bar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Strategy;
import org.ta4j.core.rules.FixedRule;

class BacktestTest {
  private static final int T0 = (int) Instant.parse("2024-01-03T00:00:00Z").getEpochSecond();

  private static BarSeries closes(double... closes) {
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < closes.length; i++) {
      double o = i == 0 ? closes[0] : closes[i - 1]; // each bar opens at the previous close
      double c = closes[i];
      bars.add(new Bar(T0 + 3600 * i, o, Math.max(o, c), Math.min(o, c), c, 10, 0));
    }
    return BarConverter.of(Timeframe.H1).toSeries("TEST H1", bars);
  }

  @Test
  void theReportHoldsTa4jsCriteria() {
    // signals at 1 and 2 trade at the next opens, 1 and 2 (+100%); signals at 3 and 4 at 2 and 1
    // (-50%)
    BarSeries s = closes(1, 1, 2, 2, 1, 1);
    Strategy strategy = new BaseStrategy("fixed", new FixedRule(1, 3), new FixedRule(2, 4));

    BacktestReport r = Backtest.run(s, strategy);

    assertThat(r.strategy()).isEqualTo("fixed");
    assertThat(r.series()).isEqualTo("TEST H1");
    assertThat(r.bars()).isEqualTo(6);
    assertThat(r.from()).isEqualTo(Instant.ofEpochSecond(T0));
    assertThat(r.to()).isEqualTo(Instant.ofEpochSecond(T0 + 6 * 3600));
    assertThat(r.positions()).isEqualTo(2);
    assertThat(r.winningPositions()).isEqualTo(1);
    assertThat(r.winningRatio()).isEqualTo(0.5);
    assertThat(r.netProfit()).isCloseTo(1 - 1, within(1e-9)); // +1 then -1 per unit
    assertThat(r.grossReturn()).isCloseTo(2 * 0.5, within(1e-9));
    assertThat(r.maxDrawdown()).isCloseTo(0.5, within(1e-9));
    assertThat(r.buyAndHoldReturn()).isCloseTo(1.0, within(1e-9));
    assertThat(r.toString())
        .contains("positions              2")
        .contains("winning positions      1 (50.0%)")
        .contains("maximum drawdown       50.00%");
  }

  @Test
  void aStrategyThatNeverTradesReportsNoPositions() {
    BarSeries s = closes(1, 2, 3);
    Strategy strategy = new BaseStrategy("never", new FixedRule(), new FixedRule());

    BacktestReport r = Backtest.run(s, strategy);

    assertThat(r.positions()).isZero();
    assertThat(r.winningRatio()).isZero();
    assertThat(r.grossReturn()).isEqualTo(1.0);
    assertThat(r.buyAndHoldReturn()).isCloseTo(3.0, within(1e-9));
  }
}
