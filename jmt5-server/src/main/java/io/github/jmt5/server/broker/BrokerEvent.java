package io.github.jmt5.server.broker;

import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.trade.TradeResultPush;
import io.github.jmt5.protocol.message.trade.TradeTransaction;
import java.util.List;

/** What the broker asks the sessions of an account to push, in order. */
public sealed interface BrokerEvent {
  /** A cmd 10 push. */
  record Transactions(List<TradeTransaction> records) implements BrokerEvent {
    public Transactions {
      records = List.copyOf(records);
    }
  }

  /** A cmd 14 push. */
  record AccountUpdate(Account account) implements BrokerEvent {}

  /** A cmd 19 push. */
  record Result(TradeResultPush result) implements BrokerEvent {}
}
