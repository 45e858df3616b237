package io.github.jmt5.client.compat;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The ticks of one selected symbol recorded live, oldest first, keeping the newest {@code
 * capacity}. Thread-safe.
 */
final class TickBuffer {
  private final int capacity;
  private final ArrayDeque<Tick> ticks = new ArrayDeque<>();

  TickBuffer(int capacity) {
    this.capacity = capacity;
  }

  /** Appends {@code tick} unless it repeats the newest one; drops the oldest when full. */
  synchronized void add(Tick tick) {
    Tick newest = ticks.peekLast();
    if (newest != null
        && newest.timeMsc() == tick.timeMsc()
        && newest.bid() == tick.bid()
        && newest.ask() == tick.ask()
        && newest.last() == tick.last()) {
      return;
    }
    if (ticks.size() == capacity) {
      ticks.removeFirst();
    }
    ticks.addLast(tick);
  }

  /** At most {@code count} ticks at or after {@code from} matching {@code flags}, oldest first. */
  synchronized List<Tick> from(Instant from, int count, int flags) {
    List<Tick> out = new ArrayList<>();
    long ms = from.toEpochMilli();
    for (Tick t : ticks) {
      if (out.size() >= count) {
        break;
      }
      if (t.timeMsc() >= ms && selected(t, flags)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The ticks in {@code [from, to]} matching {@code flags}, oldest first. */
  synchronized List<Tick> range(Instant from, Instant to, int flags) {
    List<Tick> out = new ArrayList<>();
    long a = from.toEpochMilli();
    long b = to.toEpochMilli();
    for (Tick t : ticks) {
      if (t.timeMsc() >= a && t.timeMsc() <= b && selected(t, flags)) {
        out.add(t);
      }
    }
    return out;
  }

  /** The newest tick, or null when none was recorded. */
  synchronized @Nullable Tick newest() {
    return ticks.peekLast();
  }

  synchronized int size() {
    return ticks.size();
  }

  /** {@code COPY_TICKS_INFO}: bid or ask changed; {@code COPY_TICKS_TRADE}: last or volume. */
  static boolean selected(Tick t, int flags) {
    return switch (flags) {
      case Mt5Constants.COPY_TICKS_INFO ->
          (t.flags() & (Mt5Constants.TICK_FLAG_BID | Mt5Constants.TICK_FLAG_ASK)) != 0;
      case Mt5Constants.COPY_TICKS_TRADE ->
          (t.flags() & (Mt5Constants.TICK_FLAG_LAST | Mt5Constants.TICK_FLAG_VOLUME)) != 0;
      default -> true;
    };
  }
}
