package io.github.jmt5.ta4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.market.Bar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;

/** Loads series from the real emulator and compares them with the bars the client returns. */
class SeriesLoaderIT {
  @SuppressWarnings("NullAway.Init")
  private TestMarket market;

  @BeforeEach
  void start() {
    market = new TestMarket();
  }

  @AfterEach
  void stop() {
    market.close();
  }

  @Test
  void theLastBarsBecomeASeriesBarForBar() {
    Instant now = market.now();
    List<Bar> bars = market.client.market().lastBars("EURUSD", Timeframe.M15, 200, now).join();

    BarSeries s = SeriesLoader.last(market.client, "EURUSD", Timeframe.M15, 200, now).join();

    assertThat(s.getName()).isEqualTo("EURUSD M15");
    assertThat(s.getBarCount()).isEqualTo(bars.size()).isEqualTo(200);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      org.ta4j.core.Bar t = s.getBar(i);
      assertThat(t.getBeginTime()).isEqualTo(Instant.ofEpochSecond(b.time()));
      assertThat(t.getTimePeriod()).isEqualTo(Duration.ofMinutes(15));
      assertThat(t.getEndTime()).isEqualTo(t.getBeginTime().plus(Duration.ofMinutes(15)));
      assertThat(t.getOpenPrice().doubleValue()).isEqualTo(b.open());
      assertThat(t.getHighPrice().doubleValue()).isEqualTo(b.high());
      assertThat(t.getLowPrice().doubleValue()).isEqualTo(b.low());
      assertThat(t.getClosePrice().doubleValue()).isEqualTo(b.close());
      assertThat(t.getVolume().longValue()).isEqualTo(b.tickVolume()).isPositive();
    }
    assertThat(s.getLastBar().getBeginTime()).isBeforeOrEqualTo(now);
  }

  @Test
  void aRangeOfDailyBarsEndsAtMidnights() {
    Instant to = market.now();
    Instant from = to.minus(Duration.ofDays(20));

    BarSeries s = SeriesLoader.range(market.client, "EURUSD", Timeframe.D1, from, to).join();

    assertThat(s.getBarCount()).isBetween(12, 21); // weekends have no bars
    for (int i = 0; i < s.getBarCount(); i++) {
      org.ta4j.core.Bar t = s.getBar(i);
      assertThat(t.getTimePeriod()).isEqualTo(Duration.ofDays(1));
      assertThat(t.getEndTime().getEpochSecond() % 86_400).isZero();
      assertThat(t.getBeginTime()).isBetween(from.minus(Duration.ofDays(1)), to);
      assertThat(t.getHighPrice().isGreaterThanOrEqual(t.getLowPrice())).isTrue();
    }
  }
}
