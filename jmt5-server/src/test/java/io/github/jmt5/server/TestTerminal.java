package io.github.jmt5.server;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.crypto.ClientId;
import io.github.jmt5.protocol.frame.BootstrapReply;
import io.github.jmt5.protocol.frame.FrameCodec;
import io.github.jmt5.protocol.frame.InnerResponse;
import io.github.jmt5.protocol.message.session.LoginPayload;
import io.github.jmt5.protocol.wire.Bytes;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A minimal protocol driver for tests, built on jmt5-protocol and the JDK WebSocket: send a
 * command, read the next frame, with the bootstrap and login done the way a real client does them.
 */
final class TestTerminal implements AutoCloseable {
  // generous: a loaded machine can take seconds for a handshake; a passing test never waits it out
  static final Duration WAIT = Duration.ofSeconds(30);

  private final WebSocket socket;
  private final FrameCodec codec = new FrameCodec();
  private final BlockingQueue<byte[]> inbox = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final Bytes cid = ClientId.fromJoined("test;1;en-US;0x0;1");

  private TestTerminal(URI uri) {
    this.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .header("Origin", "https://web.metatrader.app")
            .connectTimeout(WAIT)
            .buildAsync(uri, new Listener())
            .join();
  }

  static TestTerminal connect(URI uri) {
    return new TestTerminal(uri);
  }

  /** Connects and completes the bootstrap. */
  static TestTerminal bootstrapped(URI uri) {
    TestTerminal t = connect(uri);
    t.bootstrap();
    return t;
  }

  private final class Listener implements WebSocket.Listener {
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

    @Override
    public @Nullable CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
      byte[] b = new byte[data.remaining()];
      data.get(b);
      partial.writeBytes(b);
      if (last) {
        inbox.add(partial.toByteArray());
        partial.reset();
      }
      ws.request(1);
      return null;
    }

    @Override
    public @Nullable CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      closed.complete(-1);
    }
  }

  void send(int command, byte[] payload) {
    socket.sendBinary(ByteBuffer.wrap(codec.encodeRequest(command, payload)), true).join();
  }

  void sendRaw(byte[] message) {
    socket.sendBinary(ByteBuffer.wrap(message), true).join();
  }

  void sendText(String message) {
    socket.sendText(message, true).join();
  }

  /** The next raw message, or an assertion error after {@link #WAIT}. */
  byte[] nextRaw() {
    try {
      byte[] m = inbox.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (m == null) {
        throw new AssertionError("no frame within " + WAIT);
      }
      return m;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The next decrypted frame. */
  InnerResponse next() {
    return codec.decodeResponse(nextRaw());
  }

  /** The next frame of {@code command}, skipping pushes of other commands. */
  InnerResponse next(int command) {
    while (true) {
      InnerResponse r = next();
      if (r.command() == command) {
        return r;
      }
    }
  }

  /** The frames received and not yet read, without waiting. */
  List<InnerResponse> drain() {
    List<byte[]> raw = new ArrayList<>();
    inbox.drainTo(raw);
    return raw.stream().map(codec::decodeResponse).toList();
  }

  /** True when no frame arrives within {@code wait}. */
  boolean silentFor(Duration wait) throws InterruptedException {
    return inbox.poll(wait.toMillis(), TimeUnit.MILLISECONDS) == null;
  }

  /**
   * Sends a request and returns its reply, skipping pushes of other commands that arrive first (an
   * account with positions gets a cmd 14 every second, so a slow test sees some).
   */
  InnerResponse request(int command, byte[] payload) {
    send(command, payload);
    return next(command);
  }

  void bootstrap() {
    send(0, new byte[64]);
    InnerResponse r = next();
    if (r.command() != 0 || r.code() != 0) {
      throw new AssertionError("bootstrap failed: " + r);
    }
    codec.switchKey(BootstrapReply.decode(r.body().toArray()).sessionKey().toArray());
  }

  /** Sends cmd 28 and returns the reply (pushes that follow stay queued). */
  InnerResponse login(long login, CharSequence password, String otp) {
    send(28, LoginPayload.encode(login, password, otp, cid, 0, ""));
    return next();
  }

  /** Closes from the client side and reports whether the server side closed by {@code wait}. */
  boolean awaitServerClose() {
    try {
      closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  static byte[] empty() {
    return new byte[0];
  }

  static Bytes blobOf(InnerResponse loginReply) {
    return Codecs.LOGIN_RESPONSE.decode(loginReply.body().toArray(), 28).passwordBlob();
  }

  @Override
  public void close() {
    socket.abort();
  }
}
