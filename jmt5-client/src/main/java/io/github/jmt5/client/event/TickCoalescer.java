package io.github.jmt5.client.event;

import io.github.jmt5.protocol.message.market.Tick;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges ticks per symbol while listeners are behind: one tick per symbol, holding the newest value
 * of every field any of its ticks carried. Not thread-safe; the bus guards it.
 */
final class TickCoalescer {
  private final Map<Integer, Tick> bySymbol = new LinkedHashMap<>();
  private int merged;

  /** Adds ticks; returns how many were merged into an earlier tick of their symbol. */
  int add(List<Tick> ticks) {
    int before = merged;
    for (Tick t : ticks) {
      bySymbol.merge(
          t.symbolId(),
          t,
          (older, newer) -> {
            merged++;
            return merge(older, newer);
          });
    }
    return merged - before;
  }

  boolean isEmpty() {
    return bySymbol.isEmpty();
  }

  /** The merged ticks in first-arrival order of their symbols; empties the coalescer. */
  List<Tick> drain() {
    List<Tick> out = new ArrayList<>(bySymbol.values());
    bySymbol.clear();
    return out;
  }

  static Tick merge(Tick older, Tick newer) {
    return new Tick(
        newer.symbolId(),
        newer.tickTime(),
        older.fields() | newer.fields(),
        newer.carries(Tick.FIELD_BID) ? newer.bid() : older.bid(),
        newer.carries(Tick.FIELD_ASK) ? newer.ask() : older.ask(),
        newer.carries(Tick.FIELD_LAST) ? newer.last() : older.last(),
        newer.carries(Tick.FIELD_VOLUME) ? newer.tickVolume() : older.tickVolume(),
        newer.timeMsDelta(),
        newer.flags());
  }
}
