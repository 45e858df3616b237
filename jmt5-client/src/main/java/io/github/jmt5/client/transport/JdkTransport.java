package io.github.jmt5.client.transport;

import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.internal.Futures;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default transport, on {@code java.net.http.WebSocket}: no extra dependency, HTTP/1.1 upgrade,
 * TLS through the JDK (verifying certificates and host names unless a custom {@link
 * javax.net.ssl.SSLContext} says otherwise), HTTP proxy tunnelling.
 *
 * <p>Owns a pool of daemon threads named {@code jmt5-io-*} for the sockets' I/O, growing on demand
 * or fixed by {@link ConnectionOptions.Builder#ioThreads(int)}; {@link #close()} releases it. One
 * transport may serve many sessions.
 */
public final class JdkTransport implements Transport, AutoCloseable {
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final HttpClient http;
  private final ExecutorService executor;
  private final ConnectionOptions options;

  /**
   * A transport on a JDK {@link java.net.http.HttpClient} of its own, set up from {@code options};
   * {@link #close()} releases it.
   *
   * @param options TLS context, proxy and connect timeout
   */
  public JdkTransport(ConnectionOptions options) {
    this.options = options;
    int instance = INSTANCES.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, "jmt5-io-" + instance + "-" + threads.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    this.executor =
        options.ioThreads() == 0
            ? Executors.newCachedThreadPool(factory)
            : Executors.newFixedThreadPool(options.ioThreads(), factory);
    HttpClient.Builder b =
        HttpClient.newBuilder().executor(executor).connectTimeout(options.connectTimeout());
    if (options.sslContext() != null) {
      b.sslContext(options.sslContext());
    }
    var proxy = options.proxy();
    b.proxy(proxy != null ? ProxySelector.of(proxy) : HttpClient.Builder.NO_PROXY);
    this.http = b.build();
  }

  @Override
  public CompletableFuture<TransportConnection> connect(
      URI uri, Map<String, String> headers, TransportListener listener) {
    WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(options.connectTimeout());
    headers.forEach(builder::header);
    JdkConnection.Receiver receiver = new JdkConnection.Receiver(listener, options);
    return builder
        .buildAsync(uri, receiver)
        .handle(
            (ws, error) -> {
              if (error != null) {
                Throwable cause = Futures.unwrap(error);
                throw new ConnectionException("cannot open " + uri + ": " + describe(cause), cause);
              }
              return (TransportConnection) new JdkConnection(ws);
            });
  }

  private static String describe(Throwable t) {
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null ? "" : " " + m);
  }

  /** Shuts down the I/O threads; connections still open are dropped. */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
