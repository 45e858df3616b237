package io.github.jmt5.server;

import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.trade.PositionsAndOrders;
import io.github.jmt5.protocol.message.trade.TradeHistory;

/**
 * What a test or tool can see of the emulator's broker: each account's money, open positions and
 * orders and history, as the server would report them. Trading goes through a client, as with a
 * real server.
 */
public interface EmulatorBroker {
  /**
   * {@return the cmd 3 / cmd 14 body with the current balance and floating profit}
   *
   * @param login an account login
   */
  Account accountBody(long login);

  /**
   * {@return balance plus floating profit plus collateral assets}
   *
   * @param login an account login
   */
  double equity(long login);

  /**
   * {@return margin the account's positions hold, hedged volume at the hedged margin}
   *
   * @param login an account login
   */
  double margin(long login);

  /**
   * {@return the open positions and pending orders of an account (cmd 4 body)}
   *
   * @param login an account login
   */
  PositionsAndOrders positionsAndOrders(long login);

  /**
   * {@return deals and orders done in {@code [fromSec, toSec]}; {@code toSec = 0} means now}
   *
   * @param login an account login
   * @param fromSec start of the range, Unix seconds
   * @param toSec end of the range, Unix seconds, or 0 for now
   */
  TradeHistory history(long login, int fromSec, int toSec);
}
