package io.github.jmt5.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmulatorClockTest {
  @ParameterizedTest
  @CsvSource({
    // today (UTC)           , last Wednesday noon
    "2026-12-03T08:35:00Z, 2026-12-02T12:00:00Z", // a Thursday: yesterday
    "2026-12-02T23:59:59Z, 2026-11-25T12:00:00Z", // a Wednesday: the week before, never today
    "2026-12-06T22:00:00Z, 2026-12-02T12:00:00Z", // a Sunday evening
    "2027-01-01T00:00:01Z, 2026-12-30T12:00:00Z", // across a year end
    "2026-12-31T23:59:00+01:00, 2026-12-30T12:00:00Z" // the day is the UTC one, not local
  })
  void lastWeekdayIsTheMostRecentOneBeforeToday(String today, String expected) {
    Clock clock = Clock.fixed(OffsetDateTime.parse(today).toInstant(), ZoneId.of("Europe/Paris"));

    long ms = EmulatorClock.lastWeekdayMillis(DayOfWeek.WEDNESDAY, LocalTime.NOON, clock);

    assertThat(Instant.ofEpochMilli(ms)).isEqualTo(Instant.parse(expected));
  }

  @Test
  void theTestClockStartsOnTheSameWednesdayNoonOnAnyDay() {
    EmulatorClock clock = EmulatorClock.forTests();

    assertThat(clock.getAsLong())
        .isCloseTo(EmulatorClock.TEST_START.toEpochMilli(), within(60_000L));
    ZonedDateTime start = EmulatorClock.TEST_START.atZone(ZoneOffset.UTC);
    assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
    assertThat(start.toLocalTime()).isEqualTo(LocalTime.NOON);
    assertThat(EmulatorClock.startingAt(EmulatorClock.TEST_START).getAsLong())
        .isCloseTo(EmulatorClock.TEST_START.toEpochMilli(), within(60_000L));
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
