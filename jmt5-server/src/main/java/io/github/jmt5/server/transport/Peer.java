package io.github.jmt5.server.transport;

import java.net.SocketAddress;
import java.util.concurrent.Executor;

/**
 * One client socket as the session layer sees it. Every method may be called from any thread; sends
 * are queued in order.
 */
public interface Peer {
  /** A short id for logs. */
  String id();

  SocketAddress remoteAddress();

  /** Sends one binary WebSocket message. */
  void send(byte[] message);

  /** Closes the socket; without a close frame the TCP connection is just dropped. */
  void close(boolean withCloseFrame);

  /** Stops reading from the socket (the client's sends back up), or resumes reading. */
  void setReading(boolean reading);

  /** The thread that owns this socket: run work here to keep it confined. */
  Executor executor();

  boolean isOpen();
}
