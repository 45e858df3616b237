package io.github.jmt5.server.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultPlanTest {
  @Test
  void rulesFireInOrderAndAreUsedUp() {
    FaultPlan plan = new FaultPlan().delay(51, Duration.ofMillis(5), 2).replyCode(51, 9);
    assertThat(plan.take(51, 3)).containsInstanceOf(Fault.Delay.class);
    assertThat(plan.take(3, 4)).isEmpty();
    assertThat(plan.take(51, 5)).containsInstanceOf(Fault.Delay.class);
    assertThat(plan.take(51, 6)).contains(new Fault.ReplyCode(9));
    assertThat(plan.take(51, 7)).isEmpty();
    assertThat(plan.pending()).isZero();
  }

  @Test
  void frameRulesMatchOnlyThatFrame() {
    FaultPlan plan = new FaultPlan().atFrame(2, new Fault.NoReply());
    assertThat(plan.take(28, 1)).isEmpty();
    assertThat(plan.take(28, 2)).contains(new Fault.NoReply());
  }

  @Test
  void badRulesAreRejected() {
    assertThatThrownBy(() -> new FaultPlan().on(1, new Fault.NoReply(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Fault.ReplyCode(300)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Fault.Delay(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
