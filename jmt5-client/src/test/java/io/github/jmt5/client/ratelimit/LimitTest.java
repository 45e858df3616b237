package io.github.jmt5.client.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LimitTest {

  @Test
  void validLimit() {
    Limit l = Limit.of(4, 2);
    assertThat(l.permitsPerSecond()).isEqualTo(4.0);
    assertThat(l.burst()).isEqualTo(2);
    assertThat(l.intervalNanos()).isEqualTo(250_000_000.0);
    assertThat(l).hasToString("4.0/s burst 2");
  }

  @Test
  void rateMustBePositiveAndFinite() {
    for (double bad :
        new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> new Limit(bad, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("permitsPerSecond must be finite and > 0, was " + bad);
    }
  }

  @Test
  void burstMustBeAtLeastOne() {
    assertThatThrownBy(() -> new Limit(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("burst must be >= 1, was 0");
    assertThatThrownBy(() -> new Limit(1, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("burst must be >= 1, was -5");
  }
}
