package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.enums.OrderState;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.enums.TransactionKind;
import io.github.jmt5.protocol.enums.TransactionType;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.message.trade.TradeResult;
import io.github.jmt5.protocol.message.trade.TradeResultPush;
import io.github.jmt5.server.market.MarketQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pending orders a client places (actions 5 and 201), modifies (action 7) and deletes (action 8).
 * What quotes do to them is {@link OrderTriggers}' job.
 */
final class PendingOrders {
  private final Ledger ledger;

  PendingOrders(Ledger ledger) {
    this.ledger = ledger;
  }

  TradeOutcome place(AccountBook b, FullSymbol s, TradeRequest r) {
    Optional<OrderType> found =
        OrderType.find(r.tradeType())
            .filter(OrderType::isPending)
            .filter(t -> t.isAllowedBy(s.trade().tradeOrderFlags()));
    if (found.isEmpty()) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_ORDER);
    }
    OrderType type = found.get();
    boolean buy = type.isBuy();
    Optional<TradeRetcode> mode = TradeChecks.tradeMode(s.trade().tradeMode(), buy, false);
    if (mode.isPresent()) {
      return TradeOutcome.rejected(mode.get());
    }
    long v = r.tradeVolume();
    if (!TradeChecks.volumeValid(s.trade(), v)) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_VOLUME);
    }
    Optional<MarketQuote> q = ledger.quote(s.tradeSymbol());
    if (q.isEmpty()) {
      return TradeOutcome.rejected(TradeRetcode.PRICE_OFF);
    }
    long now = ledger.now();
    double gap = TradeChecks.stopsGap(s);
    double ask = q.get().ask();
    double bid = q.get().bid();
    if (!TradeChecks.priceValid(type, r.priceOrder(), r.priceTrigger(), bid, ask, gap)) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_PRICE);
    }
    if (!TradeChecks.stopsValid(buy, r.priceOrder(), r.priceSl(), r.priceTp(), gap)) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_STOPS);
    }
    if (TradeChecks.expired(r.typeTime(), r.timeExpiration(), now)) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_EXPIRATION);
    }
    boolean stopLimit = type == OrderType.BUY_STOP_LIMIT || type == OrderType.SELL_STOP_LIMIT;
    PendingOrder o =
        new PendingOrder(
            ledger.nextTicket(),
            s,
            type,
            v,
            v,
            r.priceOrder(),
            stopLimit ? r.priceTrigger() : 0,
            r.priceSl(),
            r.priceTp(),
            r.typeTime(),
            r.timeExpiration(),
            now,
            r.comment());
    b.orders.put(o.ticket, o);
    Order record = o.toRecord(OrderState.PLACED, buy ? ask : bid, now);
    TradeResult result =
        TradeResults.result(TradeRetcode.PLACED, now)
            .order(o.ticket)
            .volume(v)
            .price(r.priceOrder())
            .bidAsk(q.get())
            .comment("Order placed");
    return new TradeOutcome(
        0,
        List.of(
            openOrder(TransactionType.ADD, record),
            new BrokerEvent.AccountUpdate(ledger.accountBody(b)),
            new BrokerEvent.Result(new TradeResultPush(0, r, result))));
  }

  TradeOutcome delete(AccountBook b, TradeRequest r) {
    PendingOrder o = b.orders.remove(r.tradeOrder());
    if (o == null) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_REQUEST);
    }
    long now = ledger.now();
    List<BrokerEvent> events = new ArrayList<>(finish(b, o, OrderState.CANCELED, now));
    events.add(new BrokerEvent.AccountUpdate(ledger.accountBody(b)));
    MarketQuote q = ledger.quoteOrEmpty(o.symbol.tradeSymbol(), now);
    TradeResult result =
        TradeResults.result(TradeRetcode.DONE, now)
            .order(o.ticket)
            .volume(o.volume)
            .price(o.price)
            .bidAsk(q)
            .comment("Order deleted");
    events.add(new BrokerEvent.Result(new TradeResultPush(0, r, result)));
    return new TradeOutcome(0, events);
  }

  /** Action 7: new price, trigger, stops and lifetime for an open order. */
  TradeOutcome modify(AccountBook b, TradeRequest r) {
    PendingOrder o = b.orders.get(r.tradeOrder());
    if (o == null) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_REQUEST);
    }
    Optional<MarketQuote> q = ledger.quote(o.symbol.tradeSymbol());
    if (q.isEmpty()) {
      return TradeOutcome.rejected(TradeRetcode.PRICE_OFF);
    }
    double gap = TradeChecks.stopsGap(o.symbol);
    double trigger = o.isStopLimit() ? r.priceTrigger() : 0;
    if (!TradeChecks.priceValid(
        o.type, r.priceOrder(), trigger, q.get().bid(), q.get().ask(), gap)) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_PRICE);
    }
    if (!TradeChecks.stopsValid(o.buy(), r.priceOrder(), r.priceSl(), r.priceTp(), gap)) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_STOPS);
    }
    long now = ledger.now();
    if (TradeChecks.expired(r.typeTime(), r.timeExpiration(), now)) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_EXPIRATION);
    }
    if (r.priceOrder() == o.price
        && trigger == o.trigger
        && r.priceSl() == o.sl
        && r.priceTp() == o.tp
        && r.typeTime() == o.typeTime
        && r.timeExpiration() == o.expiration) {
      return TradeOutcome.rejected(TradeRetcode.NO_CHANGES);
    }
    o.price = r.priceOrder();
    o.trigger = trigger;
    o.sl = r.priceSl();
    o.tp = r.priceTp();
    o.typeTime = r.typeTime();
    o.expiration = r.timeExpiration();
    double current = o.buy() ? q.get().ask() : q.get().bid();
    TradeResult result =
        TradeResults.result(TradeRetcode.DONE, now)
            .order(o.ticket)
            .volume(o.volume)
            .price(o.price)
            .bidAsk(q.get())
            .comment("Order modified");
    return new TradeOutcome(
        0,
        List.of(
            openOrder(TransactionType.UPDATE, o.toRecord(OrderState.PLACED, current, now)),
            new BrokerEvent.AccountUpdate(ledger.accountBody(b)),
            new BrokerEvent.Result(new TradeResultPush(0, r, result))));
  }

  /**
   * The pushes that end an order in {@code state}: removed from the open orders, added to the
   * history. The caller has taken it out of the book.
   */
  List<BrokerEvent> finish(AccountBook b, PendingOrder o, OrderState state, long now) {
    double current = ledger.currentPrice(o).orElse(o.price);
    Order done = o.toRecord(state, current, now);
    b.historyOrders.add(done);
    return List.of(
        openOrder(TransactionType.DELETE, done),
        new BrokerEvent.Transactions(
            List.of(
                Records.orderTransaction(
                    ledger.nextTransaction(),
                    TransactionKind.HISTORY_ORDER,
                    TransactionType.ADD,
                    done))));
  }

  /** A cmd 10 push of one OPEN_ORDER transaction. */
  BrokerEvent openOrder(TransactionType type, Order order) {
    return new BrokerEvent.Transactions(
        List.of(
            Records.orderTransaction(
                ledger.nextTransaction(), TransactionKind.OPEN_ORDER, type, order)));
  }
}
