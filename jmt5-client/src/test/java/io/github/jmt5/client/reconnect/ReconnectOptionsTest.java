package io.github.jmt5.client.reconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconnectOptionsTest {

  @Test
  void defaults() {
    ReconnectOptions o = ReconnectOptions.defaults();
    assertThat(o.enabled()).isTrue();
    assertThat(o.initialDelay()).isEqualTo(Duration.ofMillis(500));
    assertThat(o.maxDelay()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.multiplier()).isEqualTo(2.0);
    assertThat(o.maxAttempts()).isZero();
    assertThat(o.retryOnFailedConnect()).isFalse();
    assertThat(ReconnectOptions.builder().build()).isEqualTo(o).hasSameHashCodeAs(o);
    assertThat(o)
        .hasToString(
            "ReconnectOptions[enabled=true, initialDelay=PT0.5S, maxDelay=PT30S, multiplier=2.0,"
                + " maxAttempts=unlimited, retryOnFailedConnect=false]");
  }

  @Test
  void disabledIsTheDefaultsSwitchedOff() {
    ReconnectOptions o = ReconnectOptions.disabled();
    assertThat(o.enabled()).isFalse();
    assertThat(o.retryOnFailedConnect()).isFalse();
    assertThat(o.toBuilder().enabled(true).build()).isEqualTo(ReconnectOptions.defaults());
  }

  @Test
  void builderSetsEverything() {
    ReconnectOptions o =
        ReconnectOptions.builder()
            .initialDelay(Duration.ofMillis(100))
            .maxDelay(Duration.ofSeconds(5))
            .multiplier(1.5)
            .maxAttempts(7)
            .retryOnFailedConnect(true)
            .build();
    assertThat(o.initialDelay()).isEqualTo(Duration.ofMillis(100));
    assertThat(o.maxDelay()).isEqualTo(Duration.ofSeconds(5));
    assertThat(o.multiplier()).isEqualTo(1.5);
    assertThat(o.maxAttempts()).isEqualTo(7);
    assertThat(o.retryOnFailedConnect()).isTrue();
    assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
    assertThat(o.toString()).endsWith("maxAttempts=7, retryOnFailedConnect=true]");
  }

  @Test
  void retryOnFailedConnectIsPartOfEqualityAndIndependentOfEnabled() {
    ReconnectOptions retrying = ReconnectOptions.builder().retryOnFailedConnect(true).build();
    assertThat(retrying).isNotEqualTo(ReconnectOptions.defaults());
    assertThat(retrying.toBuilder().retryOnFailedConnect(false).build())
        .isEqualTo(ReconnectOptions.defaults());

    ReconnectOptions firstOnly =
        ReconnectOptions.disabled().toBuilder().retryOnFailedConnect(true).build();
    assertThat(firstOnly.enabled()).isFalse();
    assertThat(firstOnly.retryOnFailedConnect()).isTrue();
    assertThat(firstOnly.toString())
        .contains("enabled=false")
        .contains("retryOnFailedConnect=true");
  }

  @Test
  void delayValidation() {
    ReconnectOptions.Builder b = ReconnectOptions.builder();
    assertThatThrownBy(() -> b.initialDelay(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("initialDelay must be greater than 0 and at most 24 hours, was PT0S");
    assertThatThrownBy(() -> b.initialDelay(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("initialDelay must be greater than 0 and at most 24 hours, was PT-1S");
    assertThatThrownBy(() -> b.maxDelay(Duration.ofDays(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDelay must be greater than 0 and at most 24 hours, was PT48H");
    assertThatThrownBy(
            () -> b.initialDelay(Duration.ofSeconds(10)).maxDelay(Duration.ofSeconds(5)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDelay must be >= initialDelay, was PT5S < PT10S");
  }

  @Test
  void multiplierValidation() {
    for (double bad : new double[] {0.99, 0, -2, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> ReconnectOptions.builder().multiplier(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("multiplier must be finite and >= 1.0, was " + bad);
    }
    assertThat(ReconnectOptions.builder().multiplier(1.0).build().multiplier()).isEqualTo(1.0);
  }

  @Test
  void maxAttemptsValidation() {
    assertThatThrownBy(() -> ReconnectOptions.builder().maxAttempts(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAttempts must be >= 0 (0 = unlimited), was -1");
  }
}
