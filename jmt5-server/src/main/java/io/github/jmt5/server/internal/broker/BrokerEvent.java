package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.trade.TradeResultPush;
import io.github.jmt5.protocol.message.trade.TradeTransaction;
import java.util.List;

/** What the broker asks the sessions of an account to push, in order. */
public sealed interface BrokerEvent {
  /**
   * A cmd 10 push.
   *
   * @param records the ORDER and DEAL transaction records
   */
  record Transactions(List<TradeTransaction> records) implements BrokerEvent {
    /**
     * Copies {@code records} into an unmodifiable list.
     *
     * @param records the ORDER and DEAL transaction records of one cmd 10 push
     */
    public Transactions {
      records = List.copyOf(records);
    }
  }

  /**
   * A cmd 14 push.
   *
   * @param account the account body
   */
  record AccountUpdate(Account account) implements BrokerEvent {}

  /**
   * A cmd 19 push.
   *
   * @param result the echoed request and its result
   */
  record Result(TradeResultPush result) implements BrokerEvent {}
}
