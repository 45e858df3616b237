package io.github.jmt5.client.instrument;

import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.Mt5Event;
import java.net.URI;
import java.time.Duration;

/**
 * Callbacks for metrics and tracing, each a no-op by default. They run on the thread where the
 * thing happened (often the socket's), so they must be fast and must not block; an exception thrown
 * here is logged and ignored.
 */
public interface Instrumentation {
  /** Does nothing. */
  Instrumentation NONE = new Instrumentation() {};

  /** A socket is being opened. */
  default void connectStarted(URI uri) {}

  /** The socket opened after {@code took}. */
  default void connected(URI uri, Duration took) {}

  /** The socket could not be opened. */
  default void connectFailed(URI uri, Throwable error) {}

  /** Bootstrap and login completed after {@code took} (from socket open). */
  default void handshakeCompleted(long login, Duration took) {}

  /** The connection state changed. */
  default void stateChanged(ConnectionState from, ConnectionState to) {}

  /** A request was written to the socket. */
  default void requestStarted(int command) {}

  /** A request got its reply after {@code latency} (from submission, including queueing). */
  default void requestSucceeded(int command, Duration latency) {}

  /** A request failed (server code, timeout, lost link, cancellation, rate limit). */
  default void requestFailed(int command, Duration latency, Throwable error) {}

  /** A push arrived ({@code bytes} of body). */
  default void pushReceived(int command, int bytes) {}

  /** A request waits {@code wait} for a rate-limit permit. */
  default void rateLimited(int command, Duration wait) {}

  /** A reconnect attempt was scheduled. */
  default void reconnectScheduled(int attempt, Duration delay, Throwable cause) {}

  /** The session is back after {@code attempts} attempts. */
  default void reconnected(int attempts) {}

  /** A listener threw; the others still got the event. */
  default void listenerFailed(Mt5Event event, Throwable error) {}

  /** Ticks were merged ({@code ticks} merged away) because listeners fell behind. */
  default void ticksCoalesced(int ticks) {}

  /** Book updates were dropped because listeners fell behind. */
  default void bookUpdatesDropped(int updates) {}
}
