package io.github.jmt5.client.session;

import static io.github.jmt5.client.event.ConnectionState.BOOTSTRAPPING;
import static io.github.jmt5.client.event.ConnectionState.CLOSED;
import static io.github.jmt5.client.event.ConnectionState.CLOSING;
import static io.github.jmt5.client.event.ConnectionState.CONNECTING;
import static io.github.jmt5.client.event.ConnectionState.DISCONNECTED;
import static io.github.jmt5.client.event.ConnectionState.LOGGING_IN;
import static io.github.jmt5.client.event.ConnectionState.READY;
import static io.github.jmt5.client.event.ConnectionState.RECONNECTING;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.StateChanged;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateMachineTest {
  private final List<StateChanged> changes = new ArrayList<>();
  private final StateMachine machine = new StateMachine(changes::add, Clock.systemUTC());

  @Test
  void followsTheHappyPathAndReportsEachMove() {
    for (ConnectionState s :
        List.of(CONNECTING, BOOTSTRAPPING, LOGGING_IN, READY, CLOSING, CLOSED)) {
      assertThat(machine.moveTo(s, null)).as("to %s", s).isTrue();
    }
    assertThat(changes)
        .extracting(StateChanged::from)
        .containsExactly(DISCONNECTED, CONNECTING, BOOTSTRAPPING, LOGGING_IN, READY, CLOSING);
  }

  @Test
  void refusesMovesThatSkipSteps() {
    assertThat(machine.moveTo(READY, null)).isFalse();
    assertThat(machine.moveTo(RECONNECTING, null)).isFalse();
    assertThat(machine.state()).isEqualTo(DISCONNECTED);
    assertThat(changes).isEmpty();
  }

  @Test
  void closedIsFinal() {
    machine.moveTo(CLOSING, null);
    machine.moveTo(CLOSED, null);
    for (ConnectionState s : ConnectionState.values()) {
      assertThat(machine.moveTo(s, null)).isFalse();
    }
  }

  @Test
  void aConditionalMoveOnlyHappensFromTheExpectedState() {
    machine.moveTo(CONNECTING, null);
    assertThat(machine.moveTo(READY, RECONNECTING, null)).isFalse();
    assertThat(machine.moveTo(CONNECTING, RECONNECTING, new IllegalStateException("x"))).isTrue();
    assertThat(changes.get(1).failure()).isPresent();
  }

  @Test
  void everyStateCanBeginClosingExceptTheEnd() {
    for (ConnectionState s : ConnectionState.values()) {
      boolean expected = s != CLOSED;
      assertThat(StateMachine.allowed(s, CLOSING) || s == CLOSING).as(s.name()).isEqualTo(expected);
    }
  }
}
