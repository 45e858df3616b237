package io.github.jmt5.server.internal.transport;

import java.net.SocketAddress;
import java.util.concurrent.Executor;

/**
 * One client socket as the session layer sees it. Every method may be called from any thread; sends
 * are queued in order.
 */
public interface Peer {
  /** {@return a short id for logs} */
  String id();

  /** {@return the client's address} */
  SocketAddress remoteAddress();

  /**
   * Sends one binary WebSocket message.
   *
   * @param message the whole message
   */
  void send(byte[] message);

  /**
   * Closes the socket; without a close frame the TCP connection is just dropped.
   *
   * @param withCloseFrame {@code true} to send a close frame first
   */
  void close(boolean withCloseFrame);

  /**
   * Stops reading from the socket (the client's sends back up), or resumes reading.
   *
   * @param reading {@code false} to stop reading, {@code true} to resume
   */
  void setReading(boolean reading);

  /** {@return the thread that owns this socket: run work here to keep it confined} */
  Executor executor();

  /** {@return true until the socket closes} */
  boolean isOpen();
}
