package io.github.jmt5.ta4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.protocol.enums.Timeframe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A live series on the real emulator, growing from its ticks. The test moves the emulator's clock a
 * minute on to complete each M1 bar.
 */
class LiveBarSeriesIT {
  private static final String SYMBOL = "EURUSD";

  @SuppressWarnings("NullAway.Init")
  private TestMarket market;

  @BeforeEach
  void start() {
    market = new TestMarket();
    market.awaitQuote(SYMBOL);
  }

  @AfterEach
  void stop() {
    market.close();
  }

  private LiveBarSeries live(int history, int maxBars) {
    return LiveBarSeries.builder(market.client, SYMBOL, Timeframe.M1)
        .history(history)
        .historyUntil(market.now())
        .maximumBarCount(maxBars)
        .start()
        .join();
  }

  private static Instant lastBegin(LiveBarSeries live) {
    return live.read(s -> s.getLastBar().getBeginTime());
  }

  @Test
  void theFormingBarIsUpdatedInPlaceAndCompletedBarsAreAppended() {
    try (LiveBarSeries live = live(30, 32)) {
      List<Integer> completed = new CopyOnWriteArrayList<>();
      List<Instant> completedEnds = new CopyOnWriteArrayList<>();
      var unused =
          live.onBarCompleted(
              (s, index) -> {
                completed.add(index);
                completedEnds.add(s.getBar(index).getEndTime());
              });
      assertThat(live.name()).isEqualTo("EURUSD M1");
      assertThat(live.barCount()).isEqualTo(30);
      Instant forming = lastBegin(live);
      int endIndex = live.read(s -> s.getEndIndex());
      long ticks = live.read(s -> s.getLastBar().getTrades());

      // ticks of the same minute change the newest bar without adding one
      await().until(() -> live.read(s -> s.getLastBar().getTrades()) > ticks + 3);
      assertThat(live.barCount()).isEqualTo(30);
      assertThat(lastBegin(live)).isEqualTo(forming);
      assertThat(completed).isEmpty();

      for (int i = 1; i <= 3; i++) {
        market.advance(Duration.ofMinutes(1));
        int done = i;
        await().until(() -> live.completedBars() == done);
        assertThat(completed.get(completed.size() - 1)).isEqualTo(endIndex + i - 1);
      }
      await().until(() -> lastBegin(live).equals(forming.plus(Duration.ofMinutes(3))));

      assertThat(live.barCount()).isEqualTo(32); // the maximum: the oldest bar was dropped
      int newEnd = live.read(s -> s.getEndIndex());
      assertThat(newEnd).isEqualTo(endIndex + 3);
      assertThat(completedEnds)
          .containsExactly(
              forming.plus(Duration.ofMinutes(1)),
              forming.plus(Duration.ofMinutes(2)),
              forming.plus(Duration.ofMinutes(3)));
      List<org.ta4j.core.Bar> bars = live.read(s -> List.copyOf(s.getBarData()));
      assertThat(bars).hasSize(32);
      for (int i = 1; i < bars.size(); i++) {
        assertThat(bars.get(i).getBeginTime()).isEqualTo(bars.get(i - 1).getEndTime());
        assertThat(bars.get(i).getHighPrice().isGreaterThanOrEqual(bars.get(i).getLowPrice()))
            .isTrue();
      }
    }
  }

  @Test
  void aClosedSeriesStopsGrowingWhileTicksGoOn() {
    LiveBarSeries live = live(5, 100);
    market.advance(Duration.ofMinutes(1));
    await().until(() -> live.completedBars() == 1);

    live.close();
    assertThat(live.isOpen()).isFalse();
    int bars = live.barCount();
    Instant last = lastBegin(live);
    market.advance(Duration.ofMinutes(2));
    Instant moved = market.now().minus(Duration.ofSeconds(30));
    await().until(() -> market.client.market().quote(SYMBOL).orElseThrow().time().isAfter(moved));

    assertThat(live.completedBars()).isEqualTo(1);
    assertThat(live.barCount()).isEqualTo(bars);
    assertThat(lastBegin(live)).isEqualTo(last);
  }

  @Test
  void withoutHistoryTheSeriesStartsWithTheFirstLiveBar() {
    try (LiveBarSeries live = live(0, 10)) {
      await().until(() -> live.barCount() == 1);
      market.advance(Duration.ofMinutes(1));
      await().until(() -> live.barCount() == 2);
      assertThat(live.completedBars()).isEqualTo(1);
    }
  }
}
