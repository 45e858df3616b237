package io.github.jmt5.ta4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.market.Bar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;

class LiveSeriesUpdaterTest {
  private static final int T0 = (int) Instant.parse("2024-01-03T12:00:00Z").getEpochSecond();
  private static final BarConverter M1 = BarConverter.of(Timeframe.M1);

  private final List<Integer> completed = new ArrayList<>();

  private LiveSeriesUpdater updater(BarSeries series) {
    return new LiveSeriesUpdater(M1, series, completed::add);
  }

  private static Bar live(int time, double open, double high, double low, double close, int n) {
    return new Bar(time, open, high, low, close, n, 0);
  }

  @Test
  void ticksOfOneBarReplaceItInPlace() {
    BarSeries s = M1.emptySeries("X", 100);
    LiveSeriesUpdater u = updater(s);

    u.apply(live(T0, 1.0, 1.0, 1.0, 1.0, 1), false);
    u.apply(live(T0, 1.0, 1.2, 1.0, 1.2, 2), false);
    u.apply(live(T0, 1.0, 1.2, 0.9, 1.1, 3), false);

    assertThat(s.getBarCount()).isEqualTo(1);
    assertThat(s.getLastBar().getClosePrice().doubleValue()).isEqualTo(1.1);
    assertThat(s.getLastBar().getLowPrice().doubleValue()).isEqualTo(0.9);
    assertThat(s.getLastBar().getTrades()).isEqualTo(3);
    assertThat(completed).isEmpty();
  }

  @Test
  void aClosedBarIsReportedOnceAndTheNextIsAppended() {
    BarSeries s = M1.emptySeries("X", 100);
    LiveSeriesUpdater u = updater(s);

    u.apply(live(T0, 1.0, 1.0, 1.0, 1.0, 1), false);
    u.apply(live(T0, 1.0, 1.1, 1.0, 1.1, 2), true);
    u.apply(live(T0 + 60, 1.2, 1.2, 1.2, 1.2, 1), false);
    u.apply(live(T0 + 60, 1.2, 1.3, 1.2, 1.3, 2), false);

    assertThat(completed).containsExactly(0);
    assertThat(s.getBarCount()).isEqualTo(2);
    assertThat(s.getBar(0).getClosePrice().doubleValue()).isEqualTo(1.1);
    assertThat(s.getBar(1).getClosePrice().doubleValue()).isEqualTo(1.3);
    assertThat(s.getBar(1).getBeginTime()).isEqualTo(s.getBar(0).getEndTime());
  }

  @Test
  void aBarWithoutAFinalStateCompletesWhenTheNextOneStarts() {
    BarSeries s = M1.emptySeries("X", 100);
    LiveSeriesUpdater u = updater(s);

    u.apply(live(T0, 1.0, 1.0, 1.0, 1.0, 1), false);
    u.apply(live(T0 + 120, 1.2, 1.2, 1.2, 1.2, 1), false);

    assertThat(completed).containsExactly(0);
    assertThat(s.getBarCount()).isEqualTo(2);
  }

  @Test
  void theFormingHistoryBarIsMergedWithTheLiveOne() {
    BarSeries s = M1.emptySeries("X", 100);
    LiveSeriesUpdater u = updater(s);
    u.seed(
        List.of(
            live(T0 - 60, 1.0, 1.1, 0.9, 1.05, 30),
            live(T0, 1.05, 1.20, 1.00, 1.10, 40))); // forming when loaded

    u.apply(live(T0, 1.12, 1.15, 1.12, 1.15, 1), false); // live knows only its own ticks
    u.apply(live(T0, 1.12, 1.25, 1.12, 1.22, 2), true);

    assertThat(s.getBarCount()).isEqualTo(2);
    org.ta4j.core.Bar b = s.getLastBar();
    assertThat(b.getOpenPrice().doubleValue()).isEqualTo(1.05);
    assertThat(b.getHighPrice().doubleValue()).isEqualTo(1.25);
    assertThat(b.getLowPrice().doubleValue()).isEqualTo(1.00);
    assertThat(b.getClosePrice().doubleValue()).isEqualTo(1.22);
    assertThat(b.getTrades()).isEqualTo(42);
    assertThat(completed).containsExactly(1); // the history bars are not reported
  }

  @Test
  void lateUpdatesOfFinishedBarsAreIgnored() {
    BarSeries s = M1.emptySeries("X", 100);
    LiveSeriesUpdater u = updater(s);
    u.apply(live(T0, 1.0, 1.0, 1.0, 1.0, 1), true);
    u.apply(live(T0 + 60, 1.2, 1.2, 1.2, 1.2, 1), false);

    u.apply(live(T0, 1.0, 9.0, 1.0, 9.0, 2), false);
    u.apply(live(T0, 1.0, 9.0, 1.0, 9.0, 2), true);

    assertThat(s.getBar(0).getHighPrice().doubleValue()).isEqualTo(1.0);
    assertThat(s.getBarCount()).isEqualTo(2);
    assertThat(completed).containsExactly(0);
  }

  @Test
  void theSeriesKeepsItsMaximumBarCountWhileGrowing() {
    BarSeries s = M1.emptySeries("X", 3);
    LiveSeriesUpdater u = updater(s);

    for (int i = 0; i < 10; i++) {
      u.apply(live(T0 + 60 * i, 1.0 + i, 1.0 + i, 1.0 + i, 1.0 + i, 1), false);
      u.apply(live(T0 + 60 * i, 1.0 + i, 1.0 + i, 1.0 + i, 1.0 + i, 1), true);
    }

    assertThat(s.getBarCount()).isEqualTo(3);
    assertThat(s.getEndIndex()).isEqualTo(9);
    assertThat(s.getFirstBar().getClosePrice().doubleValue()).isEqualTo(8.0);
    assertThat(completed).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }
}
