package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.enums.TradeRetcode;
import java.util.List;

/**
 * The answer to a trade request: the cmd 12 reply code (0 accepted, otherwise the rejection's
 * retcode) and, when accepted, the pushes that follow.
 *
 * @param replyCode cmd 12 reply: 0 or a trade return code
 * @param events pushes to send, in order
 */
public record TradeOutcome(int replyCode, List<BrokerEvent> events) {
  /**
   * Copies {@code events} into an unmodifiable list.
   *
   * @param replyCode cmd 12 reply: 0 or a trade return code
   * @param events pushes to send, in order
   */
  public TradeOutcome {
    events = List.copyOf(events);
  }

  static TradeOutcome rejected(TradeRetcode retcode) {
    return new TradeOutcome(retcode.value(), List.of());
  }
}
