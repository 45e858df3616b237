package io.github.jmt5.client.stream;

import io.github.jmt5.client.event.Mt5Event;
import io.github.jmt5.client.event.Subscription;
import io.github.jmt5.client.session.Session;
import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A session's events of one type as a blocking iterator, for scripts:
 *
 * <pre>{@code
 * try (BlockingEvents<TicksReceived> ticks = BlockingEvents.of(session, TicksReceived.class, 1000)) {
 *   for (TicksReceived t : ticks) { ... }          // blocks until the next event
 * }
 * }</pre>
 *
 * Events wait in a queue of {@code capacity}; when it is full the oldest is dropped and counted.
 * Iteration ends when the handle is closed (from another thread, or by leaving the try block).
 *
 * @param <E> the event type
 */
public final class BlockingEvents<E extends Mt5Event> implements Iterable<E>, Subscription {
  private static final Object END = new Object();

  private final LinkedBlockingDeque<Object> queue;
  private final int capacity;
  private final Subscription listener;
  private final AtomicLong dropped = new AtomicLong();
  private final Class<E> type;
  private volatile boolean closed;

  private BlockingEvents(Session session, Class<E> type, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    this.type = type;
    this.capacity = capacity;
    this.queue = new LinkedBlockingDeque<>();
    this.listener = session.on(type, this::offer);
  }

  /**
   * Starts queueing {@code type} events of {@code session}.
   *
   * @param <E> the event type
   * @param session the session
   * @param type the event class or interface
   * @param capacity events kept before the oldest is dropped, at least 1
   * @return the queue; close it to stop queueing
   */
  public static <E extends Mt5Event> BlockingEvents<E> of(
      Session session, Class<E> type, int capacity) {
    return new BlockingEvents<>(session, type, capacity);
  }

  private synchronized void offer(E event) {
    if (closed) {
      return;
    }
    if (queue.size() >= capacity) {
      queue.pollFirst();
      dropped.incrementAndGet();
    }
    queue.addLast(event);
  }

  /**
   * {@return the next event, waiting up to {@code timeout}; empty on timeout or when closed}
   *
   * @param timeout how long to wait
   * @throws InterruptedException if the calling thread is interrupted while waiting
   */
  public Optional<E> poll(Duration timeout) throws InterruptedException {
    Object o = queue.pollFirst(timeout.toNanos(), TimeUnit.NANOSECONDS);
    if (o == null || o == END) {
      if (o == END) {
        queue.addFirst(END); // keep the end marker for other readers
      }
      return Optional.empty();
    }
    return Optional.of(type.cast(o));
  }

  /** {@return events dropped because the queue was full} */
  public long dropped() {
    return dropped.get();
  }

  @Override
  public Iterator<E> iterator() {
    return new Iterator<>() {
      private @Nullable Object next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          try {
            next = queue.takeFirst();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
          if (next == END) {
            queue.addFirst(END);
          }
        }
        return next != END;
      }

      @Override
      public E next() {
        if (!hasNext()) {
          throw new NoSuchElementException("stream closed");
        }
        Object o = java.util.Objects.requireNonNull(next);
        next = null;
        return type.cast(o);
      }
    };
  }

  /** {@return the events as a sequential {@link Stream}; it ends when the handle is closed} */
  public Stream<E> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Stops listening; iteration ends after the events already queued. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    listener.close();
    queue.addLast(END);
  }

  @Override
  public boolean isActive() {
    return !closed;
  }
}
