package io.github.jmt5.client.account;

import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.trade.Position;
import java.util.List;

/** Computes what the server leaves to the client: the margin and floating profit of positions. */
public interface MarginModel {
  /** Margin of {@code positions} in the account currency. */
  double margin(Account account, List<Position> positions);

  /** Floating profit of {@code positions} in the account currency. */
  double profit(Account account, List<Position> positions);
}
