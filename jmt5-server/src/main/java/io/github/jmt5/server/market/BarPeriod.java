package io.github.jmt5.server.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Bar timeframes with their cmd 11 period codes and the start of the bar containing a time. Weeks
 * start on Sunday 00:00 UTC, as MT5's weekly bars do (the client's live bars agree); months on the
 * first day 00:00 UTC.
 */
public enum BarPeriod {
  /** One minute, code 1. */
  M1(1, 1),
  /** Five minutes, code 5. */
  M5(5, 5),
  /** 15 minutes, code 15. */
  M15(15, 15),
  /** 30 minutes, code 30. */
  M30(30, 30),
  /** One hour, code 0x4001. */
  H1(60, 0x4001),
  /** Four hours, code 0x4004. */
  H4(240, 0x4004),
  /** One day, code 0x4018. */
  D1(1440, 0x4018),
  /** One week from Monday 00:00 UTC, code 0x8001. */
  W1(10080, 0x8001),
  /** One calendar month, code 0xC001. */
  MN1(0, 0xC001);

  private final int minutes;
  private final int code;

  BarPeriod(int minutes, int code) {
    this.minutes = minutes;
    this.code = code;
  }

  /** {@return the u16 period code of cmd 11} */
  public int code() {
    return code;
  }

  /**
   * {@return the period with cmd 11 period code {@code code}, or empty}
   *
   * @param code the u16 period code
   */
  public static Optional<BarPeriod> fromCode(int code) {
    for (BarPeriod p : values()) {
      if (p.code == code) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return start (Unix seconds) of the bar that contains {@code epochSeconds}}
   *
   * @param epochSeconds Unix seconds
   */
  public long start(long epochSeconds) {
    if (this == MN1) {
      LocalDate d =
          Instant.ofEpochSecond(epochSeconds)
              .atZone(ZoneOffset.UTC)
              .toLocalDate()
              .withDayOfMonth(1);
      return d.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }
    if (this == W1) {
      long sundayOffset = 3 * 86_400L; // 1970-01-01 was a Thursday; Sunday 1970-01-04 starts week 0
      return Math.floorDiv(epochSeconds - sundayOffset, 604_800L) * 604_800L + sundayOffset;
    }
    long len = minutes * 60L;
    return Math.floorDiv(epochSeconds, len) * len;
  }

  /**
   * {@return start of the bar after the one starting at {@code barStart}}
   *
   * @param barStart start of a bar, Unix seconds
   */
  public long next(long barStart) {
    if (this == MN1) {
      return Instant.ofEpochSecond(barStart).atZone(ZoneOffset.UTC).plusMonths(1).toEpochSecond();
    }
    return barStart + (this == W1 ? 604_800L : minutes * 60L);
  }
}
