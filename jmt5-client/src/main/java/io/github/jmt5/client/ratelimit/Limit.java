package io.github.jmt5.client.ratelimit;

/**
 * The rate of one command group: a sustained {@code permitsPerSecond} and a {@code burst} of
 * permits that may be used at once after the group has been idle. There are no defaults here; see
 * {@link RateLimitOptions#defaults()} for the per-group defaults.
 *
 * @param permitsPerSecond sustained rate, finite and greater than 0
 * @param burst bucket capacity, at least 1
 */
public record Limit(double permitsPerSecond, int burst) {

  /**
   * Checks the components.
   *
   * @param permitsPerSecond sustained rate, finite and greater than 0
   * @param burst bucket capacity, at least 1
   */
  public Limit {
    // The negated comparison also rejects NaN.
    if (!(permitsPerSecond > 0) || Double.isInfinite(permitsPerSecond)) {
      throw new IllegalArgumentException(
          "permitsPerSecond must be finite and > 0, was " + permitsPerSecond);
    }
    if (burst < 1) {
      throw new IllegalArgumentException("burst must be >= 1, was " + burst);
    }
  }

  /**
   * {@return {@code permitsPerSecond} permits per second with a burst of {@code burst}}
   *
   * @param permitsPerSecond refill rate, finite and positive
   * @param burst bucket size, at least 1
   */
  public static Limit of(double permitsPerSecond, int burst) {
    return new Limit(permitsPerSecond, burst);
  }

  /** {@return nanoseconds between two permits at the sustained rate} */
  public double intervalNanos() {
    return 1e9 / permitsPerSecond;
  }

  @Override
  public String toString() {
    return permitsPerSecond + "/s burst " + burst;
  }
}
