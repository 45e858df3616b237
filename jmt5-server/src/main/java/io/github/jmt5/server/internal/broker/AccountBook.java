package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.Order;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One account's trading state: balance, open positions and history. Guarded by the broker's lock.
 */
final class AccountBook {
  final long login;
  final String currency;
  final int leverage;
  final boolean hedging;
  double balance;
  long lastAccountPushMs;
  final Map<Long, OpenPosition> positions = new LinkedHashMap<>();
  final Map<Long, PendingOrder> orders = new LinkedHashMap<>();
  final List<Deal> deals = new ArrayList<>();
  final List<Order> historyOrders = new ArrayList<>();

  AccountBook(long login, String currency, int leverage, boolean hedging, double balance) {
    this.login = login;
    this.currency = currency;
    this.leverage = leverage;
    this.hedging = hedging;
    this.balance = balance;
  }
}
