package io.github.jmt5.bench.soak;

import java.time.Duration;

/**
 * Parameters of a soak run.
 *
 * @param sessions client sessions, one account each
 * @param duration how long the sessions trade while connections are dropped
 * @param dropMin shortest pause between two drops of every connection
 * @param dropMax longest pause between two drops
 * @param reportEvery interval between two progress reports
 * @param tickRate ticks per second per symbol the emulator sends
 * @param seed seed of the emulator's market and of the drop timer
 */
public record SoakConfig(
    int sessions,
    Duration duration,
    Duration dropMin,
    Duration dropMax,
    Duration reportEvery,
    int tickRate,
    long seed) {

  /** {@return the defaults of the long run: 20 sessions, 10 minutes, drops every 5–20 s} */
  public static SoakConfig defaults() {
    return new SoakConfig(
        20,
        Duration.ofMinutes(10),
        Duration.ofSeconds(5),
        Duration.ofSeconds(20),
        Duration.ofSeconds(30),
        5,
        7);
  }

  /**
   * {@return a copy with {@code n} sessions}
   *
   * @param n number of sessions, at least 1
   */
  public SoakConfig withSessions(int n) {
    return new SoakConfig(n, duration, dropMin, dropMax, reportEvery, tickRate, seed);
  }

  /**
   * {@return a copy that runs for {@code d}}
   *
   * @param d run time
   */
  public SoakConfig withDuration(Duration d) {
    return new SoakConfig(sessions, d, dropMin, dropMax, reportEvery, tickRate, seed);
  }

  /**
   * {@return a copy that drops every socket at a random interval in {@code [min, max]}}
   *
   * @param min shortest interval between drops
   * @param max longest interval between drops
   */
  public SoakConfig withDrops(Duration min, Duration max) {
    return new SoakConfig(sessions, duration, min, max, reportEvery, tickRate, seed);
  }

  /**
   * {@return a copy that reports every {@code d}}
   *
   * @param d report interval
   */
  public SoakConfig withReportEvery(Duration d) {
    return new SoakConfig(sessions, duration, dropMin, dropMax, d, tickRate, seed);
  }

  /**
   * {@return length of the first and of the last window whose heap and thread samples are compared:
   * one minute, or a quarter of a shorter run}
   */
  public Duration window() {
    Duration quarter = duration.dividedBy(4);
    return quarter.compareTo(Duration.ofMinutes(1)) < 0 ? quarter : Duration.ofMinutes(1);
  }
}
