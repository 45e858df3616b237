package io.github.jmt5.client.event;

import io.github.jmt5.protocol.message.market.Tick;
import java.util.List;

/**
 * A cmd 8 push: ticks of subscribed symbols. Each tick carries only the fields its {@code fields}
 * bit set names; when listeners fall behind, ticks of one symbol are merged into one (newer fields
 * win) and the merged ticks arrive together.
 *
 * @param ticks the ticks, in arrival order
 */
public record TicksReceived(List<Tick> ticks) implements PushEvent {
  /**
   * Checks the components and copies the lists.
   *
   * @param ticks the ticks, in arrival order
   */
  public TicksReceived {
    ticks = List.copyOf(ticks);
  }

  @Override
  public int command() {
    return 8;
  }

  @Override
  public boolean isMarketData() {
    return true;
  }
}
