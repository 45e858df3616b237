package io.github.jmt5.client.internal;

import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * Helpers for the failures of {@link java.util.concurrent.CompletableFuture}s: one place that looks
 * through the wrappers the JDK puts around a failure, for every caller in the client and the
 * modules built on it.
 */
public final class Futures {
  /** Wrappers looked through at most, so that a chain of causes that loops still ends. */
  static final int MAX_DEPTH = 32;

  private Futures() {}

  /**
   * The failure inside the {@link CompletionException} and {@link ExecutionException} wrappers of
   * {@code failure}, however deeply nested. A wrapper without a cause, or whose cause is itself, is
   * returned as it is; a chain of wrappers that loops ends after {@value #MAX_DEPTH} steps.
   *
   * @param failure what a future failed with
   * @return the first cause that is not such a wrapper, or the innermost wrapper that has no cause
   */
  public static Throwable unwrap(Throwable failure) {
    return unwrap(failure, t -> false);
  }

  /**
   * As {@link #unwrap(Throwable)}, also looking through the wrappers {@code alsoWrapper} accepts
   * (for example a command-line framework's execution exception).
   *
   * @param failure what a future or a command failed with
   * @param alsoWrapper true for a throwable that only wraps its cause, besides the JDK's two
   * @return the first cause that is not a wrapper, or the innermost wrapper that has no cause
   */
  public static Throwable unwrap(Throwable failure, Predicate<? super Throwable> alsoWrapper) {
    Objects.requireNonNull(alsoWrapper, "alsoWrapper");
    Throwable t = Objects.requireNonNull(failure, "failure");
    for (int i = 0; i < MAX_DEPTH && isWrapper(t, alsoWrapper); i++) {
      Throwable cause = t.getCause();
      if (cause == null || cause == t) {
        break;
      }
      t = cause;
    }
    return t;
  }

  private static boolean isWrapper(Throwable t, Predicate<? super Throwable> alsoWrapper) {
    return t instanceof CompletionException
        || t instanceof ExecutionException
        || alsoWrapper.test(t);
  }
}
