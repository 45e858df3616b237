package io.github.jmt5.client.transport;

import java.util.concurrent.CompletableFuture;

/** One open WebSocket. Thread-safe: any thread may send; messages leave in call order. */
public interface TransportConnection {
  /**
   * Queues one binary message. The future completes when the message was handed to the socket, or
   * fails if the connection broke first.
   *
   * @param message the whole message
   * @return a future completed when the message was handed to the socket
   */
  CompletableFuture<Void> send(byte[] message);

  /**
   * Starts a normal close (close frame with {@code code}); the listener's {@link
   * TransportListener#onClosed} follows. Safe to call more than once.
   *
   * @param code the close code, e.g. 1000
   * @param reason the close reason, may be empty
   */
  void close(int code, String reason);

  /** Drops the connection at once without a close handshake. Safe to call more than once. */
  void abort();

  /** {@return messages queued but not yet written, for diagnostics} */
  int pendingSends();
}
