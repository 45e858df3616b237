package io.github.jmt5.micrometer;

import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.RateLimitException;
import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.error.ServerErrorException;
import io.github.jmt5.client.internal.Futures;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * How a request ended: the {@code outcome} tag of the {@code jmt5.requests} timer. The set is
 * closed, so the tag's cardinality is bounded whatever the failures are.
 */
public enum RequestOutcome {
  /** The server answered with code 0. */
  SUCCESS("success"),
  /**
   * The server answered with a non-zero code ({@link ServerErrorException}, including a refused
   * login).
   */
  SERVER_ERROR("server_error"),
  /** No reply before the deadline ({@link RequestTimeoutException}). */
  TIMEOUT("timeout"),
  /**
   * The link was down or lost, or the session closed ({@link ConnectionException} and its subclass
   * {@code SessionClosedException}).
   */
  CONNECTION("connection"),
  /** Refused by the local rate limiter ({@link RateLimitException}); nothing was sent. */
  RATE_LIMITED("rate_limited"),
  /** The caller cancelled the future ({@link CancellationException}). */
  CANCELLED("cancelled"),
  /** Anything else. */
  OTHER("other");

  private final String tag;

  RequestOutcome(String tag) {
    this.tag = tag;
  }

  /**
   * The tag value, e.g. {@code "server_error"}.
   *
   * @return the value of the {@code outcome} tag, lower case with underscores
   */
  public String tag() {
    return tag;
  }

  /**
   * The outcome of a request that ended with {@code error}, or {@link #SUCCESS} when it is null.
   * {@link CompletionException} and {@link ExecutionException} wrappers are looked through. A
   * {@link TimeoutException} (from a future's own deadline) counts as {@link #TIMEOUT}.
   *
   * @param error the failure the request's future completed with, or {@code null} on success
   * @return the matching outcome, never null
   */
  public static RequestOutcome of(@Nullable Throwable error) {
    if (error == null) {
      return SUCCESS;
    }
    Throwable e = Futures.unwrap(error);
    if (e instanceof CancellationException) {
      return CANCELLED;
    }
    if (e instanceof RateLimitException) {
      return RATE_LIMITED;
    }
    if (e instanceof RequestTimeoutException || e instanceof TimeoutException) {
      return TIMEOUT;
    }
    if (e instanceof ServerErrorException) {
      return SERVER_ERROR;
    }
    if (e instanceof ConnectionException) {
      return CONNECTION;
    }
    return OTHER;
  }
}
