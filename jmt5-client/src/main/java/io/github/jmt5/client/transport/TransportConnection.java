package io.github.jmt5.client.transport;

import java.util.concurrent.CompletableFuture;

/** One open WebSocket. Thread-safe: any thread may send; messages leave in call order. */
public interface TransportConnection {
  /**
   * Queues one binary message. The future completes when the message was handed to the socket, or
   * fails if the connection broke first.
   */
  CompletableFuture<Void> send(byte[] message);

  /**
   * Starts a normal close (close frame with {@code code}); the listener's {@link
   * TransportListener#onClosed} follows. Safe to call more than once.
   */
  void close(int code, String reason);

  /** Drops the connection at once without a close handshake. Safe to call more than once. */
  void abort();

  /** Messages queued but not yet written, for diagnostics. */
  int pendingSends();
}
