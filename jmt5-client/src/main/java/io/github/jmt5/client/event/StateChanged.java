package io.github.jmt5.client.event;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The connection moved from one state to another.
 *
 * @param from previous state
 * @param to new state
 * @param cause why, when the change was caused by a failure (a lost link, a refused login)
 * @param at when the change happened
 */
public record StateChanged(
    ConnectionState from, ConnectionState to, @Nullable Throwable cause, Instant at)
    implements ConnectionEvent {
  /** {@return the failure that caused the change, if any} */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(cause);
  }
}
