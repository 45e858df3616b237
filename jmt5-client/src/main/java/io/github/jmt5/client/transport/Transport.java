package io.github.jmt5.client.transport;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Opens WebSocket connections. Implementations must deliver each binary message whole (aggregating
 * fragments), one at a time and in order, requesting the next only after {@link
 * TransportListener#onMessage} returns, so a slow session slows the socket instead of buffering
 * without bound. Text messages carry no protocol data and are dropped.
 */
public interface Transport {
  /**
   * Connects to {@code uri} with the given handshake headers.
   *
   * @param uri the endpoint
   * @param headers handshake headers, in sending order
   * @param listener told about messages, close and errors
   * @return a future completed with the open connection, or failed with a {@link
   *     io.github.jmt5.client.error.ConnectionException} describing why it could not be opened
   */
  CompletableFuture<TransportConnection> connect(
      URI uri, Map<String, String> headers, TransportListener listener);
}
