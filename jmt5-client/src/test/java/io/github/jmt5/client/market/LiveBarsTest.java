package io.github.jmt5.client.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.enums.Timeframe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveBarsTest {
  private final List<LiveBar> seen = new ArrayList<>();
  private final LiveBars bars = new LiveBars("EURUSD", Timeframe.M1, seen::add);

  private static SymbolQuote q(String symbol, long second, double bid) {
    return new SymbolQuote(symbol, bid, bid + 0.0001, 0, 0, Instant.ofEpochSecond(second));
  }

  @Test
  void aggregatesBidsIntoBarsAndClosesOnTheNextPeriod() {
    long t = 1_700_000_040L; // a minute boundary
    bars.accept(q("EURUSD", t + 1, 1.10));
    bars.accept(q("EURUSD", t + 20, 1.12));
    bars.accept(q("GBPUSD", t + 21, 9.99)); // another symbol: ignored
    bars.accept(q("EURUSD", t + 40, 1.09));
    bars.accept(q("EURUSD", t + 61, 1.11));

    assertThat(seen).hasSize(5);
    LiveBar closed = seen.get(3);
    assertThat(closed.closed()).isTrue();
    assertThat(closed.bar().time()).isEqualTo((int) t);
    assertThat(closed.bar().open()).isEqualTo(1.10);
    assertThat(closed.bar().high()).isEqualTo(1.12);
    assertThat(closed.bar().low()).isEqualTo(1.09);
    assertThat(closed.bar().close()).isEqualTo(1.09);
    assertThat(closed.bar().tickVolume()).isEqualTo(3);
    LiveBar next = seen.get(4);
    assertThat(next.closed()).isFalse();
    assertThat(next.bar().time()).isEqualTo((int) (t + 60));
    assertThat(next.bar().open()).isEqualTo(1.11);
  }

  @Test
  void lateTicksOfAFinishedBarAreIgnored() {
    long t = 1_700_000_040L;
    bars.accept(q("EURUSD", t + 61, 1.11));
    bars.accept(q("EURUSD", t + 5, 1.50));
    assertThat(seen).hasSize(1);
  }

  @Test
  void barClockAlignsEveryTimeframe() {
    long wed = Instant.parse("2026-11-25T13:47:12Z").getEpochSecond();
    assertThat(BarClock.openTime(Timeframe.M5, wed))
        .isEqualTo(Instant.parse("2026-11-25T13:45:00Z").getEpochSecond());
    assertThat(BarClock.openTime(Timeframe.H4, wed))
        .isEqualTo(Instant.parse("2026-11-25T12:00:00Z").getEpochSecond());
    assertThat(BarClock.openTime(Timeframe.D1, wed))
        .isEqualTo(Instant.parse("2026-11-25T00:00:00Z").getEpochSecond());
    assertThat(BarClock.openTime(Timeframe.W1, wed))
        .isEqualTo(Instant.parse("2026-11-22T00:00:00Z").getEpochSecond());
    assertThat(BarClock.openTime(Timeframe.MN1, wed))
        .isEqualTo(Instant.parse("2026-11-01T00:00:00Z").getEpochSecond());
  }
}
