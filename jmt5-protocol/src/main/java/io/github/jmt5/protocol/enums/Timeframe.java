package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * Bar timeframes and their cmd 11 period codes: minutes below an hour, {@code 0x4000 | hours},
 * {@code 0x8000 | weeks}, {@code 0xC000 | months}.
 */
public enum Timeframe {
  M1(1, 1),
  M5(5, 5),
  M15(15, 15),
  M30(30, 30),
  H1(60, 0x4001),
  H4(240, 0x4004),
  D1(1440, 0x4018),
  W1(10080, 0x8001),
  MN1(43200, 0xC001);

  private final int minutes;
  private final int code;

  Timeframe(int minutes, int code) {
    this.minutes = minutes;
    this.code = code;
  }

  /** Nominal length in minutes (a month counts as 30 days). */
  public int minutes() {
    return minutes;
  }

  /** The u16 period code of cmd 11. */
  public int code() {
    return code;
  }

  /** Length in seconds, for every timeframe but {@link #MN1}, whose months vary. */
  public long seconds() {
    return minutes * 60L;
  }

  public static Optional<Timeframe> fromMinutes(int minutes) {
    for (Timeframe t : values()) {
      if (t.minutes == minutes) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  public static Optional<Timeframe> fromCode(int code) {
    for (Timeframe t : values()) {
      if (t.code == code) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The period code for a minutes value; 0 for anything but the nine timeframes, as the web
   * terminal sends.
   */
  public static int periodCode(int minutes) {
    return fromMinutes(minutes).map(Timeframe::code).orElse(0);
  }
}
