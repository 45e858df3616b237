package io.github.jmt5.client.event;

import io.github.jmt5.protocol.message.trade.TradeResultPush;

/**
 * A cmd 19 push: the final result of a trade request, with the request echoed.
 *
 * @param result the push
 */
public record TradeResultReceived(TradeResultPush result) implements PushEvent {
  @Override
  public int command() {
    return 19;
  }
}
