package io.github.jmt5.server.transport;

/** Receives the events of one client socket, all on that socket's own thread. */
public interface PeerHandler {
  void onOpen(Peer peer);

  /** One complete binary message (fragments are already joined). */
  void onMessage(Peer peer, byte[] message);

  /** The socket closed, for whatever reason. Called once. */
  void onClose(Peer peer);
}
