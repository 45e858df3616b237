package io.github.jmt5.client.event;

/**
 * The states of a session's connection.
 *
 * <pre>
 * DISCONNECTED → CONNECTING → BOOTSTRAPPING → LOGGING_IN → READY
 *                    ↑ (connect failed: back to DISCONNECTED)      │ link lost
 *                    └──────────── RECONNECTING ←──────────────────┘
 * any state → CLOSING → CLOSED (close(), or reconnecting gave up)
 * </pre>
 *
 * Requests are accepted only in {@link #READY}.
 */
public enum ConnectionState {
  /** Not connected; {@code connect()} may be called. */
  DISCONNECTED,
  /** Opening the WebSocket. */
  CONNECTING,
  /** Exchanging cmd 0 for the session key. */
  BOOTSTRAPPING,
  /** Logging in with cmd 28. */
  LOGGING_IN,
  /** Logged in: requests are sent, pushes arrive, the heartbeat runs. */
  READY,
  /** The link was lost; waiting for the next attempt to connect and log in again. */
  RECONNECTING,
  /** {@code close()} is draining requests and logging out. */
  CLOSING,
  /** Closed for good; every request fails with {@code SessionClosedException}. */
  CLOSED;

  /** {@return true for {@link #CLOSING} and {@link #CLOSED}} */
  public boolean isShuttingDown() {
    return this == CLOSING || this == CLOSED;
  }
}
