package io.github.jmt5.client.market;

import io.github.jmt5.protocol.state.OrderBook;
import java.util.List;

/**
 * A copy of one symbol's order book.
 *
 * @param symbol the symbol name
 * @param bids best (highest) first
 * @param asks best (lowest) first
 */
public record BookSnapshot(String symbol, List<OrderBook.Level> bids, List<OrderBook.Level> asks) {
  /**
   * Copies the level lists.
   *
   * @param symbol the symbol name
   * @param bids best (highest) first
   * @param asks best (lowest) first
   */
  public BookSnapshot {
    bids = List.copyOf(bids);
    asks = List.copyOf(asks);
  }
}
