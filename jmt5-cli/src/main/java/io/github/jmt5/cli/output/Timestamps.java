package io.github.jmt5.cli.output;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** ISO-8601 UTC timestamps with milliseconds: {@code 2026-01-02T03:04:05.678Z}. */
public final class Timestamps {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Timestamps() {}

  /**
   * {@return {@code t} as ISO-8601 UTC with milliseconds, e.g. {@code 2024-01-03T12:00:00.000Z}}
   *
   * @param t the instant
   */
  public static String format(Instant t) {
    return FORMAT.format(t);
  }

  /**
   * Reads an ISO-8601 instant.
   *
   * @param s an ISO-8601 instant such as {@code 2024-01-03T12:00:00.000Z}
   * @return the instant
   * @throws java.time.format.DateTimeParseException when not an ISO instant
   */
  public static Instant parse(String s) {
    return Instant.parse(s);
  }
}
