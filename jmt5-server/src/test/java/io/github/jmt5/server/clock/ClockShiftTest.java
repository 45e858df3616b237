package io.github.jmt5.server.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * Proves that a clock-shifted run (the {@code clock-shift} profile, docs/testing.md) really moved
 * this JVM's clock: without it, a green shifted run would prove nothing. Skipped in normal runs.
 */
class ClockShiftTest {
  private static final DateTimeFormatter FAKETIME =
      DateTimeFormatter.ofPattern("'@'yyyy-MM-dd HH:mm:ss");

  @Test
  void theProcessClockReadsTheShiftedMomentInTheShiftedZone() {
    String faketime = System.getProperty("jmt5.faketime", "");
    assumeTrue(!faketime.isEmpty(), "not a clock-shifted run");
    LocalDateTime start = LocalDateTime.parse(faketime, FAKETIME);

    // the fake clock starts when this JVM starts and runs on at real speed
    LocalDateTime now = LocalDateTime.now(ZoneId.systemDefault());
    assertThat(now).isBetween(start, start.plus(Duration.ofHours(1)));
  }
}
