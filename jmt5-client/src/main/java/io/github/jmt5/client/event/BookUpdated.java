package io.github.jmt5.client.event;

import io.github.jmt5.protocol.message.market.BookUpdate;
import java.util.List;

/**
 * A cmd 23 push: order book changes (deltas against the previous state of each book).
 *
 * @param updates one entry per symbol that changed
 */
public record BookUpdated(List<BookUpdate> updates) implements PushEvent {
  /**
   * Copies the list.
   *
   * @param updates one entry per symbol that changed
   */
  public BookUpdated {
    updates = List.copyOf(updates);
  }

  @Override
  public int command() {
    return 23;
  }

  @Override
  public boolean isMarketData() {
    return true;
  }
}
