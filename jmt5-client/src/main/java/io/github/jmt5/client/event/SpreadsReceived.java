package io.github.jmt5.client.event;

import io.github.jmt5.protocol.message.market.Spread;
import java.util.List;

/**
 * A cmd 20 frame: combined instruments (spreads), pushed or in reply to a request.
 *
 * @param spreads the instruments
 */
public record SpreadsReceived(List<Spread> spreads) implements PushEvent {
  /**
   * Checks the components and copies the lists.
   *
   * @param spreads the instruments
   */
  public SpreadsReceived {
    spreads = List.copyOf(spreads);
  }

  @Override
  public int command() {
    return 20;
  }
}
