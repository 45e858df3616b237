package io.github.jmt5.client.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitOptionsTest {

  @Test
  void defaults() {
    RateLimitOptions o = RateLimitOptions.defaults();
    assertThat(o.limit(CommandGroup.TRADE)).contains(new Limit(10, 10));
    assertThat(o.limit(CommandGroup.MARKET_DATA)).contains(new Limit(20, 40));
    assertThat(o.limit(CommandGroup.HISTORY)).contains(new Limit(5, 10));
    assertThat(o.limit(CommandGroup.OTHER)).contains(new Limit(20, 40));
    assertThat(o.policy()).isEqualTo(ExhaustionPolicy.WAIT);
    assertThat(o.maxWait()).isEqualTo(Duration.ofSeconds(30));
    assertThat(RateLimitOptions.builder().build()).isEqualTo(o).hasSameHashCodeAs(o);
  }

  @Test
  void disabledLeavesEveryGroupUnlimited() {
    RateLimitOptions o = RateLimitOptions.disabled();
    for (CommandGroup g : CommandGroup.values()) {
      assertThat(o.limit(g)).as(g.name()).isEmpty();
    }
  }

  @Test
  void builderOverridesSingleGroups() {
    RateLimitOptions o =
        RateLimitOptions.builder()
            .limit(CommandGroup.TRADE, new Limit(1, 1))
            .unlimited(CommandGroup.OTHER)
            .policy(ExhaustionPolicy.FAIL_FAST)
            .maxWait(Duration.ofMillis(250))
            .build();
    assertThat(o.limit(CommandGroup.TRADE)).contains(new Limit(1, 1));
    assertThat(o.limit(CommandGroup.MARKET_DATA)).contains(new Limit(20, 40));
    assertThat(o.limit(CommandGroup.OTHER)).isEmpty();
    assertThat(o.policy()).isEqualTo(ExhaustionPolicy.FAIL_FAST);
    assertThat(o.maxWait()).isEqualTo(Duration.ofMillis(250));
    assertThat(o.toBuilder().build()).isEqualTo(o);
    assertThat(o).isNotEqualTo(RateLimitOptions.defaults());
  }

  @Test
  void toStringListsEveryGroupInOrder() {
    RateLimitOptions o = RateLimitOptions.builder().unlimited(CommandGroup.HISTORY).build();
    assertThat(o)
        .hasToString(
            "RateLimitOptions[TRADE=10.0/s burst 10, MARKET_DATA=20.0/s burst 40,"
                + " HISTORY=unlimited, OTHER=20.0/s burst 40, policy=WAIT, maxWait=PT30S]");
  }

  @Test
  void maxWaitValidation() {
    RateLimitOptions.Builder b = RateLimitOptions.builder();
    assertThat(b.maxWait(Duration.ZERO).build().maxWait()).isZero();
    assertThatThrownBy(() -> b.maxWait(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxWait must be between 0 and 24 hours, was PT-0.001S");
    assertThatThrownBy(() -> b.maxWait(Duration.ofDays(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxWait must be between 0 and 24 hours, was PT48H");
  }
}
