package io.github.jmt5.ta4j;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Enforces {@link RiskLimits}: the open volume per symbol and a sliding 60-second window of order
 * times. Thread-safe; one gate may be shared by several runners so that they share the order rate.
 */
public final class RiskGate {
  private static final Duration WINDOW = Duration.ofMinutes(1);

  /** Volumes are compared to a hundred-millionth of a lot, the wire's resolution. */
  private static final double EPSILON = 1e-9;

  private final RiskLimits limits;
  private final Clock clock;
  private final Deque<Instant> orders = new ArrayDeque<>();

  /**
   * A gate on {@code limits}, timing orders with {@code clock}.
   *
   * @param limits the limits
   * @param clock the clock of the order-rate window
   */
  public RiskGate(RiskLimits limits, Clock clock) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The limits.
   *
   * @return the limits this gate enforces
   */
  public RiskLimits limits() {
    return limits;
  }

  /**
   * Asks to send an entry order of {@link RiskLimits#orderVolume} lots. When allowed, the order is
   * counted at once (so two runners sharing the gate cannot both take the last slot).
   *
   * @param openVolume lots open in the symbol now
   * @return empty when the order may go, else the limit that stops it
   */
  public synchronized Optional<Limit> tryEntry(double openVolume) {
    if (openVolume + limits.orderVolume() > limits.maxPositionVolume() + EPSILON) {
      return Optional.of(Limit.POSITION_VOLUME);
    }
    Instant now = clock.instant();
    expire(now);
    if (orders.size() >= limits.maxOrdersPerMinute()) {
      return Optional.of(Limit.ORDER_RATE);
    }
    orders.addLast(now);
    return Optional.empty();
  }

  /** Counts an exit order: exits are never refused, but they use up the order rate. */
  public synchronized void recordExit() {
    Instant now = clock.instant();
    expire(now);
    orders.addLast(now);
  }

  /**
   * Orders counted in the last 60 seconds.
   *
   * @return the count
   */
  public synchronized int ordersInWindow() {
    expire(clock.instant());
    return orders.size();
  }

  private void expire(Instant now) {
    Instant cutoff = now.minus(WINDOW);
    while (!orders.isEmpty() && !orders.peekFirst().isAfter(cutoff)) {
      orders.removeFirst();
    }
  }
}
