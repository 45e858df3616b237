package io.github.jmt5.server.script;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scripted mode, in the style of MockWebServer: canned replies queued per command id, and a record
 * of every request received for {@link #takeRequest(Duration)}.
 *
 * <p>Thread-safe. The record keeps the newest {@link #CAPACITY} requests; older ones are dropped
 * and counted so that a long-running emulator never grows without bound.
 */
public final class Script {
  /** Requests kept for {@link #takeRequest}. */
  public static final int CAPACITY = 10_000;

  private final Map<Integer, Deque<ScriptedReply>> replies = new HashMap<>();
  private final BlockingQueue<RecordedRequest> received = new LinkedBlockingDeque<>(CAPACITY);
  private final AtomicLong dropped = new AtomicLong();

  /** A script with no queued replies and no recorded requests. */
  public Script() {}

  /**
   * Answers the next request with {@code reply.command()} with {@code reply}.
   *
   * @param reply the canned reply
   */
  public synchronized void enqueue(ScriptedReply reply) {
    replies.computeIfAbsent(reply.command(), k -> new ArrayDeque<>()).add(reply);
  }

  /**
   * {@return the canned reply for a request, if one is queued}
   *
   * @param command the request's command id
   */
  public synchronized Optional<ScriptedReply> nextReply(int command) {
    Deque<ScriptedReply> q = replies.get(command);
    return q == null ? Optional.empty() : Optional.ofNullable(q.poll());
  }

  /**
   * Records a request; the oldest is dropped when the record is full.
   *
   * @param request the request received
   */
  public void record(RecordedRequest request) {
    while (!received.offer(request)) {
      if (received.poll() != null) {
        dropped.incrementAndGet();
      }
    }
  }

  /**
   * {@return the oldest recorded request not yet taken, waiting up to {@code timeout}; empty on
   * timeout}
   *
   * @param timeout how long to wait
   * @throws InterruptedException if the calling thread is interrupted while waiting
   */
  public Optional<RecordedRequest> takeRequest(Duration timeout) throws InterruptedException {
    return Optional.ofNullable(received.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
  }

  /**
   * Requests recorded and not yet taken.
   *
   * @return the number of requests waiting in the record
   */
  public int requestCount() {
    return received.size();
  }

  /**
   * Requests dropped because the record was full.
   *
   * @return the number of requests dropped so far
   */
  public long droppedRequests() {
    return dropped.get();
  }
}
