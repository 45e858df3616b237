package io.github.jmt5.ta4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.market.Bar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ta4j.core.BarSeries;
import org.ta4j.core.num.DecimalNum;
import org.ta4j.core.num.DecimalNumFactory;
import org.ta4j.core.num.DoubleNum;

class BarConverterTest {
  private static final Instant OPEN = Instant.parse("2024-01-03T12:00:00Z");

  private static Bar bar(Instant open, double close, int ticks, double real) {
    return new Bar((int) open.getEpochSecond(), 1.1000, 1.1050, 1.0950, close, ticks, real);
  }

  @ParameterizedTest
  @CsvSource({
    "M1, 2024-01-03T12:00:00Z, PT1M",
    "M5, 2024-01-03T12:05:00Z, PT5M",
    "M15, 2024-01-03T12:15:00Z, PT15M",
    "M30, 2024-01-03T12:30:00Z, PT30M",
    "H1, 2024-01-03T12:00:00Z, PT1H",
    "H4, 2024-01-03T08:00:00Z, PT4H",
    "D1, 2024-01-03T00:00:00Z, PT24H",
    "W1, 2023-12-31T00:00:00Z, PT168H",
    "MN1, 2024-02-01T00:00:00Z, PT696H", // February 2024 has 29 days
    "MN1, 2023-02-01T00:00:00Z, PT672H",
    "MN1, 2024-01-01T00:00:00Z, PT744H",
  })
  void aBarEndsOneTimeframeAfterItOpens(Timeframe tf, Instant open, Duration period) {
    org.ta4j.core.Bar b = BarConverter.of(tf).toBar(bar(open, 1.1010, 42, 0));

    assertThat(b.getTimePeriod()).isEqualTo(period);
    assertThat(b.getBeginTime()).isEqualTo(open);
    assertThat(b.getEndTime()).isEqualTo(open.plus(period));
  }

  @Test
  void pricesAndVolumesAreCopied() {
    org.ta4j.core.Bar b = BarConverter.of(Timeframe.M1).toBar(bar(OPEN, 1.1010, 42, 7.5));

    assertThat(b.getOpenPrice().doubleValue()).isEqualTo(1.1000);
    assertThat(b.getHighPrice().doubleValue()).isEqualTo(1.1050);
    assertThat(b.getLowPrice().doubleValue()).isEqualTo(1.0950);
    assertThat(b.getClosePrice().doubleValue()).isEqualTo(1.1010);
    assertThat(b.getClosePrice()).isInstanceOf(DoubleNum.class);
    assertThat(b.getVolume().doubleValue()).isEqualTo(42);
    assertThat(b.getTrades()).isEqualTo(42);
    assertThat(b.getAmount().isZero()).isTrue();
  }

  @Test
  void realVolumeOnRequest() {
    BarConverter c = BarConverter.of(Timeframe.M1).withVolume(VolumeKind.REAL);

    org.ta4j.core.Bar b = c.toBar(bar(OPEN, 1.1010, 42, 7.5));

    assertThat(b.getVolume().doubleValue()).isEqualTo(7.5);
    assertThat(b.getTrades()).isEqualTo(42);
  }

  @Test
  void tickVolumeAndTimeAreUnsigned() {
    Instant late = Instant.parse("2040-01-01T00:00:00Z"); // beyond 2^31 seconds
    Bar b = new Bar((int) late.getEpochSecond(), 1, 1, 1, 1, -1, 0);

    org.ta4j.core.Bar t = BarConverter.of(Timeframe.M1).toBar(b);

    assertThat(t.getBeginTime()).isEqualTo(late);
    assertThat(t.getTrades()).isEqualTo(4_294_967_295L);
  }

  @Test
  void decimalNumbersOnRequest() {
    BarConverter c = BarConverter.of(Timeframe.M1).withNumFactory(DecimalNumFactory.getInstance());

    BarSeries s = c.toSeries("X", List.of(bar(OPEN, 1.1010, 1, 0)));

    assertThat(s.getBar(0).getClosePrice()).isInstanceOf(DecimalNum.class);
    assertThat(s.numFactory()).isInstanceOf(DecimalNumFactory.class);
  }

  @Test
  void aSeriesHoldsTheBarsInOrderUnderItsName() {
    List<Bar> bars =
        List.of(
            bar(OPEN, 1.1, 1, 0),
            bar(OPEN.plusSeconds(3600), 1.2, 2, 0),
            bar(OPEN.plusSeconds(7200), 1.3, 3, 0));

    BarSeries s =
        BarConverter.of(Timeframe.H1)
            .toSeries(BarConverter.seriesName("EURUSD", Timeframe.H1), bars);

    assertThat(s.getName()).isEqualTo("EURUSD H1");
    assertThat(s.getBarCount()).isEqualTo(3);
    assertThat(s.getBar(2).getClosePrice().doubleValue()).isEqualTo(1.3);
    assertThat(s.getBar(1).getEndTime()).isEqualTo(s.getBar(2).getBeginTime());
  }

  @Test
  void aSeriesKeepsAtMostItsMaximumBarCount() {
    List<Bar> bars =
        List.of(
            bar(OPEN, 1.1, 1, 0),
            bar(OPEN.plusSeconds(60), 1.2, 2, 0),
            bar(OPEN.plusSeconds(120), 1.3, 3, 0));

    BarSeries s = BarConverter.of(Timeframe.M1).toSeries("X", bars, 2);

    assertThat(s.getBarCount()).isEqualTo(2);
    assertThat(s.getFirstBar().getClosePrice().doubleValue()).isEqualTo(1.2);
    assertThat(s.getEndIndex()).isEqualTo(2);
  }

  @Test
  void barsOutOfOrderAreRefused() {
    List<Bar> bars = List.of(bar(OPEN.plusSeconds(60), 1.1, 1, 0), bar(OPEN, 1.2, 2, 0));

    assertThatThrownBy(() -> BarConverter.of(Timeframe.M1).toSeries("X", bars))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
