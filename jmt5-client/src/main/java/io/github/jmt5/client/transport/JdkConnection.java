package io.github.jmt5.client.transport;

import io.github.jmt5.protocol.ProtocolException;
import java.io.ByteArrayOutputStream;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/** One JDK WebSocket with the write queue the JDK requires (it allows one pending send). */
final class JdkConnection implements TransportConnection {
  private final WebSocket socket;
  private final AtomicInteger pending = new AtomicInteger();
  private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

  JdkConnection(WebSocket socket) {
    this.socket = socket;
  }

  @Override
  public CompletableFuture<Void> send(byte[] message) {
    pending.incrementAndGet();
    CompletableFuture<Void> sent;
    synchronized (this) {
      // Chain on the previous send whatever its outcome, so order is kept and one failure does
      // not hide the next one's own result.
      sent =
          tail.handle((ignored, error) -> null)
              .thenCompose(ignored -> socket.sendBinary(ByteBuffer.wrap(message), true))
              .thenApply(ws -> (Void) null);
      tail = sent;
    }
    return sent.whenComplete((v, e) -> pending.decrementAndGet());
  }

  @Override
  public void close(int code, String reason) {
    if (socket.isOutputClosed()) {
      return;
    }
    var unused =
        socket
            .sendClose(code, reason)
            .exceptionally(
                e -> {
                  socket.abort();
                  return socket;
                });
  }

  @Override
  public void abort() {
    socket.abort();
  }

  @Override
  public int pendingSends() {
    return pending.get();
  }

  /** Aggregates fragments into whole messages and asks for the next one only when done. */
  static final class Receiver implements WebSocket.Listener {
    private final TransportListener listener;
    private final int maxBytes;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final AtomicBoolean ended = new AtomicBoolean();

    Receiver(TransportListener listener, ConnectionOptions options) {
      this.listener = listener;
      this.maxBytes = options.maxMessageBytes();
    }

    @Override
    public void onOpen(WebSocket ws) {
      ws.request(1);
    }

    @Override
    public @Nullable CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
      if (partial.size() + data.remaining() > maxBytes) {
        ws.abort();
        end(
            () ->
                listener.onError(
                    new ProtocolException(
                        "message larger than the limit of " + maxBytes + " bytes", null)));
        return null;
      }
      byte[] chunk = new byte[data.remaining()];
      data.get(chunk);
      partial.write(chunk, 0, chunk.length);
      if (last) {
        byte[] message = partial.toByteArray();
        partial.reset();
        listener.onMessage(message);
      }
      ws.request(1);
      return null;
    }

    @Override
    public @Nullable CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      ws.request(1); // text carries no protocol data
      return null;
    }

    @Override
    public @Nullable CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      end(() -> listener.onClosed(statusCode, reason));
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      end(() -> listener.onError(error));
    }

    private void end(Runnable report) {
      if (ended.compareAndSet(false, true)) {
        report.run();
      }
    }
  }
}
