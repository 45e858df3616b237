package io.github.jmt5.cli.remote;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number and time formatting for text output. */
final class Formats {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Formats() {}

  static String price(double p, int digits) {
    return String.format(Locale.ROOT, "%." + Math.max(0, Math.min(digits, 10)) + "f", p);
  }

  static String money(double m) {
    return String.format(Locale.ROOT, "%.2f", m);
  }

  static String time(long epochSeconds) {
    return TIME.format(Instant.ofEpochSecond(epochSeconds));
  }

  static String lots(long wireVolume) {
    return String.format(Locale.ROOT, "%.2f", wireVolume / 1e8);
  }
}
