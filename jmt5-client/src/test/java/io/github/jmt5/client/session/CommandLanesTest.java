package io.github.jmt5.client.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CommandLanesTest {
  private final List<PendingRequest<?>> sent = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final CommandLanes lanes = new CommandLanes(sent::add, scheduler, Duration.ofMinutes(1));

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

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
  void aLateReplyOfAnAbandonedRequestAnswersNothingAndReleasesTheNext() {
    PendingRequest<?> a1 = request(CommandId.GET_ACCOUNT);
    PendingRequest<?> a2 = request(CommandId.GET_ACCOUNT);
    PendingRequest<?> p1 = request(CommandId.GET_POSITIONS_AND_ORDERS);
    lanes.submit(a1);
    lanes.submit(a2);

    assertThat(lanes.abandon(a1)).isTrue(); // timed out on the wire
    assertThat(lanes.quarantined(3)).isTrue();
    assertThat(sent).containsExactly(a1); // a2 waits for a1's late reply
    lanes.submit(p1);
    assertThat(sent).containsExactly(a1, p1); // other commands are not held

    assertThat(lanes.answer(3)).isNull(); // a1's late reply
    assertThat(lanes.quarantined(3)).isFalse();
    assertThat(sent).containsExactly(a1, p1, a2);
    assertThat(lanes.answer(3)).isSameAs(a2);
  }

  @Test
  void aQuarantineEndsWhenTheGracePeriodPasses() {
    CommandLanes quick = new CommandLanes(sent::add, scheduler, Duration.ofMillis(50));
    PendingRequest<?> a1 = request(CommandId.GET_ACCOUNT);
    PendingRequest<?> a2 = request(CommandId.GET_ACCOUNT);
    quick.submit(a1);
    quick.submit(a2);

    quick.abandon(a1);
    assertThat(quick.quarantined(3)).isTrue();

    await().atMost(Duration.ofSeconds(5)).until(() -> sent.contains(a2));
    assertThat(quick.quarantined(3)).isFalse();
    assertThat(quick.answer(3)).isSameAs(a2);
  }

  @Test
  void aZeroGraceSendsTheNextRequestAtOnceAsTheWebTerminalDoes() {
    CommandLanes eager = new CommandLanes(sent::add, scheduler, Duration.ZERO);
    PendingRequest<?> a1 = request(CommandId.GET_ACCOUNT);
    PendingRequest<?> a2 = request(CommandId.GET_ACCOUNT);
    eager.submit(a1);
    eager.submit(a2);

    eager.abandon(a1);

    assertThat(eager.quarantined(3)).isFalse();
    assertThat(sent).containsExactly(a1, a2);
    assertThat(eager.answer(3)).isSameAs(a2);
  }

  @Test
  void aRequestRemovedBeforeItWasWrittenLeavesNoQuarantine() {
    PendingRequest<?> a1 = request(CommandId.GET_ACCOUNT);
    PendingRequest<?> a2 = request(CommandId.GET_ACCOUNT);
    lanes.submit(a1);
    lanes.submit(a2);

    assertThat(lanes.remove(a1)).isTrue();

    assertThat(lanes.quarantined(3)).isFalse();
    assertThat(sent).containsExactly(a1, a2);
  }

  @Test
  void drainingALaneEndsItsQuarantine() {
    PendingRequest<?> a1 = request(CommandId.GET_ACCOUNT);
    lanes.submit(a1);
    lanes.abandon(a1);
    lanes.submit(request(CommandId.GET_ACCOUNT));

    assertThat(lanes.drainAll()).hasSize(1);

    assertThat(lanes.quarantined(3)).isFalse();
    PendingRequest<?> fresh = request(CommandId.GET_ACCOUNT);
    lanes.submit(fresh);
    assertThat(sent).endsWith(fresh);
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
