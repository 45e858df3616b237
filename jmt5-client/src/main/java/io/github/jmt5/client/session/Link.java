package io.github.jmt5.client.session;

import io.github.jmt5.client.internal.SecureChannel;
import io.github.jmt5.client.transport.TransportConnection;
import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.frame.InnerResponse;
import java.util.concurrent.CompletableFuture;

/**
 * One socket of the session: its {@link SecureChannel} (keys and frame codecs) and the generation
 * that tells its callbacks from an older socket's.
 */
final class Link {
  final int generation;
  final TransportConnection connection;
  private final SecureChannel channel;

  Link(int generation, TransportConnection connection) {
    this.generation = generation;
    this.connection = connection;
    this.channel = new SecureChannel(connection);
  }

  CompletableFuture<Void> send(int command, byte[] payload) {
    return channel.send(command, payload);
  }

  /**
   * Decrypts a server message; see {@link SecureChannel#decode}.
   *
   * @throws ProtocolException when the message does not decrypt or the first one is not a good
   *     bootstrap reply
   */
  InnerResponse decode(byte[] message) {
    return channel.decode(message);
  }

  void abort() {
    channel.abort();
  }
}
