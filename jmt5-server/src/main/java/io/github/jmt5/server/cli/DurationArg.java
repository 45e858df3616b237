package io.github.jmt5.server.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Durations as typed on a command line, shared by the emulator jar and the {@code jmt5} command.
 */
public final class DurationArg {
  private DurationArg() {}

  /**
   * Parses a short or ISO-8601 duration.
   *
   * @param s {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h} or ISO-8601 such as {@code PT30S}
   * @return the duration
   * @throws IllegalArgumentException if {@code s} is none of these, with a message saying what is
   *     accepted
   */
  public static Duration parse(String s) {
    try {
      if (s.startsWith("P") || s.startsWith("p")) {
        return Duration.parse(s);
      }
      if (s.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
      }
      long n = Long.parseLong(s.substring(0, s.length() - 1));
      return switch (s.charAt(s.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        default -> throw new IllegalArgumentException(message(s));
      };
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException(message(s), e);
    }
  }

  private static String message(String s) {
    return "bad duration '" + s + "' (use 30s, 500ms, 2m, 1h or PT30S)";
  }
}
