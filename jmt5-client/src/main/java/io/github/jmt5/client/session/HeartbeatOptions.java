package io.github.jmt5.client.session;

import java.time.Duration;

/**
 * The application-level heartbeat (cmd 51). Defaults as the web terminal: a ping every 5 s after
 * login, the link declared dead when no ping has succeeded for 15 s (counted from the login, so a
 * server that never answers pings is caught too).
 *
 * @param enabled false to send no pings (the server may then drop an idle session)
 * @param interval time between pings, at least 100 ms
 * @param deadAfter time without a successful ping after which the link is closed and, if enabled,
 *     re-established; greater than {@code interval}
 */
public record HeartbeatOptions(boolean enabled, Duration interval, Duration deadAfter) {
  /**
   * Checks the components.
   *
   * @param enabled false to send no pings (the server may then drop an idle session)
   * @param interval time between pings, at least 100 ms
   * @param deadAfter time without a successful ping after which the link is closed and, if enabled,
   *     re-established; greater than {@code interval}
   */
  public HeartbeatOptions {
    if (interval.compareTo(Duration.ofMillis(100)) < 0) {
      throw new IllegalArgumentException(
          "heartbeat interval must be at least 100 ms, was " + interval);
    }
    if (deadAfter.compareTo(interval) <= 0) {
      throw new IllegalArgumentException(
          "deadAfter must be greater than the interval " + interval + ", was " + deadAfter);
    }
  }

  /** {@return a ping every 5 s; the link counts as dead after 15 s without any frame} */
  public static HeartbeatOptions defaults() {
    return new HeartbeatOptions(true, Duration.ofSeconds(5), Duration.ofSeconds(15));
  }

  /** {@return no pings; a dead link is noticed only when the socket fails} */
  public static HeartbeatOptions disabled() {
    return new HeartbeatOptions(false, Duration.ofSeconds(5), Duration.ofSeconds(15));
  }

  /**
   * {@return pings every {@code interval}; the link counts as dead after {@code deadAfter} without
   * any frame}
   *
   * @param interval time between pings, at least 100 ms
   * @param deadAfter silence after which the link is dead, more than {@code interval}
   * @throws IllegalArgumentException if the interval is below 100 ms or {@code deadAfter} is not
   *     greater
   */
  public static HeartbeatOptions every(Duration interval, Duration deadAfter) {
    return new HeartbeatOptions(true, interval, deadAfter);
  }
}
