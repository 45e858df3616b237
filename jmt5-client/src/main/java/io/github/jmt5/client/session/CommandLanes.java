package io.github.jmt5.client.session;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Single flight per command id (PROTOCOL.md 5.2): at most one request of each command is on the
 * wire; later ones wait in a FIFO and go out when the previous one is answered, times out or is
 * cancelled. Replies carry no request id, so the next frame of a command answers its in-flight
 * request. Requests of different commands are independent.
 *
 * <p>A request abandoned on the wire (timed out or cancelled after it was sent) may still be
 * answered. Its lane is then <em>quarantined</em>: the next request of that command waits until the
 * late frame arrives (it answers nothing and is handed on as a push) or until the grace period
 * ({@code lateReplyGrace}) has passed, so a late reply cannot complete the wrong request unless it
 * comes later still. With a zero grace the next request goes out at once, as in the web terminal,
 * which can pair a late reply with it.
 *
 * <p>Thread-safe. {@code sender} is called under the lane's lock, so requests of one command leave
 * in order.
 */
final class CommandLanes {
  private final Consumer<PendingRequest<?>> sender;
  private final ScheduledExecutorService scheduler;
  private final Duration lateReplyGrace;
  private final ConcurrentHashMap<Integer, Lane> lanes = new ConcurrentHashMap<>();
  private int outstanding;
  private final List<CompletableFuture<Void>> idleWaiters = new ArrayList<>();

  CommandLanes(
      Consumer<PendingRequest<?>> sender,
      ScheduledExecutorService scheduler,
      Duration lateReplyGrace) {
    this.sender = sender;
    this.scheduler = scheduler;
    this.lateReplyGrace = lateReplyGrace;
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
    PendingRequest<?> p = l == null ? null : l.advance();
    if (p != null) {
      finished();
    }
    return p;
  }

  /**
   * Takes {@code p} out before anything was written for it: sends the next one if {@code p} was in
   * flight.
   *
   * @return true when {@code p} was still outstanding
   */
  boolean remove(PendingRequest<?> p) {
    boolean removed = lane(p.command()).remove(p, false);
    if (removed) {
      finished();
    }
    return removed;
  }

  /**
   * Takes {@code p} out after it timed out or was cancelled. If it was on the wire, its lane is
   * quarantined until its late reply arrives or the grace period passes.
   *
   * @return true when {@code p} was still outstanding
   */
  boolean abandon(PendingRequest<?> p) {
    boolean removed = lane(p.command()).remove(p, true);
    if (removed) {
      finished();
    }
    return removed;
  }

  /** True while a late reply of {@code command} is awaited; for tests and diagnostics. */
  boolean quarantined(int command) {
    Lane l = lanes.get(command);
    return l != null && l.isQuarantined();
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

  /** The in-flight request, the queue and the quarantine of one command. */
  private final class Lane {
    private @Nullable PendingRequest<?> inFlight;
    private final ArrayDeque<PendingRequest<?>> waiting = new ArrayDeque<>();
    private boolean quarantined;
    private long quarantines;
    private @Nullable ScheduledFuture<?> quarantineTimer;

    synchronized void submit(PendingRequest<?> p) {
      if (inFlight == null && !quarantined) {
        inFlight = p;
        sender.accept(p);
      } else {
        waiting.add(p);
      }
    }

    /**
     * Ends the in-flight request and sends the next; a frame that ends a quarantine answers none.
     */
    synchronized @Nullable PendingRequest<?> advance() {
      if (quarantined) {
        endQuarantine();
        return null;
      }
      PendingRequest<?> done = inFlight;
      if (done != null) {
        sendNext();
      }
      return done;
    }

    private void sendNext() {
      inFlight = waiting.poll();
      if (inFlight != null) {
        sender.accept(inFlight);
      }
    }

    synchronized boolean remove(PendingRequest<?> p, boolean mayBeAnswered) {
      if (inFlight != p) {
        return waiting.remove(p);
      }
      inFlight = null;
      if (!mayBeAnswered || lateReplyGrace.isZero() || !startQuarantine()) {
        sendNext();
      }
      return true;
    }

    /** Holds the lane until a late frame or the grace period; false if no timer can be set. */
    private boolean startQuarantine() {
      long id = ++quarantines;
      try {
        quarantineTimer =
            scheduler.schedule(() -> graceOver(id), lateReplyGrace.toNanos(), TimeUnit.NANOSECONDS);
      } catch (RejectedExecutionException e) {
        return false; // the session is shutting down: nothing more will be sent anyway
      }
      quarantined = true;
      return true;
    }

    /** The abandoned request's reply never came: the lane moves on. */
    private synchronized void graceOver(long id) {
      if (quarantined && quarantines == id) {
        endQuarantine();
      }
    }

    private void endQuarantine() {
      quarantined = false;
      ScheduledFuture<?> timer = quarantineTimer;
      if (timer != null) {
        timer.cancel(false);
        quarantineTimer = null;
      }
      sendNext();
    }

    synchronized boolean isQuarantined() {
      return quarantined;
    }

    synchronized void drainTo(List<PendingRequest<?>> out) {
      if (inFlight != null) {
        out.add(inFlight);
        inFlight = null;
      }
      out.addAll(waiting);
      waiting.clear();
      if (quarantined) {
        endQuarantine(); // a new socket brings no late replies; the lane is empty by now
      }
    }
  }
}
