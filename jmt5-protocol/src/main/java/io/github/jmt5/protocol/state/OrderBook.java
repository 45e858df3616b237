package io.github.jmt5.protocol.state;

import io.github.jmt5.protocol.message.market.BookLevel;
import io.github.jmt5.protocol.wire.PriceScale;
import io.github.jmt5.protocol.wire.Volume;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One symbol's order book, kept from cmd 23 deltas. Prices are keyed by their exact wire integers;
 * each side is reported best first (both sorted by price descending, as the web terminal shows
 * them).
 *
 * <p>Each side holds at most {@code maxLevels} prices: a level that would exceed the cap is ignored
 * and counted in {@link #droppedLevels()}, so a hostile server cannot grow memory without bound.
 * Not thread-safe.
 */
public final class OrderBook {
  /**
   * One price level.
   *
   * @param price price
   * @param lots volume in lots
   */
  public record Level(double price, double lots) {}

  private final int digits;
  private final int maxLevels;
  private final TreeMap<Long, Long> buy = new TreeMap<>(Collections.reverseOrder());
  private final TreeMap<Long, Long> sell = new TreeMap<>(Collections.reverseOrder());
  private long dropped;

  /**
   * An empty book.
   *
   * @param digits the symbol's price digits, used to turn wire prices into prices
   * @param maxLevels levels kept per side, at least 1
   * @throws IllegalArgumentException if {@code maxLevels} is below 1
   */
  public OrderBook(int digits, int maxLevels) {
    if (maxLevels < 1) {
      throw new IllegalArgumentException("maxLevels must be positive, was " + maxLevels);
    }
    this.digits = digits;
    this.maxLevels = maxLevels;
  }

  /** Empties both sides. */
  public void clear() {
    buy.clear();
    sell.clear();
  }

  /**
   * Applies one level change: type 1/3 sell, 2/4 buy, 0 clear; volume 0 removes; otherwise adds.
   *
   * @param level one level of a cmd 23 entry
   */
  public void apply(BookLevel level) {
    TreeMap<Long, Long> side;
    switch (level.bookType()) {
      case 0 -> {
        clear();
        return;
      }
      case 1, 3 -> side = sell;
      case 2, 4 -> side = buy;
      default -> {
        return; // unknown side: nothing the web terminal would show
      }
    }
    long price = level.price();
    if (level.volume() == 0) {
      side.remove(price);
      return;
    }
    Long old = side.get(price);
    long sum = (old == null ? 0 : old) + level.volume();
    if (sum <= 0) {
      side.remove(price);
    } else if (old != null || side.size() < maxLevels) {
      side.put(price, sum);
    } else {
      dropped++;
    }
  }

  /**
   * Buy side, best (highest) price first.
   *
   * @return the levels, an unmodifiable snapshot
   */
  public List<Level> bids() {
    return levels(buy);
  }

  /**
   * Sell side, highest price first (the best ask is last).
   *
   * @return the levels, an unmodifiable snapshot
   */
  public List<Level> asks() {
    return levels(sell);
  }

  /** {@return the highest buy level, or empty when the buy side is empty} */
  public Optional<Level> bestBid() {
    return buy.isEmpty()
        ? Optional.empty()
        : Optional.of(level(buy.firstEntry().getKey(), buy.firstEntry().getValue()));
  }

  /** {@return the lowest sell level, or empty when the sell side is empty} */
  public Optional<Level> bestAsk() {
    return sell.isEmpty()
        ? Optional.empty()
        : Optional.of(level(sell.lastEntry().getKey(), sell.lastEntry().getValue()));
  }

  /** {@return levels ignored because a side was full} */
  public long droppedLevels() {
    return dropped;
  }

  private List<Level> levels(Map<Long, Long> side) {
    List<Level> out = new ArrayList<>(side.size());
    side.forEach((p, v) -> out.add(level(p, v)));
    return out;
  }

  private Level level(long price, long volume) {
    return new Level(PriceScale.unscale((double) price, digits), Volume.toLots(volume));
  }
}
