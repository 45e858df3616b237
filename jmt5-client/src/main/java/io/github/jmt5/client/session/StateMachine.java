package io.github.jmt5.client.session;

import static io.github.jmt5.client.event.ConnectionState.BOOTSTRAPPING;
import static io.github.jmt5.client.event.ConnectionState.CLOSED;
import static io.github.jmt5.client.event.ConnectionState.CLOSING;
import static io.github.jmt5.client.event.ConnectionState.CONNECTING;
import static io.github.jmt5.client.event.ConnectionState.DISCONNECTED;
import static io.github.jmt5.client.event.ConnectionState.LOGGING_IN;
import static io.github.jmt5.client.event.ConnectionState.READY;
import static io.github.jmt5.client.event.ConnectionState.RECONNECTING;

import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.StateChanged;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The connection states and the moves allowed between them (see {@link ConnectionState}). Every
 * move is reported to the observer; a move that is not allowed is refused, which keeps races
 * between a lost link, a reconnect timer and {@code close()} from undoing each other.
 */
final class StateMachine {
  private static final Map<ConnectionState, Set<ConnectionState>> ALLOWED =
      new EnumMap<>(ConnectionState.class);

  static {
    ALLOWED.put(DISCONNECTED, EnumSet.of(CONNECTING, CLOSING));
    ALLOWED.put(CONNECTING, EnumSet.of(BOOTSTRAPPING, DISCONNECTED, RECONNECTING, CLOSING));
    ALLOWED.put(BOOTSTRAPPING, EnumSet.of(LOGGING_IN, DISCONNECTED, RECONNECTING, CLOSING));
    ALLOWED.put(LOGGING_IN, EnumSet.of(READY, DISCONNECTED, RECONNECTING, CLOSING));
    ALLOWED.put(READY, EnumSet.of(RECONNECTING, DISCONNECTED, CLOSING));
    ALLOWED.put(RECONNECTING, EnumSet.of(CONNECTING, CLOSING));
    ALLOWED.put(CLOSING, EnumSet.of(CLOSED));
    ALLOWED.put(CLOSED, EnumSet.noneOf(ConnectionState.class));
  }

  private final Consumer<StateChanged> observer;
  private final Clock clock;
  private ConnectionState state = DISCONNECTED;

  StateMachine(Consumer<StateChanged> observer, Clock clock) {
    this.observer = observer;
    this.clock = clock;
  }

  static boolean allowed(ConnectionState from, ConnectionState to) {
    Set<ConnectionState> next = ALLOWED.get(from);
    return next != null && next.contains(to);
  }

  synchronized ConnectionState state() {
    return state;
  }

  /** Moves to {@code to} if allowed from the current state; true when it moved. */
  boolean moveTo(ConnectionState to, @Nullable Throwable cause) {
    return move(null, to, cause);
  }

  /** Moves to {@code to} only from {@code from}; true when it moved. */
  boolean moveTo(ConnectionState from, ConnectionState to, @Nullable Throwable cause) {
    return move(from, to, cause);
  }

  // The observer is called under the lock so that changes are reported in the order they happen;
  // it only queues an event and must not block.
  private synchronized boolean move(
      @Nullable ConnectionState from, ConnectionState to, @Nullable Throwable cause) {
    if ((from != null && state != from) || !allowed(state, to)) {
      return false;
    }
    StateChanged change = new StateChanged(state, to, cause, clock.instant());
    state = to;
    observer.accept(change);
    return true;
  }
}
