package io.github.jmt5.client.session;

import io.github.jmt5.client.error.ServerErrorException;
import io.github.jmt5.client.internal.SecureChannel;
import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.frame.InnerResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A request between submission and its outcome. The future is completed on the completion executor,
 * so callers' continuations never run on the socket's thread.
 */
final class PendingRequest<R> {
  final Request<R> request;
  final CompletableFuture<R> future = new CompletableFuture<>();
  final Duration timeout;
  final long submittedNanos;

  /**
   * Internal requests (bootstrap, login, ping, resubscribe, logout) skip state checks and limits.
   */
  final boolean internal;

  private @Nullable ScheduledFuture<?> deadline;
  private final AtomicBoolean settled = new AtomicBoolean();

  PendingRequest(Request<R> request, Duration timeout, long submittedNanos, boolean internal) {
    this.request = request;
    this.timeout = timeout;
    this.submittedNanos = submittedNanos;
    this.internal = internal;
  }

  int command() {
    return request.command().id();
  }

  synchronized void deadline(ScheduledFuture<?> task) {
    this.deadline = task;
  }

  /** Claims the outcome: true for the first caller only (reply, timeout, loss or cancel). */
  boolean settle() {
    return settled.compareAndSet(false, true);
  }

  boolean isSettled() {
    return settled.get();
  }

  /** Completes from a reply frame: decoded body on code 0, {@link ServerErrorException} else. */
  void complete(InnerResponse frame, Executor executor) {
    if (!settle()) {
      return;
    }
    cancelDeadline();
    R value;
    try {
      value = SecureChannel.reply(frame, request.reply());
    } catch (ServerErrorException | ProtocolException e) {
      deliverFailure(e, executor);
      return;
    }
    executor.execute(() -> future.complete(value));
  }

  /** Fails the request unless it already has an outcome. */
  void fail(Throwable error, Executor executor) {
    if (settle()) {
      cancelDeadline();
      deliverFailure(error, executor);
    }
  }

  private void deliverFailure(Throwable error, Executor executor) {
    executor.execute(() -> future.completeExceptionally(error));
  }

  /** Called when the caller cancelled the future. */
  void cancelled() {
    if (settle()) {
      cancelDeadline();
    }
  }

  private void cancelDeadline() {
    ScheduledFuture<?> d;
    synchronized (this) {
      d = deadline;
      deadline = null;
    }
    if (d != null) {
      d.cancel(false);
    }
  }

  @Override
  public String toString() {
    return "PendingRequest[" + request + (internal ? ", internal" : "") + "]";
  }
}
