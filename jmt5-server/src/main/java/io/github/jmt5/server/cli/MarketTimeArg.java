package io.github.jmt5.server.cli;

import io.github.jmt5.server.EmulatorClock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The moment the emulator's market starts from, as typed on a command line; shared by the emulator
 * jar and the {@code jmt5} command.
 */
public final class MarketTimeArg {
  private MarketTimeArg() {}

  /**
   * Parses an ISO-8601 instant into a clock that starts there and runs at real speed.
   *
   * @param s an instant such as {@code 2026-11-18T12:00:00Z}
   * @return the clock
   * @throws IllegalArgumentException if {@code s} is not an ISO-8601 instant, with a message saying
   *     what is accepted
   */
  public static EmulatorClock parse(String s) {
    try {
      return EmulatorClock.startingAt(Instant.parse(s));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "bad market time '" + s + "' (use an ISO-8601 instant such as 2026-11-18T12:00:00Z)", e);
    }
  }
}
