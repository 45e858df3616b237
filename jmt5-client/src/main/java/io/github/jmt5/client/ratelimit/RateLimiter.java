package io.github.jmt5.client.ratelimit;

import io.github.jmt5.client.error.RateLimitException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Paces outgoing requests with one {@link TokenBucket} per limited {@link CommandGroup}, as
 * configured by {@link RateLimitOptions} (see there for the defaults). Thread-safe.
 *
 * <p>{@link #acquire(int)} does not sleep: it returns how long the request must be delayed, so the
 * caller can schedule the send without blocking a thread.
 */
public final class RateLimiter {

  private final RateLimitOptions options;
  private final Map<CommandGroup, TokenBucket> buckets = new EnumMap<>(CommandGroup.class);
  private final long maxWaitNanos;

  /**
   * A limiter for {@code options} on {@link System#nanoTime()}.
   *
   * @param options the limits per command group
   */
  public RateLimiter(RateLimitOptions options) {
    this(options, System::nanoTime);
  }

  /**
   * A limiter for {@code options} reading time from {@code nanoClock}; every bucket starts full.
   *
   * @param options the limits per command group
   * @param nanoClock a nanosecond clock, such as {@link System#nanoTime()}
   */
  public RateLimiter(RateLimitOptions options, LongSupplier nanoClock) {
    this.options = Objects.requireNonNull(options, "options");
    Objects.requireNonNull(nanoClock, "nanoClock");
    for (CommandGroup g : CommandGroup.values()) {
      options.limit(g).ifPresent(l -> buckets.put(g, new TokenBucket(l, nanoClock)));
    }
    // FAIL_FAST is WAIT with no wait allowed. maxWait is at most a day, so toNanos cannot overflow.
    this.maxWaitNanos =
        options.policy() == ExhaustionPolicy.FAIL_FAST ? 0 : options.maxWait().toNanos();
  }

  /** {@return the limits this limiter applies} */
  public RateLimitOptions options() {
    return options;
  }

  /**
   * {@return true when the group of {@code command} has a limit}
   *
   * @param command a command id
   */
  public boolean limits(int command) {
    return buckets.containsKey(CommandGroup.of(command));
  }

  /**
   * Takes a permit for {@code command} and returns the nanoseconds to wait before sending it (0 =
   * send now). Unlimited groups always return 0.
   *
   * @param command command id of the request
   * @return nanoseconds to wait, at least 0
   * @throws RateLimitException when the policy is {@link ExhaustionPolicy#FAIL_FAST} and no permit
   *     is available now, or the policy is {@link ExhaustionPolicy#WAIT} and the wait would exceed
   *     {@link RateLimitOptions#maxWait()}; no permit is taken then
   */
  public long acquire(int command) {
    CommandGroup group = CommandGroup.of(command);
    TokenBucket bucket = buckets.get(group);
    if (bucket == null) {
      return 0;
    }
    // Holding the bucket's own lock makes check-then-reserve atomic, so a refusal consumes nothing
    // and no concurrent caller can slip in between.
    synchronized (bucket) {
      long wait = bucket.peekNanos();
      if (wait > maxWaitNanos) {
        throw new RateLimitException(command, group.name(), Duration.ofNanos(wait));
      }
      return bucket.reserveNanos();
    }
  }

  @Override
  public String toString() {
    return "RateLimiter[" + options + "]";
  }
}
