package io.github.jmt5.client.reconnect;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Immutable reconnection settings. Defaults ({@link #defaults()}, and the starting point of {@link
 * #builder()}):
 *
 * <ul>
 *   <li>enabled: {@code true}
 *   <li>initialDelay: 500 ms (the backoff ceiling of the first attempt)
 *   <li>maxDelay: 30 s (cap of the backoff ceiling)
 *   <li>multiplier: 2.0 (growth of the ceiling per attempt)
 *   <li>maxAttempts: 0, meaning unlimited (counted per outage, restarting after a successful
 *       reconnect)
 *   <li>retryOnFailedConnect: {@code false} (a first connect that fails, fails at once)
 * </ul>
 *
 * <p>{@link #disabled()} is the defaults with reconnection switched off.
 *
 * <p>{@link #retryOnFailedConnect()} applies the same backoff to the first connect: with it on, a
 * first {@code connect()} that fails for a transient network reason (refused, reset or dropped
 * socket, a link lost during bootstrap or login, a timed-out handshake or connect-phase request) is
 * tried again after a delay drawn as for a reconnect, up to {@link #maxAttempts()} retries. A
 * refused login, a failed TLS certificate check, a server error and bad usage still fail at once.
 * It is independent of {@link #enabled()}, which only governs what happens after a link that was
 * ready is lost.
 */
public final class ReconnectOptions {

  private static final ReconnectOptions DEFAULTS = new Builder().build();
  private static final ReconnectOptions DISABLED = new Builder().enabled(false).build();

  // Backoff works in nanoseconds; a day is far beyond any sensible reconnection delay.
  private static final Duration MAX_DURATION = Duration.ofDays(1);

  private final boolean enabled;
  private final Duration initialDelay;
  private final Duration maxDelay;
  private final double multiplier;
  private final int maxAttempts;
  private final boolean retryOnFailedConnect;

  private ReconnectOptions(Builder b) {
    if (b.maxDelay.compareTo(b.initialDelay) < 0) {
      throw new IllegalArgumentException(
          "maxDelay must be >= initialDelay, was " + b.maxDelay + " < " + b.initialDelay);
    }
    this.enabled = b.enabled;
    this.initialDelay = b.initialDelay;
    this.maxDelay = b.maxDelay;
    this.multiplier = b.multiplier;
    this.maxAttempts = b.maxAttempts;
    this.retryOnFailedConnect = b.retryOnFailedConnect;
  }

  /** {@return the defaults listed in the class documentation} */
  public static ReconnectOptions defaults() {
    return DEFAULTS;
  }

  /** {@return the defaults with reconnection switched off} */
  public static ReconnectOptions disabled() {
    return DISABLED;
  }

  /** {@return a builder that starts from the {@linkplain #defaults() defaults}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts from these options} */
  public Builder toBuilder() {
    return new Builder()
        .enabled(enabled)
        .initialDelay(initialDelay)
        .maxDelay(maxDelay)
        .multiplier(multiplier)
        .maxAttempts(maxAttempts)
        .retryOnFailedConnect(retryOnFailedConnect);
  }

  /** {@return whether the client reconnects after losing the connection; default {@code true}} */
  public boolean enabled() {
    return enabled;
  }

  /** {@return the backoff ceiling of the first attempt; default 500 ms} */
  public Duration initialDelay() {
    return initialDelay;
  }

  /** {@return the cap of the backoff ceiling; default 30 s} */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** {@return the factor the ceiling grows by per attempt; default 2.0} */
  public double multiplier() {
    return multiplier;
  }

  /**
   * Attempts per outage before giving up; 0 (the default) means unlimited.
   *
   * @return the limit, at least 0
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Whether a first {@code connect()} that fails for a transient network reason is retried with
   * this backoff, as a lost link is; default {@code false}. The first connect is then followed by
   * up to {@link #maxAttempts()} retries (unlimited when 0).
   *
   * @return {@code true} to retry the first connect
   */
  public boolean retryOnFailedConnect() {
    return retryOnFailedConnect;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReconnectOptions r
        && r.enabled == enabled
        && r.initialDelay.equals(initialDelay)
        && r.maxDelay.equals(maxDelay)
        && Double.compare(r.multiplier, multiplier) == 0
        && r.maxAttempts == maxAttempts
        && r.retryOnFailedConnect == retryOnFailedConnect;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        enabled, initialDelay, maxDelay, multiplier, maxAttempts, retryOnFailedConnect);
  }

  @Override
  public String toString() {
    return "ReconnectOptions[enabled="
        + enabled
        + ", initialDelay="
        + initialDelay
        + ", maxDelay="
        + maxDelay
        + ", multiplier="
        + multiplier
        + ", maxAttempts="
        + (maxAttempts == 0 ? "unlimited" : String.valueOf(maxAttempts))
        + ", retryOnFailedConnect="
        + retryOnFailedConnect
        + "]";
  }

  /**
   * Builds {@link ReconnectOptions}; starts from the defaults. Each setter validates its argument;
   * {@link #build()} checks that maxDelay is not below initialDelay. Not thread-safe.
   */
  public static final class Builder {
    private boolean enabled = true;
    private Duration initialDelay = Duration.ofMillis(500);
    private Duration maxDelay = Duration.ofSeconds(30);
    private double multiplier = 2.0;
    private int maxAttempts;
    private boolean retryOnFailedConnect;

    private Builder() {}

    /**
     * Whether to reconnect at all; default {@code true}.
     *
     * @param enabled {@code false} to stay disconnected after a lost link
     * @return this builder
     */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /**
     * The backoff ceiling of the first attempt, greater than 0 and at most a day; default 500 ms.
     *
     * @param initialDelay the first ceiling
     * @return this builder
     */
    public Builder initialDelay(Duration initialDelay) {
      this.initialDelay = positiveAtMostADay("initialDelay", initialDelay);
      return this;
    }

    /**
     * The cap of the backoff ceiling, greater than 0 and at most a day; default 30 s.
     *
     * @param maxDelay the cap
     * @return this builder
     */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = positiveAtMostADay("maxDelay", maxDelay);
      return this;
    }

    /**
     * The growth factor of the ceiling per attempt, finite and >= 1.0; default 2.0.
     *
     * @param multiplier the growth factor
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      // The negated comparison also rejects NaN.
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException(
            "multiplier must be finite and >= 1.0, was " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /**
     * Attempts per outage, >= 0; 0 (the default) means unlimited.
     *
     * @param maxAttempts the limit, at least 0
     * @return this builder
     * @throws IllegalArgumentException for a negative limit
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 0) {
        throw new IllegalArgumentException(
            "maxAttempts must be >= 0 (0 = unlimited), was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Whether to retry a first connect that fails for a transient network reason, with the same
     * backoff and attempt limit as reconnects; default {@code false}. A refused login, a failed TLS
     * certificate check, a server error or bad usage are never retried.
     *
     * @param retryOnFailedConnect {@code true} to retry the first connect and login
     * @return this builder
     */
    public Builder retryOnFailedConnect(boolean retryOnFailedConnect) {
      this.retryOnFailedConnect = retryOnFailedConnect;
      return this;
    }

    /**
     * {@return the options; throws {@link IllegalArgumentException} when maxDelay is below
     * initialDelay}
     */
    public ReconnectOptions build() {
      return new ReconnectOptions(this);
    }

    private static Duration positiveAtMostADay(String name, Duration d) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero() || d.compareTo(MAX_DURATION) > 0) {
        throw new IllegalArgumentException(
            name + " must be greater than 0 and at most 24 hours, was " + d);
      }
      return d;
    }
  }
}
