package io.github.jmt5.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTest {
  @Test
  void parsesShortAndIsoForms() {
    assertThat(EmulatorMain.duration("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(EmulatorMain.duration("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(EmulatorMain.duration("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(EmulatorMain.duration("PT1H")).isEqualTo(Duration.ofHours(1));
    assertThatThrownBy(() -> EmulatorMain.duration("soon"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmulatorMain.duration("s"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
