package io.github.jmt5.client.market;

import io.github.jmt5.protocol.enums.Timeframe;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** The open time of the bar a moment falls in, per timeframe (weeks start on Sunday, as in MT5). */
final class BarClock {
  private BarClock() {}

  static long openTime(Timeframe tf, long epochSecond) {
    if (tf != Timeframe.W1 && tf != Timeframe.MN1) {
      long len = tf.minutes() * 60L;
      return Math.floorDiv(epochSecond, len) * len;
    }
    LocalDate day = Instant.ofEpochSecond(epochSecond).atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate start =
        tf == Timeframe.W1
            ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY))
            : day.withDayOfMonth(1);
    return start.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  }
}
