package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.enums.OrderState;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.TransactionType;
import io.github.jmt5.server.market.MarketQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What quotes do to pending orders: expire them at the end of their lifetime, turn a stop limit
 * whose trigger was reached into a limit at its price, and fill limits and stops at the market once
 * their price is reached.
 */
final class OrderTriggers {
  private final Ledger ledger;
  private final PendingOrders orders;
  private final Dealer dealer;

  OrderTriggers(Ledger ledger, PendingOrders orders, Dealer dealer) {
    this.ledger = ledger;
    this.orders = orders;
    this.dealer = dealer;
  }

  /** The pushes the current quotes cause for the pending orders of one account. */
  List<BrokerEvent> onQuotes(AccountBook b, long now) {
    List<BrokerEvent> events = new ArrayList<>();
    for (PendingOrder o : List.copyOf(b.orders.values())) {
      Optional<MarketQuote> q = ledger.quote(o.symbol.tradeSymbol());
      if (q.isEmpty()) {
        continue;
      }
      double ask = q.get().ask();
      double bid = q.get().bid();
      if (TradeChecks.expired(o.typeTime, o.expiration, now)) {
        b.orders.remove(o.ticket);
        events.addAll(orders.finish(b, o, OrderState.EXPIRED, now));
      } else if (o.isStopLimit()) {
        if (o.type == OrderType.BUY_STOP_LIMIT ? ask >= o.trigger : bid <= o.trigger) {
          // a buy stop limit becomes a buy limit at its price, a sell stop limit a sell limit
          o.type = o.buy() ? OrderType.BUY_LIMIT : OrderType.SELL_LIMIT;
          events.add(
              orders.openOrder(
                  TransactionType.UPDATE, o.toRecord(OrderState.PLACED, o.buy() ? ask : bid, now)));
        }
      } else if (reached(o, bid, ask)) {
        b.orders.remove(o.ticket);
        events.addAll(orders.finish(b, o, OrderState.FILLED, now));
        events.addAll(
            dealer.fill(b, o.symbol, o.buy(), o.volume, o.sl, o.tp, o.comment, null, now));
      }
    }
    return events;
  }

  /** A limit fills at its price or better, a stop once the market has moved through it. */
  private static boolean reached(PendingOrder o, double bid, double ask) {
    return switch (o.type) {
      case BUY_LIMIT -> ask <= o.price;
      case SELL_LIMIT -> bid >= o.price;
      case BUY_STOP -> ask >= o.price;
      case SELL_STOP -> bid <= o.price;
      case BUY, SELL, BUY_STOP_LIMIT, SELL_STOP_LIMIT, CLOSE_BY -> false;
    };
  }
}
