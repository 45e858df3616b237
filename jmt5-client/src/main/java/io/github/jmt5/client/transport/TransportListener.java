package io.github.jmt5.client.transport;

/**
 * Receives what happens on one connection. Called on the transport's thread, one call at a time;
 * exactly one of {@link #onClosed} and {@link #onError} ends the connection.
 */
public interface TransportListener {
  /**
   * One whole binary message; the array is owned by the listener.
   *
   * @param message the message
   */
  void onMessage(byte[] message);

  /**
   * The peer closed the connection (with a close frame when {@code code} is not 1006).
   *
   * @param code the close code
   * @param reason the close reason, may be empty
   */
  void onClosed(int code, String reason);

  /**
   * The connection failed: I/O error, oversized message, or a protocol violation.
   *
   * @param error what went wrong
   */
  void onError(Throwable error);
}
