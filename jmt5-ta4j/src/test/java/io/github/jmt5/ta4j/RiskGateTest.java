package io.github.jmt5.ta4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RiskGateTest {

  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2024-01-03T12:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final ManualClock clock = new ManualClock();

  @Test
  void anEntryThatWouldExceedThePositionVolumeIsRefused() {
    RiskGate gate = new RiskGate(new RiskLimits(0.1, 0.3, 100), clock);

    assertThat(gate.tryEntry(0)).isEmpty();
    assertThat(gate.tryEntry(0.2)).isEmpty(); // 0.3 exactly is allowed
    assertThat(gate.tryEntry(0.21)).contains(Limit.POSITION_VOLUME);
    assertThat(gate.ordersInWindow()).isEqualTo(2); // the refused one is not counted
  }

  @Test
  void lotSumsWithRoundingErrorsStillFit() {
    RiskGate gate = new RiskGate(new RiskLimits(0.1, 0.3, 100), clock);

    assertThat(gate.tryEntry(0.1 + 0.1)).isEmpty(); // 0.20000000000000004
  }

  @Test
  void entriesBeyondTheRatePerMinuteAreRefusedUntilTheWindowSlides() {
    RiskGate gate = new RiskGate(new RiskLimits(0.1, 10, 3), clock);

    assertThat(gate.tryEntry(0)).isEmpty();
    clock.advance(Duration.ofSeconds(20));
    assertThat(gate.tryEntry(0)).isEmpty();
    clock.advance(Duration.ofSeconds(20));
    assertThat(gate.tryEntry(0)).isEmpty();
    assertThat(gate.tryEntry(0)).contains(Limit.ORDER_RATE);

    clock.advance(Duration.ofSeconds(19)); // 59 s after the first
    assertThat(gate.tryEntry(0)).contains(Limit.ORDER_RATE);
    clock.advance(Duration.ofSeconds(1)); // the first leaves the window
    assertThat(gate.tryEntry(0)).isEmpty();
    assertThat(gate.tryEntry(0)).contains(Limit.ORDER_RATE);
    assertThat(gate.ordersInWindow()).isEqualTo(3);
  }

  @Test
  void exitsAreNeverRefusedButUseUpTheRate() {
    RiskGate gate = new RiskGate(new RiskLimits(0.1, 10, 2), clock);

    gate.recordExit();
    gate.recordExit();
    gate.recordExit();

    assertThat(gate.ordersInWindow()).isEqualTo(3);
    assertThat(gate.tryEntry(0)).contains(Limit.ORDER_RATE);
    clock.advance(Duration.ofMinutes(1));
    assertThat(gate.ordersInWindow()).isZero();
    assertThat(gate.tryEntry(0)).isEmpty();
  }

  @Test
  void limitsAreChecked() {
    assertThatThrownBy(() -> new RiskLimits(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RiskLimits(0.2, 0.1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RiskLimits(0.1, 0.1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
