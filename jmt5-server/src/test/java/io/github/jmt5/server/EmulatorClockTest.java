package io.github.jmt5.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class EmulatorClockTest {
  @Test
  void lastWeekdayIsTheMostRecentOneBeforeToday() {
    long ms = EmulatorClock.lastWeekdayMillis(DayOfWeek.WEDNESDAY, LocalTime.NOON);
    ZonedDateTime t = ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(ms), ZoneOffset.UTC);

    assertThat(t.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
    assertThat(t.toLocalTime()).isEqualTo(LocalTime.NOON);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertThat(t.toLocalDate()).isBefore(today).isAfterOrEqualTo(today.minusDays(7));
  }

  @Test
  void itStartsWhereToldRunsWithTheSystemClockAndOnlyJumpsAhead() {
    long start = 1_700_000_000_000L;
    EmulatorClock clock = EmulatorClock.startingAt(start);
    assertThat(clock.getAsLong()).isCloseTo(start, within(1_000L));
    assertThat(clock.offsetMillis()).isCloseTo(start - System.currentTimeMillis(), within(1_000L));

    clock.advance(Duration.ofHours(2));
    assertThat(clock.getAsLong()).isCloseTo(start + 7_200_000L, within(1_000L));
    long later = clock.getAsLong() + 86_400_000L;
    clock.jumpTo(later);
    assertThat(clock.getAsLong()).isCloseTo(later, within(1_000L));

    assertThatThrownBy(() -> clock.jumpTo(start))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only moves ahead");
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theClockViewReadsTheSameTimeInAnyZone() {
    EmulatorClock clock = EmulatorClock.startingAt(1_700_000_000_000L);
    assertThat(clock.asClock().getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(clock.asClock().millis()).isCloseTo(clock.getAsLong(), within(1_000L));
    java.time.Clock paris = clock.asClock().withZone(java.time.ZoneId.of("Europe/Paris"));
    assertThat(paris.getZone()).isEqualTo(java.time.ZoneId.of("Europe/Paris"));
    assertThat(paris.instant().toEpochMilli()).isCloseTo(clock.getAsLong(), within(1_000L));
  }
}
