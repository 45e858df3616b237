package io.github.jmt5.server.internal.transport;

import io.netty.handler.ssl.SslContext;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Socket-level limits and bindings of the WebSocket server.
 *
 * @param host address to bind, e.g. 127.0.0.1
 * @param port port to bind; 0 picks a free one
 * @param path WebSocket path, {@code /terminal}
 * @param maxMessageBytes largest accepted message; a bigger one closes the socket with status 1009
 * @param maxConnections connections beyond this are closed at once
 * @param idleTimeout a socket that sends nothing for this long is closed; zero disables
 * @param ssl TLS context, or null for plain {@code ws://}
 */
public record ServerOptions(
    String host,
    int port,
    String path,
    int maxMessageBytes,
    int maxConnections,
    Duration idleTimeout,
    @Nullable SslContext ssl) {

  /**
   * Checks that {@code host}, {@code path} and {@code idleTimeout} are not null.
   *
   * @param host address to bind, e.g. 127.0.0.1
   * @param port port to bind; 0 picks a free one
   * @param path WebSocket path, {@code /terminal}
   * @param maxMessageBytes largest accepted message
   * @param maxConnections connections beyond this are closed at once
   * @param idleTimeout a socket that sends nothing for this long is closed; zero disables
   * @param ssl TLS context, or null for plain {@code ws://}
   * @throws NullPointerException if any of them is null
   * @throws IllegalArgumentException if {@code port} is outside 0..65535, {@code maxMessageBytes}
   *     below 1024 or {@code maxConnections} below 1
   */
  public ServerOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    if (maxMessageBytes < 1024) {
      throw new IllegalArgumentException(
          "maxMessageBytes must be at least 1024, was " + maxMessageBytes);
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be positive, was " + maxConnections);
    }
  }
}
