package io.github.jmt5.bench;

import io.github.jmt5.server.internal.transport.Peer;
import io.github.jmt5.server.internal.transport.PeerHandler;
import io.github.jmt5.server.internal.transport.ServerOptions;
import io.github.jmt5.server.internal.transport.WebSocketServer;
import java.net.URI;
import java.time.Duration;

/**
 * A bare WebSocket echo on loopback: the emulator's own Netty pipeline with a handler that sends
 * every binary message straight back, so a round trip through it costs the sockets, the WebSocket
 * framing and the threads, and nothing of the protocol.
 */
final class EchoServer implements AutoCloseable {
  private final WebSocketServer server;

  EchoServer() {
    this.server =
        WebSocketServer.start(
            new ServerOptions("127.0.0.1", 0, "/terminal", 1 << 20, 64, Duration.ZERO, null),
            () ->
                new PeerHandler() {
                  @Override
                  public void onOpen(Peer peer) {}

                  @Override
                  public void onMessage(Peer peer, byte[] message) {
                    peer.send(message);
                  }

                  @Override
                  public void onClose(Peer peer) {}
                });
  }

  URI uri() {
    return server.uri();
  }

  @Override
  public void close() {
    server.close();
  }
}
