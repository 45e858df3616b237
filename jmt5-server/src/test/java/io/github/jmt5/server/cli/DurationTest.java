package io.github.jmt5.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTest {
  @Test
  void parsesShortAndIsoForms() {
    assertThat(DurationArg.parse("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(DurationArg.parse("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(DurationArg.parse("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(DurationArg.parse("PT1H")).isEqualTo(Duration.ofHours(1));
    assertThatThrownBy(() -> DurationArg.parse("soon"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DurationArg.parse("s")).isInstanceOf(IllegalArgumentException.class);
  }
}
