package io.github.jmt5.client.internal;

import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.ServerErrorException;
import io.github.jmt5.client.transport.TransportConnection;
import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.command.BodyCodec;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.frame.BootstrapReply;
import io.github.jmt5.protocol.frame.FrameCodec;
import io.github.jmt5.protocol.frame.InnerResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * One encrypted web-terminal socket, as the session's link and the onboarding socket both use it:
 * the transport connection with an outbound and an inbound frame codec (so sending threads and the
 * receiving thread never share a cipher), the switch from the initial key to the session key that
 * the bootstrap reply carries, and the mapping of replies and socket failures onto the client's
 * exceptions. Who may send what, and when, stays with its owner: the session's command lanes, or
 * the onboarding socket's one-at-a-time queue.
 *
 * <p>{@link #send} may be called from any thread; {@link #decode} from the transport's receiving
 * thread only, one message at a time.
 */
public final class SecureChannel {
  private final TransportConnection connection;
  private final FrameCodec out = new FrameCodec(); // guarded by itself
  private final FrameCodec in = new FrameCodec(); // the receiving thread only
  private volatile boolean keySwitched;

  /**
   * A channel over {@code connection}, still under the initial key.
   *
   * @param connection the open socket
   */
  public SecureChannel(TransportConnection connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  /** {@return the socket under the channel} */
  public TransportConnection connection() {
    return connection;
  }

  /**
   * Encrypts a request under the current key and hands it to the socket.
   *
   * @param command the command id
   * @param payload the request payload
   * @return completes when the message was handed to the socket; fails if the socket broke first
   */
  public CompletableFuture<Void> send(int command, byte[] payload) {
    byte[] message;
    synchronized (out) {
      message = out.encodeRequest(command, payload);
    }
    return connection.send(message);
  }

  /**
   * Decrypts a server message. The first one must be the bootstrap reply under the initial key; its
   * session key is installed for both directions before the next message is read.
   *
   * @param message a whole message from the socket
   * @return the decrypted frame
   * @throws ProtocolException when the message does not decrypt, or the first one is not a good
   *     bootstrap reply
   */
  public InnerResponse decode(byte[] message) {
    InnerResponse frame = in.decodeResponse(message);
    if (!keySwitched) {
      if (frame.command() != CommandId.BOOTSTRAP.id() || frame.code() != 0) {
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

  /** {@return true once the bootstrap reply has switched both directions to the session key} */
  public boolean keySwitched() {
    return keySwitched;
  }

  /**
   * Starts a normal close of the socket.
   *
   * @param code the close code, e.g. 1000
   * @param reason the close reason, may be empty
   */
  public void close(int code, String reason) {
    connection.close(code, reason);
  }

  /** Drops the socket at once, without a close handshake. */
  public void abort() {
    connection.abort();
  }

  // ---------------------------------------------------------------- error mapping

  /**
   * The body of a reply: decoded with {@code codec} when the frame's code is 0.
   *
   * @param <R> the reply type
   * @param frame the reply frame
   * @param codec decodes the reply body
   * @return the decoded body
   * @throws ServerErrorException when the frame carries a non-zero code
   * @throws ProtocolException when the body does not decode
   */
  public static <R> R reply(InnerResponse frame, BodyCodec<R> codec) {
    if (frame.code() != 0) {
      throw new ServerErrorException(frame.command(), frame.code());
    }
    return codec.decode(frame.body().toArray(), frame.command());
  }

  /**
   * {@return the failure of a socket the server closed}
   *
   * @param code the close code
   * @param reason the close reason, may be empty
   */
  public static ConnectionException closedByServer(int code, String reason) {
    return new ConnectionException(
        "server closed the connection (" + code + (reason.isEmpty() ? "" : " " + reason) + ")");
  }

  /**
   * {@return the failure of a socket that broke}
   *
   * @param error what the transport reported
   */
  public static ConnectionException broken(Throwable error) {
    return new ConnectionException("connection failed: " + error, error);
  }

  /**
   * {@return the failure of a socket whose message did not decrypt or decode}
   *
   * @param error what decoding threw
   */
  public static ConnectionException unreadable(RuntimeException error) {
    return new ConnectionException("unreadable frame: " + error.getMessage(), error);
  }

  /**
   * {@return the failure of a socket whose message could not be handled}
   *
   * @param error what handling the message threw
   */
  public static ConnectionException handlingFailed(RuntimeException error) {
    return new ConnectionException("frame handling failed: " + error, error);
  }
}
