package io.github.jmt5.client.ratelimit;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A thread-safe token bucket with reservations, in the manner of Guava's {@code SmoothBursty}. It
 * starts full with {@link Limit#burst()} permits and refills at {@link Limit#permitsPerSecond()} up
 * to the burst. A reservation always takes a permit, possibly one that is due only in the future,
 * and tells the caller how long to wait for it; later reservations queue up behind earlier ones, so
 * callers that honour their waits are served in order and never exceed the rate.
 *
 * <p>Time comes from {@code nanoClock} ({@code System::nanoTime} in production), which must not run
 * backwards. All methods lock on the bucket itself, so a caller may hold that lock to combine
 * {@link #peekNanos()} and {@link #reserveNanos()} atomically.
 */
public final class TokenBucket {

  private final Limit limit;
  private final LongSupplier nanoClock;
  private final long origin;
  private final double intervalNanos;
  private final double burstNanos;

  /**
   * When the bucket will be full again, in nanoseconds after {@code origin} (the "theoretical
   * arrival time" of the generic cell rate algorithm). The bucket holds {@code (now + burstNanos -
   * due) / intervalNanos} permits, capped at the burst; a {@code due} more than {@code burstNanos}
   * ahead means reservations are queued. A double so that an interval that is not a whole number of
   * nanoseconds is not truncated on every reservation.
   */
  private double due;

  /**
   * A full bucket for {@code limit}, reading time from {@code nanoClock}.
   *
   * @param limit rate and burst
   * @param nanoClock a nanosecond clock, such as {@link System#nanoTime()}
   */
  public TokenBucket(Limit limit, LongSupplier nanoClock) {
    this.limit = Objects.requireNonNull(limit, "limit");
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    this.origin = nanoClock.getAsLong();
    this.intervalNanos = limit.intervalNanos();
    this.burstNanos = intervalNanos * limit.burst();
    this.due = 0;
  }

  /** {@return the rate and burst of this bucket} */
  public Limit limit() {
    return limit;
  }

  /**
   * Takes one permit and returns how many nanoseconds the caller must wait before using it: 0 when
   * a permit is available now, otherwise the time until the permit reserved here is due.
   *
   * @return nanoseconds to wait, at least 0
   */
  public synchronized long reserveNanos() {
    double now = now();
    double next = Math.max(due, now) + intervalNanos;
    due = next;
    return waitNanos(next, now);
  }

  /** {@return the wait {@link #reserveNanos()} would return now, without taking a permit} */
  public synchronized long peekNanos() {
    double now = now();
    return waitNanos(Math.max(due, now) + intervalNanos, now);
  }

  /**
   * Takes a permit only if one is available now; returns whether it did.
   *
   * @return {@code true} when a permit was taken
   */
  public synchronized boolean tryAcquire() {
    if (peekNanos() != 0) {
      return false;
    }
    reserveNanos();
    return true;
  }

  // Nanoseconds since construction; the subtraction is overflow-safe for nanoTime values.
  private double now() {
    return nanoClock.getAsLong() - origin;
  }

  // A permit whose reservation moves the full-again time to dueAfter is usable once that time is
  // no more than one burst ahead. Rounded to the nearest nanosecond; the cast saturates.
  private long waitNanos(double dueAfter, double now) {
    double wait = dueAfter - burstNanos - now;
    return wait <= 0 ? 0 : Math.round(wait);
  }

  @Override
  public String toString() {
    return "TokenBucket[" + limit + "]";
  }
}
