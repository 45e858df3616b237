package io.github.jmt5.server.market;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** When a symbol quotes and trades, in UTC. */
public enum TradingHours {
  /** Monday 00:00 to Friday 24:00 (foreign exchange, metals). */
  WEEKDAYS,
  /** Weekdays with a daily break from 21:00 to 22:00 (indices, energies). */
  WEEKDAYS_WITH_BREAK,
  /** Every day, around the clock (crypto). */
  ALWAYS;

  /**
   * {@return true when the market is open at {@code epochMs}}
   *
   * @param epochMs a time, Unix milliseconds
   */
  public boolean isOpen(long epochMs) {
    if (this == ALWAYS) {
      return true;
    }
    ZonedDateTime t = Instant.ofEpochMilli(epochMs).atZone(ZoneOffset.UTC);
    DayOfWeek d = t.getDayOfWeek();
    if (d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY) {
      return false;
    }
    return this == WEEKDAYS || t.getHour() != 21;
  }

  /**
   * {@return sessions in minutes from midnight for {@code day} (0 = Sunday), as the symbol schedule
   * lists them}
   *
   * @param day day of the week, 0 (Sunday) to 6
   */
  public int[][] sessions(int day) {
    if (this == ALWAYS) {
      return new int[][] {{0, 1440}};
    }
    if (day == 0 || day == 6) {
      return new int[0][];
    }
    return this == WEEKDAYS ? new int[][] {{0, 1440}} : new int[][] {{0, 1260}, {1320, 1440}};
  }
}
