package io.github.jmt5.server;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A clock for the emulator ({@link Mt5Emulator.Builder#clock}) that runs at real speed from a
 * chosen moment and can jump ahead. FX and index symbols only tick in their trading hours, and the
 * price path is a function of the time, so:
 *
 * <ul>
 *   <li>tests start the clock at a fixed moment ({@link #forTests()}, or {@link
 *       #startingAt(Instant)}): the same seed then gives the same prices on any day, at any hour;
 *   <li>demos that should look current start it on a past weekday ({@link #lastWeekday}), which
 *       depends on today's date and so has no place in a test.
 * </ul>
 *
 * <p>Thread-safe: the emulator reads it from its own threads while a test moves it.
 */
public final class EmulatorClock implements LongSupplier {
  /**
   * The moment {@link #forTests()} starts at: Wednesday 2026-11-18 12:00 UTC, inside the trading
   * hours of every symbol of the standard catalog.
   */
  public static final Instant TEST_START = Instant.parse("2026-11-18T12:00:00Z");

  private final long start;
  private final long realStart;
  private final AtomicLong jumped = new AtomicLong();

  private EmulatorClock(long startEpochMs) {
    this.start = startEpochMs;
    this.realStart = System.currentTimeMillis();
  }

  /**
   * A clock that reads {@code startEpochMs} now and runs on at real speed.
   *
   * @param startEpochMs the emulator's time at this moment, Unix milliseconds
   * @return the clock
   */
  public static EmulatorClock startingAt(long startEpochMs) {
    return new EmulatorClock(startEpochMs);
  }

  /**
   * A clock that reads {@code start} now and runs on at real speed.
   *
   * @param start the emulator's time at this moment
   * @return the clock
   */
  public static EmulatorClock startingAt(Instant start) {
    return new EmulatorClock(start.toEpochMilli());
  }

  /**
   * A clock for tests: it starts at {@link #TEST_START}, a Wednesday noon, whatever the date and
   * hour the test runs at, so every market is open and the same seed gives the same prices.
   *
   * @return the clock
   */
  public static EmulatorClock forTests() {
    return startingAt(TEST_START);
  }

  /**
   * A clock that starts on the most recent {@code day} before today (UTC) at {@code time} UTC, e.g.
   * last Wednesday noon, when every weekday market is open, and runs on at real speed.
   *
   * @param day the weekday to start on
   * @param time the time of day, UTC
   * @return the clock
   */
  public static EmulatorClock lastWeekday(DayOfWeek day, LocalTime time) {
    return startingAt(lastWeekdayMillis(day, time));
  }

  /**
   * The most recent {@code day} before today (UTC) at {@code time} UTC.
   *
   * @param day the weekday
   * @param time the time of day, UTC
   * @return Unix milliseconds
   */
  public static long lastWeekdayMillis(DayOfWeek day, LocalTime time) {
    return lastWeekdayMillis(day, time, Clock.systemUTC());
  }

  /**
   * The most recent {@code day} before the date {@code today} reads (UTC) at {@code time} UTC.
   *
   * @param day the weekday
   * @param time the time of day, UTC
   * @param today the clock that says which day today is
   * @return Unix milliseconds
   */
  public static long lastWeekdayMillis(DayOfWeek day, LocalTime time, Clock today) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(time, "time");
    return LocalDate.now(today.withZone(ZoneOffset.UTC))
        .with(TemporalAdjusters.previous(day))
        .atTime(time)
        .toInstant(ZoneOffset.UTC)
        .toEpochMilli();
  }

  /** {@return the emulator's time, Unix milliseconds} */
  @Override
  public long getAsLong() {
    return start + (System.currentTimeMillis() - realStart) + jumped.get();
  }

  /** {@return the emulator's time as an instant} */
  public Instant now() {
    return Instant.ofEpochMilli(getAsLong());
  }

  /**
   * {@return how far this clock runs ahead of the system clock, in milliseconds (negative: behind)}
   */
  public long offsetMillis() {
    return getAsLong() - System.currentTimeMillis();
  }

  /**
   * Moves the clock to {@code epochMs}; it runs on from there.
   *
   * @param epochMs the new time, Unix milliseconds, not before the current time (the market never
   *     goes back)
   * @throws IllegalArgumentException if {@code epochMs} is in this clock's past
   */
  public void jumpTo(long epochMs) {
    long now = getAsLong();
    if (epochMs < now) {
      throw new IllegalArgumentException(
          "the clock only moves ahead: " + Instant.ofEpochMilli(epochMs) + " is before " + now());
    }
    jumped.addAndGet(epochMs - now);
  }

  /**
   * Moves the clock ahead by {@code by}.
   *
   * @param by a duration, zero or more
   * @throws IllegalArgumentException if {@code by} is negative
   */
  public void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("the clock only moves ahead, was " + by);
    }
    jumped.addAndGet(by.toMillis());
  }

  /** {@return this clock as a {@link Clock} in UTC, for APIs that take one} */
  public Clock asClock() {
    return new View(ZoneOffset.UTC);
  }

  /** A {@link Clock} reading this emulator clock in a zone. */
  private final class View extends Clock {
    private final ZoneId zone;

    View(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new View(other);
    }

    @Override
    public Instant instant() {
      return now();
    }

    @Override
    public long millis() {
      return getAsLong();
    }
  }

  @Override
  public String toString() {
    return "EmulatorClock[" + now() + "]";
  }
}
