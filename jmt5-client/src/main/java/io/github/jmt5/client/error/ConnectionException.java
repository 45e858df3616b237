package io.github.jmt5.client.error;

import io.github.jmt5.protocol.Mt5Exception;
import org.jspecify.annotations.Nullable;

/**
 * The connection failed or was lost: the socket could not be opened, the server closed it, the
 * heartbeat found it dead, or a request was sent while the session was not ready. Requests that
 * were waiting when the connection went fail with this exception, carrying the reason.
 */
public class ConnectionException extends Mt5Exception {
  private static final long serialVersionUID = 1L;

  /**
   * A connection failure without a cause.
   *
   * @param message what failed
   */
  public ConnectionException(String message) {
    super(message);
  }

  /**
   * A connection failure with a cause.
   *
   * @param message what failed
   * @param cause the underlying failure, or {@code null}
   */
  public ConnectionException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
