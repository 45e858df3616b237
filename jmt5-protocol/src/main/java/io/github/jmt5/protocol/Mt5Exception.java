package io.github.jmt5.protocol;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception jmt5 throws. Unchecked: a caller handles the subclasses it cares about
 * ({@link ProtocolException} here; connection, timeout, authentication, server and trade errors in
 * the client) and lets the rest propagate.
 */
public class Mt5Exception extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message and no cause.
   *
   * @param message what went wrong
   */
  public Mt5Exception(String message) {
    super(message);
  }

  /**
   * An exception with a message and a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   */
  public Mt5Exception(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
