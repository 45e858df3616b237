package io.github.jmt5.client.event;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * How events reach listeners. Defaults: one daemon thread per session ({@code jmt5-events-N}), room
 * for 10,000 queued tick and book events before ticks of one symbol are merged.
 *
 * <p>Listeners run one event at a time, in order, even on a multi-threaded executor. Connection,
 * trade and account events are never dropped; when tick and book events exceed the capacity, later
 * ticks of each symbol are merged into one (newer fields win) and book updates beyond it are
 * dropped; both are counted ({@link EventBus#coalescedTicks()}, {@link
 * EventBus#droppedBookUpdates()}).
 */
public final class EventOptions {
  private final @Nullable Executor executor;
  private final int marketDataCapacity;

  private EventOptions(@Nullable Executor executor, int marketDataCapacity) {
    this.executor = executor;
    this.marketDataCapacity = marketDataCapacity;
  }

  /** {@return events on a thread of the bus's own, with a market-data capacity of 10,000} */
  public static EventOptions defaults() {
    return new EventOptions(null, 10_000);
  }

  /**
   * Delivers on {@code executor} (owned by the caller; the session never shuts it down).
   *
   * @param executor the executor listeners run on
   * @return a copy with that executor
   */
  public EventOptions withExecutor(Executor executor) {
    return new EventOptions(Objects.requireNonNull(executor, "executor"), marketDataCapacity);
  }

  /**
   * Sets how many tick and book events may wait before ticks are merged.
   *
   * @param capacity queued tick and book events before coalescing, 1 to 10,000,000
   * @return a copy with that capacity
   * @throws IllegalArgumentException for a capacity outside 1..10,000,000
   */
  public EventOptions withMarketDataCapacity(int capacity) {
    if (capacity < 1 || capacity > 10_000_000) {
      throw new IllegalArgumentException(
          "marketDataCapacity must be in [1, 10000000], was " + capacity);
    }
    return new EventOptions(executor, capacity);
  }

  /** {@return the caller's executor, or null for the session's own thread} */
  public @Nullable Executor executor() {
    return executor;
  }

  /** {@return how many tick and book events may wait before ticks are merged} */
  public int marketDataCapacity() {
    return marketDataCapacity;
  }

  @Override
  public String toString() {
    return "EventOptions[executor="
        + (executor == null ? "own thread" : executor)
        + ", marketDataCapacity="
        + marketDataCapacity
        + "]";
  }
}
