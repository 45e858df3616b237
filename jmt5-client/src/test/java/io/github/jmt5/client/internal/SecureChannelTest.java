package io.github.jmt5.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.ServerErrorException;
import io.github.jmt5.client.transport.TransportConnection;
import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.frame.BootstrapReply;
import io.github.jmt5.protocol.frame.FrameCodec;
import io.github.jmt5.protocol.frame.InnerRequest;
import io.github.jmt5.protocol.frame.InnerResponse;
import io.github.jmt5.protocol.wire.Bytes;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The channel against a server side made of the protocol's own frame codec. */
class SecureChannelTest {
  private static final byte[] SESSION_KEY = new byte[32];

  static {
    for (int i = 0; i < SESSION_KEY.length; i++) {
      SESSION_KEY[i] = (byte) (i * 7 + 1);
    }
  }

  private final Socket socket = new Socket();
  private final SecureChannel channel = new SecureChannel(socket);
  private final FrameCodec server = new FrameCodec();

  @Test
  void theBootstrapReplySwitchesBothDirectionsToTheSessionKey() {
    channel.send(0, new byte[64]).join();
    InnerRequest bootstrap = server.decodeRequest(socket.sent.get(0));
    assertThat(bootstrap.command()).isZero();
    assertThat(channel.keySwitched()).isFalse();

    InnerResponse reply = channel.decode(server.encodeResponse(0, 0, bootstrapReply()));

    assertThat(reply.command()).isZero();
    assertThat(channel.keySwitched()).isTrue();
    server.switchKey(SESSION_KEY);
    channel.send(51, new byte[0]).join();
    assertThat(server.decodeRequest(socket.sent.get(1)).command()).isEqualTo(51);
    assertThat(channel.decode(server.encodeResponse(51, 0, new byte[0])).command()).isEqualTo(51);
  }

  @Test
  void aFirstFrameThatIsNoGoodBootstrapReplyIsRefused() {
    assertThatThrownBy(() -> channel.decode(server.encodeResponse(28, 0, new byte[0])))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("expected the bootstrap reply");
    assertThatThrownBy(() -> channel.decode(server.encodeResponse(0, 3, bootstrapReply())))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("got code 3");
    assertThat(channel.keySwitched()).isFalse();
  }

  @Test
  void aReplyWithACodeIsAServerErrorAndABodyDecodesWithItsCodec() {
    InnerResponse failed = new InnerResponse(Bytes.zeros(2), 24, 4, Bytes.of(new byte[0]));
    assertThatThrownBy(() -> SecureChannel.reply(failed, Codecs.EMPTY))
        .isInstanceOfSatisfying(
            ServerErrorException.class,
            e -> {
              assertThat(e.command()).isEqualTo(24);
              assertThat(e.code()).isEqualTo(4);
            });

    InnerResponse ok = new InnerResponse(Bytes.zeros(2), 0, 0, Bytes.of(bootstrapReply()));
    assertThat(SecureChannel.reply(ok, Codecs.BOOTSTRAP_REPLY).sessionKey().toArray())
        .isEqualTo(SESSION_KEY);

    InnerResponse truncated = new InnerResponse(Bytes.zeros(2), 0, 0, Bytes.of(new byte[3]));
    assertThatThrownBy(() -> SecureChannel.reply(truncated, Codecs.BOOTSTRAP_REPLY))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void socketFailuresBecomeConnectionExceptionsThatSayWhatHappened() {
    assertThat(SecureChannel.closedByServer(1000, ""))
        .hasMessage("server closed the connection (1000)");
    assertThat(SecureChannel.closedByServer(1011, "restart"))
        .hasMessage("server closed the connection (1011 restart)");
    IOException io = new IOException("reset");
    assertThat(SecureChannel.broken(io))
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("connection failed")
        .hasCause(io);
    ProtocolException bad = new ProtocolException(8, null, ProtocolException.UNKNOWN, "bad tag");
    assertThat(SecureChannel.unreadable(bad))
        .hasMessageStartingWith("unreadable frame:")
        .hasCause(bad);
    IllegalStateException bug = new IllegalStateException("bug");
    assertThat(SecureChannel.handlingFailed(bug))
        .hasMessageContaining("frame handling failed")
        .hasCause(bug);
  }

  @Test
  void closeAndAbortReachTheSocket() {
    channel.close(1000, "bye");
    channel.abort();

    assertThat(socket.closed).containsExactly("1000 bye");
    assertThat(socket.aborted).isTrue();
    assertThat(channel.connection()).isSameAs(socket);
  }

  private static byte[] bootstrapReply() {
    return new BootstrapReply(Bytes.zeros(2), Bytes.zeros(64), Bytes.of(SESSION_KEY)).encode();
  }

  /** A socket that keeps what is sent. */
  private static final class Socket implements TransportConnection {
    final List<byte[]> sent = new CopyOnWriteArrayList<>();
    final List<String> closed = new CopyOnWriteArrayList<>();
    volatile boolean aborted;

    @Override
    public CompletableFuture<Void> send(byte[] message) {
      sent.add(message);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close(int code, String reason) {
      closed.add(code + " " + reason);
    }

    @Override
    public void abort() {
      aborted = true;
    }

    @Override
    public int pendingSends() {
      return 0;
    }
  }
}
