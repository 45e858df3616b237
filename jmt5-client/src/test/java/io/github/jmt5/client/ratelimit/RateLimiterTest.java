package io.github.jmt5.client.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jmt5.client.error.RateLimitException;
import io.github.jmt5.protocol.command.CommandId;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private static final long MS = 1_000_000L;
  private static final int TRADE = CommandId.TRADE_REQUEST.id();
  private static final int BARS = CommandId.GET_BARS.id();
  private static final int LOGIN = CommandId.LOGIN.id();

  private final FakeClock clock = new FakeClock();

  @Test
  void waitPolicyReturnsGrowingWaits() {
    RateLimiter limiter =
        new RateLimiter(
            RateLimitOptions.builder().limit(CommandGroup.TRADE, new Limit(10, 2)).build(), clock);
    assertThat(limiter.acquire(TRADE)).isZero();
    assertThat(limiter.acquire(TRADE)).isZero();
    assertThat(limiter.acquire(TRADE)).isEqualTo(100 * MS);
    assertThat(limiter.acquire(TRADE)).isEqualTo(200 * MS);
  }

  @Test
  void groupsHaveSeparateBuckets() {
    RateLimiter limiter =
        new RateLimiter(
            RateLimitOptions.builder()
                .limit(CommandGroup.TRADE, new Limit(1, 1))
                .limit(CommandGroup.HISTORY, new Limit(1, 1))
                .policy(ExhaustionPolicy.FAIL_FAST)
                .build(),
            clock);
    assertThat(limiter.acquire(TRADE)).isZero();
    assertThat(limiter.acquire(BARS)).isZero();
    assertThat(refusal(() -> limiter.acquire(TRADE)).group()).isEqualTo("TRADE");
    assertThat(refusal(() -> limiter.acquire(CommandId.GET_TRADE_HISTORY.id())).group())
        .isEqualTo("HISTORY");
  }

  @Test
  void failFastRefusesWithoutConsuming() {
    RateLimiter limiter =
        new RateLimiter(
            RateLimitOptions.builder()
                .limit(CommandGroup.TRADE, new Limit(10, 1))
                .policy(ExhaustionPolicy.FAIL_FAST)
                .build(),
            clock);
    assertThat(limiter.acquire(TRADE)).isZero();
    for (int i = 0; i < 5; i++) {
      RateLimitException e = refusal(() -> limiter.acquire(TRADE));
      assertThat(e.command()).isEqualTo(TRADE);
      assertThat(e.group()).isEqualTo("TRADE");
      assertThat(e.waitNeeded()).isEqualTo(Duration.ofMillis(100));
    }
    // Had the refusals taken permits, the next one would be further away than one interval.
    clock.advance(Duration.ofMillis(100));
    assertThat(limiter.acquire(TRADE)).isZero();
    refusal(() -> limiter.acquire(TRADE));
  }

  @Test
  void waitBeyondMaxWaitIsRefusedWithoutConsuming() {
    RateLimiter limiter =
        new RateLimiter(
            RateLimitOptions.builder()
                .limit(CommandGroup.TRADE, new Limit(10, 1))
                .maxWait(Duration.ofMillis(200))
                .build(),
            clock);
    assertThat(limiter.acquire(TRADE)).isZero();
    assertThat(limiter.acquire(TRADE)).isEqualTo(100 * MS);
    assertThat(limiter.acquire(TRADE)).as("exactly maxWait is allowed").isEqualTo(200 * MS);
    for (int i = 0; i < 3; i++) {
      RateLimitException e = refusal(() -> limiter.acquire(TRADE));
      assertThat(e.waitNeeded()).isEqualTo(Duration.ofMillis(300));
      assertThat(e.group()).isEqualTo("TRADE");
    }
    // The refusals reserved nothing: 100 ms on, the next permit is due 200 ms later, not 500.
    clock.advance(Duration.ofMillis(100));
    assertThat(limiter.acquire(TRADE)).isEqualTo(200 * MS);
  }

  @Test
  void unlimitedGroupsAlwaysReturnZero() {
    RateLimiter limiter =
        new RateLimiter(
            RateLimitOptions.builder()
                .unlimited(CommandGroup.OTHER)
                .policy(ExhaustionPolicy.FAIL_FAST)
                .build(),
            clock);
    assertThat(limiter.limits(LOGIN)).isFalse();
    assertThat(limiter.limits(TRADE)).isTrue();
    for (int i = 0; i < 10_000; i++) {
      assertThat(limiter.acquire(LOGIN)).isZero();
    }
  }

  @Test
  void disabledLimitsNothing() {
    RateLimiter limiter = new RateLimiter(RateLimitOptions.disabled(), clock);
    for (CommandId c : CommandId.values()) {
      assertThat(limiter.limits(c.id())).as(c.label()).isFalse();
      assertThat(limiter.acquire(c.id())).isZero();
    }
  }

  @Test
  void defaultsOnTheSystemClockLetTheFirstBurstThrough() {
    RateLimiter limiter = new RateLimiter(RateLimitOptions.defaults());
    for (int i = 0; i < 10; i++) {
      assertThat(limiter.acquire(TRADE)).isZero();
    }
    assertThat(limiter.options()).isEqualTo(RateLimitOptions.defaults());
  }

  private static RateLimitException refusal(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(RateLimitException.class);
    return (RateLimitException) t;
  }
}
