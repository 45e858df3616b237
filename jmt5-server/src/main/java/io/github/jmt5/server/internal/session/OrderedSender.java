package io.github.jmt5.server.internal.session;

import io.github.jmt5.server.internal.transport.Peer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends a socket's frames in the order they were queued, even when a fault delays one of them:
 * later frames wait behind a delayed one, as replies of a real server would. All sends run on the
 * socket's own thread.
 */
final class OrderedSender {
  private final Peer peer;
  private final ScheduledExecutorService scheduler;
  private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

  OrderedSender(Peer peer, ScheduledExecutorService scheduler) {
    this.peer = peer;
    this.scheduler = scheduler;
  }

  /**
   * Runs {@code send} on the socket's thread after every earlier send and after {@code delayMs}.
   */
  synchronized void enqueue(long delayMs, Runnable send) {
    Executor socket = peer.executor();
    if (delayMs > 0) {
      // a send that fails because the socket is gone has nobody left to tell
      Executor later =
          r -> {
            var unused =
                scheduler.schedule(() -> socket.execute(r), delayMs, TimeUnit.MILLISECONDS);
          };
      tail = tail.thenRunAsync(send, later);
    } else if (tail.isDone()) {
      tail = CompletableFuture.runAsync(send, socket);
    } else {
      tail = tail.thenRunAsync(send, socket);
    }
  }
}
