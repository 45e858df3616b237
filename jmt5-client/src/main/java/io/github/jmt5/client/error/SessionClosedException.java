package io.github.jmt5.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The session was closed by its owner ({@code close()}), or gave up reconnecting. Requests still
 * waiting at that moment, and every later request, fail with this exception.
 */
public class SessionClosedException extends ConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * A closed session, without a cause.
   *
   * @param message why the session is closed
   */
  public SessionClosedException(String message) {
    super(message);
  }

  /**
   * A closed session, with a cause.
   *
   * @param message why the session is closed
   * @param cause the failure that ended the session, or {@code null}
   */
  public SessionClosedException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
