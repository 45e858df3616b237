package io.github.jmt5.client.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Single flight per command id (PROTOCOL.md 5.2): at most one request of each command is on the
 * wire; later ones wait in a FIFO and go out when the previous one is answered, times out or is
 * cancelled. Replies carry no request id, so the next frame of a command answers its in-flight
 * request. Requests of different commands are independent.
 *
 * <p>Thread-safe. {@code sender} is called under the lane's lock, so requests of one command leave
 * in order.
 */
final class CommandLanes {
  private final Consumer<PendingRequest<?>> sender;
  private final ConcurrentHashMap<Integer, Lane> lanes = new ConcurrentHashMap<>();
  private int outstanding;
  private final List<CompletableFuture<Void>> idleWaiters = new ArrayList<>();

  CommandLanes(Consumer<PendingRequest<?>> sender) {
    this.sender = sender;
  }

  private Lane lane(int command) {
    return lanes.computeIfAbsent(command, c -> new Lane());
  }

  /** Sends {@code p} now if its command is idle, else queues it. */
  void submit(PendingRequest<?> p) {
    synchronized (this) {
      outstanding++;
    }
    lane(p.command()).submit(p);
  }

  /**
   * The request a frame of {@code command} answers, or null when none is in flight; the next
   * waiting request of that command is sent.
   */
  @Nullable PendingRequest<?> answer(int command) {
    Lane l = lanes.get(command);
    PendingRequest<?> p = l == null ? null : l.advance(null);
    if (p != null) {
      finished();
    }
    return p;
  }

  /**
   * Takes {@code p} out (timed out or cancelled): sends the next one if {@code p} was in flight.
   *
   * @return true when {@code p} was still outstanding
   */
  boolean remove(PendingRequest<?> p) {
    boolean removed = lane(p.command()).remove(p);
    if (removed) {
      finished();
    }
    return removed;
  }

  /** Takes every outstanding request out and returns them, for failing them together. */
  List<PendingRequest<?>> drainAll() {
    List<PendingRequest<?>> all = new ArrayList<>();
    for (Lane l : lanes.values()) {
      l.drainTo(all);
    }
    for (int i = 0; i < all.size(); i++) {
      finished();
    }
    return all;
  }

  synchronized int outstanding() {
    return outstanding;
  }

  /** Completes when no request is outstanding. */
  synchronized CompletableFuture<Void> whenIdle() {
    if (outstanding == 0) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> f = new CompletableFuture<>();
    idleWaiters.add(f);
    return f;
  }

  private void finished() {
    List<CompletableFuture<Void>> wake = List.of();
    synchronized (this) {
      outstanding--;
      if (outstanding == 0 && !idleWaiters.isEmpty()) {
        wake = List.copyOf(idleWaiters);
        idleWaiters.clear();
      }
    }
    wake.forEach(f -> f.complete(null));
  }

  /** The in-flight request and the queue of one command. */
  private final class Lane {
    private @Nullable PendingRequest<?> inFlight;
    private final ArrayDeque<PendingRequest<?>> waiting = new ArrayDeque<>();

    synchronized void submit(PendingRequest<?> p) {
      if (inFlight == null) {
        inFlight = p;
        sender.accept(p);
      } else {
        waiting.add(p);
      }
    }

    /** Ends the in-flight request (if {@code expected} is null or is it) and sends the next. */
    synchronized @Nullable PendingRequest<?> advance(@Nullable PendingRequest<?> expected) {
      PendingRequest<?> done = inFlight;
      if (done == null || (expected != null && done != expected)) {
        return null;
      }
      inFlight = waiting.poll();
      if (inFlight != null) {
        sender.accept(inFlight);
      }
      return done;
    }

    synchronized boolean remove(PendingRequest<?> p) {
      if (inFlight == p) {
        advance(p);
        return true;
      }
      return waiting.remove(p);
    }

    synchronized void drainTo(List<PendingRequest<?>> out) {
      if (inFlight != null) {
        out.add(inFlight);
        inFlight = null;
      }
      out.addAll(waiting);
      waiting.clear();
    }
  }
}
