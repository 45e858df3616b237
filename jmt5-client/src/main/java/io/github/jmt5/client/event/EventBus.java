package io.github.jmt5.client.event;

import io.github.jmt5.client.instrument.Instrumentation;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to listeners off the socket's thread, one event at a time and in order. A
 * listener that throws is logged and counted; the others still get the event. Overflow policy: see
 * {@link EventOptions}.
 *
 * <p>Thread-safe: {@link #publish} may be called from any thread, listeners may be added and
 * removed from any thread (also from inside a listener).
 */
public final class EventBus implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EventBus.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Executor executor;
  private final @Nullable ExecutorService ownedExecutor;
  private final int capacity;
  private final Instrumentation instrumentation;
  private final CopyOnWriteArrayList<Registration<?>> listeners = new CopyOnWriteArrayList<>();

  private final Object lock = new Object();
  private final ArrayDeque<Mt5Event> queue = new ArrayDeque<>();
  private final TickCoalescer coalescer = new TickCoalescer();
  private int queuedMarketData;
  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicLong coalescedTicks = new AtomicLong();
  private final AtomicLong droppedBookUpdates = new AtomicLong();
  private final AtomicLong listenerFailures = new AtomicLong();
  private volatile boolean closed;

  /**
   * A bus delivering on the executor of {@code options} (or a thread of its own).
   *
   * @param options executor and market-data capacity
   * @param instrumentation told about listener failures and merged or dropped market data
   */
  public EventBus(EventOptions options, Instrumentation instrumentation) {
    this.capacity = options.marketDataCapacity();
    this.instrumentation = instrumentation;
    Executor given = options.executor();
    if (given == null) {
      this.ownedExecutor =
          Executors.newSingleThreadExecutor(
              r -> {
                Thread t = new Thread(r, "jmt5-events-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      this.executor = ownedExecutor;
    } else {
      this.ownedExecutor = null;
      this.executor = given;
    }
  }

  /**
   * Calls {@code listener} for every event of {@code type} (a record such as {@link TicksReceived},
   * or an interface such as {@link ConnectionEvent} or {@link Mt5Event}).
   *
   * @param <E> the event type
   * @param type the event class or interface
   * @param listener called for every matching event, one event at a time
   * @return a subscription that removes the listener when closed
   */
  public <E extends Mt5Event> Subscription on(Class<E> type, Consumer<? super E> listener) {
    Registration<E> r =
        new Registration<>(
            Objects.requireNonNull(type, "type"), Objects.requireNonNull(listener, "listener"));
    listeners.add(r);
    return r;
  }

  /**
   * Queues an event for delivery; never blocks. Ignored after {@link #close()}.
   *
   * @param event the event
   */
  public void publish(Mt5Event event) {
    if (closed) {
      return;
    }
    synchronized (lock) {
      if (event instanceof TicksReceived ticks
          && (queuedMarketData >= capacity || !coalescer.isEmpty())) {
        int merged = coalescer.add(ticks.ticks());
        if (merged > 0) {
          coalescedTicks.addAndGet(merged);
          instrumentation.ticksCoalesced(merged);
        }
      } else if (event instanceof BookUpdated book && queuedMarketData >= capacity) {
        droppedBookUpdates.addAndGet(book.updates().size());
        instrumentation.bookUpdatesDropped(book.updates().size());
        return;
      } else {
        queue.add(event);
        if (isMarketData(event)) {
          queuedMarketData++;
        }
      }
    }
    schedule();
  }

  private static boolean isMarketData(Mt5Event e) {
    return e instanceof PushEvent p && p.isMarketData();
  }

  private void schedule() {
    if (draining.compareAndSet(false, true)) {
      try {
        executor.execute(this::drain);
      } catch (RejectedExecutionException e) {
        draining.set(false);
        LOG.warn("event executor rejected delivery; events stay queued", e);
      }
    }
  }

  private void drain() {
    try {
      Mt5Event next;
      while ((next = poll()) != null) {
        deliver(next);
      }
    } finally {
      draining.set(false);
    }
    if (hasPending()) {
      schedule(); // something arrived between the last poll and the flag reset
    }
  }

  private @Nullable Mt5Event poll() {
    synchronized (lock) {
      Mt5Event e = queue.poll();
      if (e != null) {
        if (isMarketData(e)) {
          queuedMarketData--;
        }
        return e;
      }
      if (!coalescer.isEmpty()) {
        return new TicksReceived(coalescer.drain());
      }
      return null;
    }
  }

  private boolean hasPending() {
    synchronized (lock) {
      return !queue.isEmpty() || !coalescer.isEmpty();
    }
  }

  private void deliver(Mt5Event event) {
    for (Registration<?> r : listeners) {
      r.offer(event);
    }
  }

  /** {@return ticks merged into later ticks of their symbol since the bus started} */
  public long coalescedTicks() {
    return coalescedTicks.get();
  }

  /** {@return book updates dropped since the bus started} */
  public long droppedBookUpdates() {
    return droppedBookUpdates.get();
  }

  /**
   * Exceptions thrown by listeners since the bus started.
   *
   * @return the count
   */
  public long listenerFailures() {
    return listenerFailures.get();
  }

  /** {@return tick and book events waiting for delivery (at most the capacity)} */
  public int marketDataBacklog() {
    synchronized (lock) {
      return queuedMarketData;
    }
  }

  /** {@return events waiting for delivery} */
  public int backlog() {
    synchronized (lock) {
      return queue.size();
    }
  }

  /**
   * Delivers what is queued (waiting up to {@code timeout}), then stops. The bus's own thread is
   * shut down; a caller's executor is left alone. Listeners are removed.
   *
   * @param timeout how long to wait for queued events
   * @param unit unit of {@code timeout}
   */
  public void close(long timeout, TimeUnit unit) {
    if (closed) {
      return;
    }
    closed = true;
    if (ownedExecutor != null) {
      ownedExecutor.shutdown();
      try {
        if (!ownedExecutor.awaitTermination(timeout, unit)) {
          ownedExecutor.shutdownNow();
        }
      } catch (InterruptedException e) {
        ownedExecutor.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
    for (Registration<?> r : listeners) {
      r.active = false;
    }
    listeners.clear();
  }

  @Override
  public void close() {
    close(5, TimeUnit.SECONDS);
  }

  /**
   * Listeners that see events of {@code type}, for diagnostics.
   *
   * @param type an event class or interface
   * @return the number of listeners
   */
  public int listenerCount(Class<? extends Mt5Event> type) {
    int n = 0;
    for (Registration<?> r : listeners) {
      if (r.type.isAssignableFrom(type)) {
        n++;
      }
    }
    return n;
  }

  /** One listener; also its {@link Subscription} handle. */
  private final class Registration<E extends Mt5Event> implements Subscription {
    private final Class<E> type;
    private final Consumer<? super E> listener;
    private volatile boolean active = true;

    Registration(Class<E> type, Consumer<? super E> listener) {
      this.type = type;
      this.listener = listener;
    }

    void offer(Mt5Event event) {
      if (!active || !type.isInstance(event)) {
        return;
      }
      try {
        listener.accept(type.cast(event));
      } catch (RuntimeException | LinkageError | AssertionError e) {
        // a listener's failure must not stop delivery to the others
        listenerFailures.incrementAndGet();
        LOG.atWarn()
            .addKeyValue("event", event.getClass().getSimpleName())
            .setCause(e)
            .log("listener failed; other listeners still receive the event");
        instrumentation.listenerFailed(event, e);
      }
    }

    @Override
    public void close() {
      active = false;
      listeners.remove(this);
    }

    @Override
    public boolean isActive() {
      return active;
    }
  }
}
