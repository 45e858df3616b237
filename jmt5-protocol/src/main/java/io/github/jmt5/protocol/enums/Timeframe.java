package io.github.jmt5.protocol.enums;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The chart timeframes of cmd 11 (PROTOCOL.md 9.1). The wire value is the u16 {@code period} code:
 * minutes below one hour, {@code 0x4000 | hours}, {@code 0x8000 | weeks}, {@code 0xC000 | months}.
 *
 * <p>The web terminal only sends these nine timeframes and sends period 0 for anything else, see
 * {@link #periodCode(int)}. Lookups are lenient: unknown codes give an empty result, never an
 * exception.
 */
public enum Timeframe implements WireEnum {
  /** One minute. */
  M1(1, 0x0001, "1 minute"),
  /** Five minutes. */
  M5(5, 0x0005, "5 minutes"),
  /** Fifteen minutes. */
  M15(15, 0x000F, "15 minutes"),
  /** Thirty minutes. */
  M30(30, 0x001E, "30 minutes"),
  /** One hour. */
  H1(60, 0x4001, "1 hour"),
  /** Four hours. */
  H4(240, 0x4004, "4 hours"),
  /** One day. */
  D1(1440, 0x4018, "1 day"),
  /** One week. */
  W1(10080, 0x8001, "1 week"),
  /** One month; its length in seconds varies. */
  MN1(43200, 0xC001, "1 month");

  private static final WireEnums.Table<Timeframe> BY_CODE = WireEnums.table(values());
  private static final WireEnums.Table<Timeframe> BY_MINUTES =
      WireEnums.table(values(), Timeframe::minutes);

  private final int minutes;
  private final int code;
  private final String description;
  private final OptionalInt seconds;

  Timeframe(int minutes, int code, String description) {
    this.minutes = minutes;
    this.code = code;
    this.description = description;
    this.seconds = minutes == 43200 ? OptionalInt.empty() : OptionalInt.of(minutes * 60);
  }

  /** The u16 period code sent in cmd 11; same as {@link #code()}. */
  @Override
  public int value() {
    return code;
  }

  @Override
  public String description() {
    return description;
  }

  /** {@return the u16 period code sent in cmd 11 (for example 16385 for H1)} */
  public int code() {
    return code;
  }

  /**
   * {@return the nominal length in minutes, as the web terminal counts it (MN1 = 43200, i.e. 30
   * days)}
   */
  public int minutes() {
    return minutes;
  }

  /** {@return true for every timeframe but {@link #MN1}, whose bars have no fixed length} */
  public boolean isFixedLength() {
    return seconds.isPresent();
  }

  /** {@return the bar length in seconds, or empty for {@link #MN1} (months differ in length)} */
  public OptionalInt seconds() {
    return seconds;
  }

  /**
   * {@return the timeframe of exactly {@code minutes}, if it is one of the nine}
   *
   * @param minutes bar length in minutes
   */
  public static Optional<Timeframe> fromMinutes(int minutes) {
    return BY_MINUTES.find(minutes);
  }

  /**
   * {@return the period code the web terminal sends for a timeframe of {@code minutes}: the code of
   * one of the nine timeframes, or 0 for anything else (unlike pymt5, which passes unknown values
   * through)}
   *
   * @param minutes bar length in minutes
   */
  public static int periodCode(int minutes) {
    Timeframe t = BY_MINUTES.get(minutes);
    return t != null ? t.code : 0;
  }

  /**
   * {@return the timeframe with period code {@code code}, if known}
   *
   * @param code u16 period code of cmd 11
   */
  public static Optional<Timeframe> find(int code) {
    return BY_CODE.find(code);
  }

  /**
   * {@return the description of period code {@code code}, or {@code "unknown (N)"}}
   *
   * @param code u16 period code, known or not
   */
  public static String describe(int code) {
    return WireEnums.describe(BY_CODE, code);
  }
}
