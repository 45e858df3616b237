package io.github.jmt5.protocol;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception jmt5 throws. Unchecked: a caller handles the subclasses it cares about
 * ({@link ProtocolException} here; connection, timeout, authentication, server and trade errors in
 * the client) and lets the rest propagate.
 */
public class Mt5Exception extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public Mt5Exception(String message) {
    super(message);
  }

  public Mt5Exception(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
