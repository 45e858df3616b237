package io.github.jmt5.client.session;

import io.github.jmt5.client.transport.TransportConnection;
import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.frame.BootstrapReply;
import io.github.jmt5.protocol.frame.FrameCodec;
import io.github.jmt5.protocol.frame.InnerResponse;
import java.util.concurrent.CompletableFuture;

/**
 * One socket with its keys: an outbound and an inbound codec (so sending threads and the receiving
 * thread never share a cipher), and the generation that tells its callbacks from an older socket's.
 */
final class Link {
  final int generation;
  final TransportConnection connection;
  private final FrameCodec out = new FrameCodec();
  private final FrameCodec in = new FrameCodec();
  private volatile boolean keySwitched;

  Link(int generation, TransportConnection connection) {
    this.generation = generation;
    this.connection = connection;
  }

  CompletableFuture<Void> send(int command, byte[] payload) {
    byte[] message;
    synchronized (out) {
      message = out.encodeRequest(command, payload);
    }
    return connection.send(message);
  }

  /**
   * Decrypts a server message. The first one must be the bootstrap reply under the initial key; its
   * session key is installed before the next message is read (PROTOCOL.md 2.4).
   *
   * @throws ProtocolException when the message does not decrypt or the first one is not a good
   *     bootstrap reply
   */
  InnerResponse decode(byte[] message) {
    InnerResponse frame = in.decodeResponse(message);
    if (!keySwitched) {
      if (frame.command() != 0 || frame.code() != 0) {
        throw new ProtocolException(
            frame.command(),
            null,
            ProtocolException.UNKNOWN,
            "expected the bootstrap reply (cmd 0, code 0) first, got code " + frame.code());
      }
      byte[] key = BootstrapReply.decode(frame.body().toArray()).sessionKey().toArray();
      in.switchKey(key);
      synchronized (out) {
        out.switchKey(key);
      }
      keySwitched = true;
    }
    return frame;
  }

  void abort() {
    connection.abort();
  }
}
