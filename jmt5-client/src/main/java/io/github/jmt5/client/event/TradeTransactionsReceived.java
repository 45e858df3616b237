package io.github.jmt5.client.event;

import io.github.jmt5.protocol.message.trade.TradeTransaction;
import java.util.List;

/**
 * A cmd 10 push: orders, deals and positions that changed on the account.
 *
 * @param transactions in the server's order
 */
public record TradeTransactionsReceived(List<TradeTransaction> transactions) implements PushEvent {
  /**
   * Checks the components and copies the lists.
   *
   * @param transactions in the server's order
   */
  public TradeTransactionsReceived {
    transactions = List.copyOf(transactions);
  }

  @Override
  public int command() {
    return 10;
  }
}
