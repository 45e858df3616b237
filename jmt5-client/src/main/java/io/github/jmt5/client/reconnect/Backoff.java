package io.github.jmt5.client.reconnect;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "full jitter" (AWS Architecture Blog, "Exponential Backoff And Jitter"):
 * attempt {@code n} (1-based) has the ceiling {@code min(maxDelay, initialDelay *
 * multiplier^(n-1))} and waits a uniformly random time in {@code [0, ceiling]}. Full jitter spreads
 * the reconnections of many clients after a shared outage instead of having them retry in lockstep.
 *
 * <p>The delays and attempt limit come from {@link ReconnectOptions} (see there for the defaults).
 * Thread safety is that of the random generator: a {@link java.util.Random} may be shared, a {@link
 * java.util.SplittableRandom} may not.
 */
public final class Backoff {

  private final ReconnectOptions options;
  private final RandomGenerator random;
  private final long initialNanos;
  private final long maxNanos;

  /**
   * A backoff for {@code options} drawing its jitter from {@code random}.
   *
   * @param options initial delay, cap, multiplier and attempt limit
   * @param random source of the jitter
   */
  public Backoff(ReconnectOptions options, RandomGenerator random) {
    this.options = Objects.requireNonNull(options, "options");
    this.random = Objects.requireNonNull(random, "random");
    // Both are at most a day (ReconnectOptions checks), so toNanos cannot overflow.
    this.initialNanos = options.initialDelay().toNanos();
    this.maxNanos = options.maxDelay().toNanos();
  }

  /** {@return the options this backoff follows} */
  public ReconnectOptions options() {
    return options;
  }

  /**
   * {@return the upper bound of the delay before attempt {@code attempt} (1-based)}
   *
   * @param attempt attempt number, from 1
   */
  public Duration ceiling(int attempt) {
    return Duration.ofNanos(ceilingNanos(attempt));
  }

  /**
   * {@return a uniformly random delay in {@code [0, ceiling(attempt)]} before attempt {@code
   * attempt}}
   *
   * @param attempt attempt number, from 1
   */
  public Duration delay(int attempt) {
    long ceiling = ceilingNanos(attempt);
    // The bound is exclusive, so +1 makes the ceiling itself reachable; no overflow below a day.
    return Duration.ofNanos(random.nextLong(ceiling + 1));
  }

  /**
   * {@return true when a limit on attempts is set and {@code attempt} (1-based) is past it}
   *
   * @param attempt attempt number, from 1
   */
  public boolean exhausted(int attempt) {
    int max = options.maxAttempts();
    return max > 0 && attempt > max;
  }

  private long ceilingNanos(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be >= 1, was " + attempt);
    }
    // In doubles, a huge attempt number gives Infinity instead of overflowing; that and anything
    // else at or above the cap yields the cap.
    double ceiling = initialNanos * Math.pow(options.multiplier(), attempt - 1.0);
    return ceiling >= maxNanos ? maxNanos : (long) ceiling;
  }

  @Override
  public String toString() {
    return "Backoff[" + options + "]";
  }
}
