package io.github.jmt5.server.internal.transport;

/** Receives the events of one client socket, all on that socket's own thread. */
public interface PeerHandler {
  /**
   * A socket has opened.
   *
   * @param peer the socket
   */
  void onOpen(Peer peer);

  /**
   * One complete binary message (fragments are already joined).
   *
   * @param peer the socket
   * @param message the message
   */
  void onMessage(Peer peer, byte[] message);

  /**
   * The socket closed, for whatever reason. Called once.
   *
   * @param peer the socket
   */
  void onClose(Peer peer);
}
