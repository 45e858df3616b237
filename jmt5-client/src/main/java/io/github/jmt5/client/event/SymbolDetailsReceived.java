package io.github.jmt5.client.event;

import io.github.jmt5.protocol.message.market.SymbolDetails;
import java.util.List;

/**
 * A cmd 17 push: session statistics of subscribed symbols (day high/low, volumes, …).
 *
 * @param details one entry per symbol
 */
public record SymbolDetailsReceived(List<SymbolDetails> details) implements PushEvent {
  /**
   * Checks the components and copies the lists.
   *
   * @param details one entry per symbol
   */
  public SymbolDetailsReceived {
    details = List.copyOf(details);
  }

  @Override
  public int command() {
    return 17;
  }
}
