package io.github.jmt5.client.ratelimit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Immutable client-side rate-limit settings: a {@link Limit} per {@link CommandGroup} (or none,
 * meaning unlimited), what to do when a bucket is empty, and how long a request may wait.
 *
 * <p>Defaults ({@link #defaults()}, and the starting point of {@link #builder()}):
 *
 * <ul>
 *   <li>{@link CommandGroup#TRADE}: 10 permits/s, burst 10
 *   <li>{@link CommandGroup#MARKET_DATA}: 20 permits/s, burst 40
 *   <li>{@link CommandGroup#HISTORY}: 5 permits/s, burst 10
 *   <li>{@link CommandGroup#OTHER}: 20 permits/s, burst 40
 *   <li>policy {@link ExhaustionPolicy#WAIT}
 *   <li>maxWait 30 seconds
 * </ul>
 *
 * <p>{@link #disabled()} leaves every group unlimited.
 */
public final class RateLimitOptions {

  private static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(30);
  private static final RateLimitOptions DEFAULTS = new Builder().build();
  private static final RateLimitOptions DISABLED = unlimitedBuilder().build();

  // Absent group = unlimited. EnumMap keeps toString in declaration order.
  private final Map<CommandGroup, Limit> limits;
  private final ExhaustionPolicy policy;
  private final Duration maxWait;

  private RateLimitOptions(Builder b) {
    this.limits = new EnumMap<>(b.limits);
    this.policy = b.policy;
    this.maxWait = b.maxWait;
  }

  /** {@return the defaults listed in the class documentation} */
  public static RateLimitOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Every group unlimited; requests are never delayed or refused locally.
   *
   * @return the shared disabled options
   */
  public static RateLimitOptions disabled() {
    return DISABLED;
  }

  /** {@return a builder that starts from the {@linkplain #defaults() defaults}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts from these options} */
  public Builder toBuilder() {
    Builder b = unlimitedBuilder();
    b.limits.putAll(limits);
    b.policy = policy;
    b.maxWait = maxWait;
    return b;
  }

  private static Builder unlimitedBuilder() {
    Builder b = new Builder();
    b.limits.clear();
    return b;
  }

  /**
   * {@return the limit of {@code group}, or empty when the group is unlimited}
   *
   * @param group a command group
   */
  public Optional<Limit> limit(CommandGroup group) {
    return Optional.ofNullable(limits.get(Objects.requireNonNull(group, "group")));
  }

  /**
   * {@return what a request does when its bucket is empty; default {@link ExhaustionPolicy#WAIT}}
   */
  public ExhaustionPolicy policy() {
    return policy;
  }

  /**
   * {@return the longest a request may be delayed under {@link ExhaustionPolicy#WAIT}; default 30
   * s}
   */
  public Duration maxWait() {
    return maxWait;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RateLimitOptions r
        && r.limits.equals(limits)
        && r.policy == policy
        && r.maxWait.equals(maxWait);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limits, policy, maxWait);
  }

  /** For example {@code RateLimitOptions[TRADE=10.0/s burst 10, ..., OTHER=unlimited, ...]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("RateLimitOptions[");
    for (CommandGroup g : CommandGroup.values()) {
      Limit l = limits.get(g);
      sb.append(g.name()).append('=').append(l == null ? "unlimited" : l.toString()).append(", ");
    }
    return sb.append("policy=")
        .append(policy)
        .append(", maxWait=")
        .append(maxWait)
        .append(']')
        .toString();
  }

  /** Builds {@link RateLimitOptions}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private final Map<CommandGroup, Limit> limits = new EnumMap<>(CommandGroup.class);
    private ExhaustionPolicy policy = ExhaustionPolicy.WAIT;
    private Duration maxWait = DEFAULT_MAX_WAIT;

    private Builder() {
      limits.put(CommandGroup.TRADE, new Limit(10, 10));
      limits.put(CommandGroup.MARKET_DATA, new Limit(20, 40));
      limits.put(CommandGroup.HISTORY, new Limit(5, 10));
      limits.put(CommandGroup.OTHER, new Limit(20, 40));
    }

    /**
     * Limits {@code group} to {@code limit}.
     *
     * @param group the command group
     * @param limit its rate and burst
     * @return this builder
     */
    public Builder limit(CommandGroup group, Limit limit) {
      limits.put(Objects.requireNonNull(group, "group"), Objects.requireNonNull(limit, "limit"));
      return this;
    }

    /**
     * Removes the limit of {@code group}.
     *
     * @param group the command group
     * @return this builder
     */
    public Builder unlimited(CommandGroup group) {
      limits.remove(Objects.requireNonNull(group, "group"));
      return this;
    }

    /**
     * What a request does when its bucket is empty; default {@link ExhaustionPolicy#WAIT}.
     *
     * @param policy wait for a permit, or fail at once
     * @return this builder
     */
    public Builder policy(ExhaustionPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The longest a request may be delayed under {@link ExhaustionPolicy#WAIT}; zero or more, and
     * at most 24 hours (a longer wait is a configuration mistake). Default 30 seconds.
     *
     * @param maxWait the longest wait, 0 to 24 hours
     * @return this builder
     */
    public Builder maxWait(Duration maxWait) {
      Objects.requireNonNull(maxWait, "maxWait");
      if (maxWait.isNegative() || maxWait.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException(
            "maxWait must be between 0 and 24 hours, was " + maxWait);
      }
      this.maxWait = maxWait;
      return this;
    }

    /** {@return the options} */
    public RateLimitOptions build() {
      return new RateLimitOptions(this);
    }
  }
}
