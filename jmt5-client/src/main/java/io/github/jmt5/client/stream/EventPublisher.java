package io.github.jmt5.client.stream;

import io.github.jmt5.client.event.Mt5Event;
import io.github.jmt5.client.event.Subscription;
import io.github.jmt5.client.session.Session;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A session's events of one type as a {@link Flow.Publisher}. Each subscriber has a buffer of
 * {@code bufferSize} events and requests at its own pace; when a subscriber's buffer is full the
 * newest event is dropped for that subscriber and counted ({@link #dropped()}), so a slow
 * subscriber never holds up the session or the others. {@link #close()} completes every subscriber.
 *
 * @param <E> the event type
 */
public final class EventPublisher<E extends Mt5Event> implements Flow.Publisher<E>, Subscription {
  private final SubmissionPublisher<E> publisher;
  private final Subscription listener;
  private final AtomicLong dropped = new AtomicLong();

  /**
   * Publishes {@code type} events of {@code session}.
   *
   * @param executor where subscribers are called
   * @param bufferSize per-subscriber buffer, a power of two is used at least this large
   * @param session the session
   * @param type the event class or interface
   */
  public EventPublisher(Session session, Class<E> type, Executor executor, int bufferSize) {
    if (bufferSize < 1) {
      throw new IllegalArgumentException("bufferSize must be positive, was " + bufferSize);
    }
    this.publisher = new SubmissionPublisher<>(executor, bufferSize);
    this.listener =
        session.on(
            type,
            e ->
                publisher.offer(
                    e,
                    (subscriber, event) -> {
                      dropped.incrementAndGet();
                      return false; // do not retry: drop for this subscriber
                    }));
  }

  @Override
  public void subscribe(Flow.Subscriber<? super E> subscriber) {
    publisher.subscribe(subscriber);
  }

  /** {@return events dropped because a subscriber's buffer was full} */
  public long dropped() {
    return dropped.get();
  }

  /** {@return current number of subscribers} */
  public int subscribers() {
    return publisher.getNumberOfSubscribers();
  }

  /** Stops listening and completes every subscriber. Idempotent. */
  @Override
  public void close() {
    listener.close();
    publisher.close();
  }

  @Override
  public boolean isActive() {
    return listener.isActive();
  }
}
