package io.github.jmt5.client.account;

import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.trade.Position;
import java.util.List;

/** Computes what the server leaves to the client: the margin and floating profit of positions. */
public interface MarginModel {
  /**
   * {@return margin of {@code positions} in the account currency}
   *
   * @param account the account, for its currency and leverage
   * @param positions the open positions
   */
  double margin(Account account, List<Position> positions);

  /**
   * {@return floating profit of {@code positions} in the account currency}
   *
   * @param account the account, for its currency
   * @param positions the open positions
   */
  double profit(Account account, List<Position> positions);
}
