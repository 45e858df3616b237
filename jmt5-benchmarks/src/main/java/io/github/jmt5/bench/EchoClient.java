package io.github.jmt5.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * The JDK WebSocket client on its own, set up as the jmt5 transport sets it up (an {@link
 * HttpClient} on a cached daemon pool): sends one binary message and waits for the echo.
 */
final class EchoClient implements AutoCloseable {
  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "bench-echo-io");
            t.setDaemon(true);
            return t;
          });
  private final WebSocket socket;
  private volatile CompletableFuture<Integer> reply = new CompletableFuture<>();

  EchoClient(URI uri) {
    HttpClient http = HttpClient.newBuilder().executor(executor).build();
    this.socket = http.newWebSocketBuilder().buildAsync(uri, new Listener()).join();
  }

  /** One round trip of {@code message}; answers the length of the echo. */
  int roundTrip(byte[] message) {
    CompletableFuture<Integer> next = new CompletableFuture<>();
    reply = next;
    socket.sendBinary(ByteBuffer.wrap(message), true).join();
    return next.join();
  }

  @Override
  public void close() {
    socket.abort();
    executor.shutdownNow();
  }

  private final class Listener implements WebSocket.Listener {
    private int received;

    @Override
    public void onOpen(WebSocket ws) {
      ws.request(1);
    }

    @Override
    public @Nullable CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
      // copy out, as the jmt5 transport does, so both sides pay for the same bytes
      byte[] chunk = new byte[data.remaining()];
      data.get(chunk);
      received += chunk.length;
      if (last) {
        int n = received;
        received = 0;
        reply.complete(n);
      }
      ws.request(1);
      return null;
    }
  }
}
