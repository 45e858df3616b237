package io.github.jmt5.client.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class CommandLanesTest {
  private final List<PendingRequest<?>> sent = new CopyOnWriteArrayList<>();
  private final CommandLanes lanes = new CommandLanes(sent::add);

  private static PendingRequest<?> request(CommandId command) {
    return new PendingRequest<>(
        Request.of(command, Codecs.EMPTY), Duration.ofSeconds(1), System.nanoTime(), false);
  }

  @Test
  void sendsOnePerCommandAndTheNextWhenAnswered() {
    PendingRequest<?> a1 = request(CommandId.GET_ACCOUNT);
    PendingRequest<?> a2 = request(CommandId.GET_ACCOUNT);
    PendingRequest<?> p1 = request(CommandId.GET_POSITIONS_AND_ORDERS);
    lanes.submit(a1);
    lanes.submit(a2);
    lanes.submit(p1);

    assertThat(sent).containsExactly(a1, p1);
    assertThat(lanes.answer(3)).isSameAs(a1);
    assertThat(sent).containsExactly(a1, p1, a2);
    assertThat(lanes.answer(3)).isSameAs(a2);
    assertThat(lanes.answer(3)).isNull();
    assertThat(lanes.outstanding()).isEqualTo(1);
  }

  @Test
  void removingTheInFlightRequestSendsTheNextAndRemovingAWaitingOneSkipsIt() {
    PendingRequest<?> a1 = request(CommandId.GET_ACCOUNT);
    PendingRequest<?> a2 = request(CommandId.GET_ACCOUNT);
    PendingRequest<?> a3 = request(CommandId.GET_ACCOUNT);
    lanes.submit(a1);
    lanes.submit(a2);
    lanes.submit(a3);

    assertThat(lanes.remove(a2)).isTrue();
    assertThat(lanes.remove(a1)).isTrue();
    assertThat(sent).containsExactly(a1, a3);
    assertThat(lanes.remove(a1)).isFalse();
    assertThat(lanes.answer(3)).isSameAs(a3);
    assertThat(lanes.outstanding()).isZero();
  }

  @Test
  void drainAllTakesEverythingAndWakesIdleWaiters() {
    lanes.submit(request(CommandId.GET_ACCOUNT));
    lanes.submit(request(CommandId.GET_ACCOUNT));
    lanes.submit(request(CommandId.PING));
    var idle = lanes.whenIdle();
    assertThat(idle).isNotDone();

    assertThat(lanes.drainAll()).hasSize(3);

    assertThat(idle).isCompleted();
    assertThat(lanes.outstanding()).isZero();
    assertThat(lanes.answer(3)).isNull();
  }

  @Test
  void aFrameForACommandNothingWaitsForAnswersNothing() {
    assertThat(lanes.answer(8)).isNull();
    assertThat(lanes.whenIdle()).isCompleted();
  }
}
