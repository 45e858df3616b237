package io.github.jmt5.client.reconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static Backoff backoff(ReconnectOptions options) {
    return new Backoff(options, new SplittableRandom(20240611L));
  }

  @Test
  void ceilingsDoubleUntilTheCap() {
    Backoff b = backoff(ReconnectOptions.defaults());
    assertThat(b.ceiling(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(b.ceiling(2)).isEqualTo(Duration.ofSeconds(1));
    assertThat(b.ceiling(3)).isEqualTo(Duration.ofSeconds(2));
    assertThat(b.ceiling(4)).isEqualTo(Duration.ofSeconds(4));
    assertThat(b.ceiling(5)).isEqualTo(Duration.ofSeconds(8));
    assertThat(b.ceiling(6)).isEqualTo(Duration.ofSeconds(16));
    assertThat(b.ceiling(7)).isEqualTo(Duration.ofSeconds(30));
    assertThat(b.ceiling(8)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void otherMultipliers() {
    Backoff b =
        backoff(
            ReconnectOptions.builder()
                .initialDelay(Duration.ofMillis(100))
                .maxDelay(Duration.ofSeconds(1))
                .multiplier(1.5)
                .build());
    assertThat(b.ceiling(2)).isEqualTo(Duration.ofMillis(150));
    assertThat(b.ceiling(3)).isEqualTo(Duration.ofMillis(225));
    Backoff flat = backoff(ReconnectOptions.builder().multiplier(1.0).build());
    assertThat(flat.ceiling(1_000)).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void hugeAttemptNumbersStayAtTheCap() {
    Backoff b = backoff(ReconnectOptions.builder().maxDelay(Duration.ofDays(1)).build());
    for (int attempt : new int[] {63, 64, 65, 1_000, 1_000_000, Integer.MAX_VALUE}) {
      assertThat(b.ceiling(attempt)).as("attempt %d", attempt).isEqualTo(Duration.ofDays(1));
      assertThat(b.delay(attempt)).isBetween(Duration.ZERO, Duration.ofDays(1));
    }
  }

  @Test
  void attemptsStartAtOne() {
    Backoff b = backoff(ReconnectOptions.defaults());
    assertThatThrownBy(() -> b.ceiling(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attempt must be >= 1, was 0");
    assertThatThrownBy(() -> b.delay(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attempt must be >= 1, was -3");
  }

  @Test
  void delaysAreUniformWithinTheCeiling() {
    Backoff b = backoff(ReconnectOptions.defaults());
    for (int attempt : new int[] {1, 4, 10}) {
      long ceiling = b.ceiling(attempt).toNanos();
      int samples = 10_000;
      double sum = 0;
      long min = Long.MAX_VALUE;
      long max = Long.MIN_VALUE;
      for (int i = 0; i < samples; i++) {
        long d = b.delay(attempt).toNanos();
        assertThat(d).isBetween(0L, ceiling);
        sum += d;
        min = Math.min(min, d);
        max = Math.max(max, d);
      }
      // The mean of a uniform [0, c] sample of 10 000 has a standard deviation of about 0.003 c;
      // +-0.02 c is over six of them, and the seed is fixed anyway.
      assertThat(sum / samples)
          .as("attempt %d", attempt)
          .isCloseTo(ceiling / 2.0, within(0.02 * ceiling));
      // Full jitter: the whole range is used, not just the top.
      assertThat(min).isLessThan(ceiling / 100);
      assertThat(max).isGreaterThan(ceiling - ceiling / 100);
    }
  }

  @Test
  void seededGeneratorsRepeat() {
    Backoff a = backoff(ReconnectOptions.defaults());
    Backoff b = backoff(ReconnectOptions.defaults());
    for (int attempt = 1; attempt <= 20; attempt++) {
      assertThat(a.delay(attempt)).isEqualTo(b.delay(attempt));
    }
  }

  @Test
  void exhaustedOnlyPastALimit() {
    Backoff unlimited = backoff(ReconnectOptions.defaults());
    assertThat(unlimited.exhausted(1)).isFalse();
    assertThat(unlimited.exhausted(Integer.MAX_VALUE)).isFalse();

    Backoff three = backoff(ReconnectOptions.builder().maxAttempts(3).build());
    assertThat(three.exhausted(1)).isFalse();
    assertThat(three.exhausted(3)).isFalse();
    assertThat(three.exhausted(4)).isTrue();
    assertThat(three.exhausted(100)).isTrue();
  }
}
