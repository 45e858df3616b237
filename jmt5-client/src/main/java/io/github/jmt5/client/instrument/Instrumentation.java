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

  /**
   * A socket is being opened.
   *
   * @param uri the endpoint
   */
  default void connectStarted(URI uri) {}

  /**
   * The socket opened after {@code took}.
   *
   * @param uri the endpoint
   * @param took time from start to open
   */
  default void connected(URI uri, Duration took) {}

  /**
   * The socket could not be opened.
   *
   * @param uri the endpoint
   * @param error why it failed
   */
  default void connectFailed(URI uri, Throwable error) {}

  /**
   * Bootstrap and login completed after {@code took} (from socket open).
   *
   * @param login the account logged in
   * @param took time from socket open to login
   */
  default void handshakeCompleted(long login, Duration took) {}

  /**
   * The connection state changed.
   *
   * @param from the previous state
   * @param to the new state
   */
  default void stateChanged(ConnectionState from, ConnectionState to) {}

  /**
   * A request was written to the socket.
   *
   * @param command command id
   */
  default void requestStarted(int command) {}

  /**
   * A request got its reply after {@code latency} (from submission, including queueing).
   *
   * @param command command id
   * @param latency time from submission to reply
   */
  default void requestSucceeded(int command, Duration latency) {}

  /**
   * A request failed (server code, timeout, lost link, cancellation, rate limit).
   *
   * @param command command id
   * @param latency time from submission to failure
   * @param error the failure
   */
  default void requestFailed(int command, Duration latency, Throwable error) {}

  /**
   * A push arrived ({@code bytes} of body).
   *
   * @param command command id
   * @param bytes body size in bytes
   */
  default void pushReceived(int command, int bytes) {}

  /**
   * A request waits {@code wait} for a rate-limit permit.
   *
   * @param command command id
   * @param wait time until the permit
   */
  default void rateLimited(int command, Duration wait) {}

  /**
   * A reconnect attempt was scheduled.
   *
   * @param attempt attempt number, from 1
   * @param delay time until the attempt
   * @param cause why the connection was lost
   */
  default void reconnectScheduled(int attempt, Duration delay, Throwable cause) {}

  /**
   * The session is back after {@code attempts} attempts.
   *
   * @param attempts attempts it took
   */
  default void reconnected(int attempts) {}

  /**
   * A listener threw; the others still got the event.
   *
   * @param event the event the listener got
   * @param error what it threw
   */
  default void listenerFailed(Mt5Event event, Throwable error) {}

  /**
   * Ticks were merged ({@code ticks} merged away) because listeners fell behind.
   *
   * @param ticks number of ticks merged away
   */
  default void ticksCoalesced(int ticks) {}

  /**
   * Book updates were dropped because listeners fell behind.
   *
   * @param updates number of book updates dropped
   */
  default void bookUpdatesDropped(int updates) {}
}
