package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.enums.DealEntry;
import io.github.jmt5.protocol.enums.DealType;
import io.github.jmt5.protocol.enums.OrderFilling;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.TransactionKind;
import io.github.jmt5.protocol.enums.TransactionType;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.DealTransaction;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.OrderTransaction;
import io.github.jmt5.protocol.message.trade.Position;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Deals at a price: opens, adds to, reduces, reverses or closes a position with one deal and the
 * filled order behind it, and records both in the account's history. Shared by market execution,
 * triggered pending orders, stop-loss and take-profit hits and stop-out.
 */
final class Dealer {
  /**
   * What to deal.
   *
   * @param symbol the symbol
   * @param buy the deal's side
   * @param volume volume to deal, lots × 10^8
   * @param price the deal price
   * @param filling the order's filling, as requested
   * @param sl stop loss of a new position (and of the deal and order records)
   * @param tp take profit of a new position
   * @param comment comment of the order, the deal and a new position
   * @param closing the position to close or reduce, or null for the account's own choice (a new
   *     position on a hedging account, the symbol's position on a netting one)
   */
  record Instruction(
      FullSymbol symbol,
      boolean buy,
      long volume,
      double price,
      int filling,
      double sl,
      double tp,
      String comment,
      @Nullable OpenPosition closing) {}

  /** A deal, the filled order behind it and the position it changed. */
  record Execution(Order order, Deal deal, Position position) {}

  private final Ledger ledger;

  Dealer(Ledger ledger) {
    this.ledger = ledger;
  }

  /**
   * Closes or reduces {@code p} (or opens a position opposite it) at the market with an IOC order,
   * without a cmd 19 result, as a stop-loss or take-profit hit or a stop-out does.
   *
   * @return the order and deal pushes; empty without a quote to close at
   */
  List<BrokerEvent> close(AccountBook b, OpenPosition p, String comment, long now) {
    return fill(b, p.symbol, !p.buy, p.volume, 0, 0, comment, p, now);
  }

  /**
   * Fills {@code volume} at the market with an IOC order, without a cmd 19 result.
   *
   * @return the order and deal pushes; empty without a quote to fill at
   */
  List<BrokerEvent> fill(
      AccountBook b,
      FullSymbol s,
      boolean buy,
      long volume,
      double sl,
      double tp,
      String comment,
      @Nullable OpenPosition closing,
      long now) {
    Optional<Double> price = ledger.quote(s.tradeSymbol()).map(q -> buy ? q.ask() : q.bid());
    if (price.isEmpty()) {
      return List.of();
    }
    Execution x =
        deal(
            b,
            new Instruction(
                s, buy, volume, price.get(), OrderFilling.IOC.value(), sl, tp, comment, closing),
            now);
    return List.of(
        new BrokerEvent.Transactions(List.of(filledOrder(b, x))),
        new BrokerEvent.Transactions(List.of(dealAdded(b, x))));
  }

  /** Adds the execution's order to the history; {@return its HISTORY_ORDER transaction} */
  OrderTransaction filledOrder(AccountBook b, Execution x) {
    b.historyOrders.add(x.order());
    return Records.orderTransaction(
        ledger.nextTransaction(), TransactionKind.HISTORY_ORDER, TransactionType.ADD, x.order());
  }

  /** {@return the DEAL transaction of an execution, with the account's money after it} */
  DealTransaction dealAdded(AccountBook b, Execution x) {
    return Records.dealTransaction(
        ledger.nextTransaction(),
        TransactionType.ADD,
        x.deal(),
        x.position(),
        b,
        ledger.floating(b));
  }

  /** Opens, adds to, reduces or reverses a position with one deal, recorded in the history. */
  Execution deal(AccountBook b, Instruction in, long now) {
    long orderTicket = ledger.nextTicket();
    long dealTicket = ledger.nextTicket();
    FullSymbol s = in.symbol();
    long v = in.volume();
    double price = in.price();
    OpenPosition target = in.closing();
    if (target == null && !b.hedging) {
      target =
          b.positions.values().stream()
              .filter(p -> p.symbol.tradeSymbol().equals(s.tradeSymbol()))
              .findFirst()
              .orElse(null);
    }
    DealEntry entry;
    double realized = 0;
    Position positionRecord;
    long positionId;
    if (target == null) {
      OpenPosition p =
          new OpenPosition(
              orderTicket, orderTicket, s, in.buy(), v, price, in.sl(), in.tp(), now, in.comment());
      b.positions.put(p.ticket, p);
      entry = DealEntry.IN;
      positionId = p.ticket;
      positionRecord = p.toRecord(price, 0);
    } else if (target.buy == in.buy()) {
      double lots = target.volume + v;
      target.priceOpen = (target.priceOpen * target.volume + price * v) / lots;
      target.volume += v;
      target.updatedMs = now;
      entry = DealEntry.IN;
      positionId = target.ticket;
      positionRecord = target.toRecord(price, ledger.profit(b, target, target.volume, price));
    } else {
      long closed = Math.min(v, target.volume);
      realized = ledger.profit(b, target, closed, price);
      b.balance = Calculator.cents(b.balance + realized);
      target.volume -= closed;
      target.updatedMs = now;
      positionId = target.ticket;
      long rest = v - closed;
      if (target.volume == 0 && rest == 0) {
        b.positions.remove(target.ticket);
        positionRecord = target.closedRecord(price);
        entry = DealEntry.OUT;
      } else if (target.volume == 0) {
        b.positions.remove(target.ticket);
        OpenPosition reversed =
            new OpenPosition(
                target.ticket, orderTicket, s, in.buy(), rest, price, 0, 0, now, in.comment());
        b.positions.put(reversed.ticket, reversed);
        positionRecord = reversed.toRecord(price, 0);
        entry = DealEntry.INOUT;
      } else {
        positionRecord = target.toRecord(price, ledger.profit(b, target, target.volume, price));
        entry = DealEntry.OUT;
      }
    }
    Deal deal =
        Records.deal(
            new Records.DealInput(
                dealTicket,
                orderTicket,
                positionId,
                s,
                in.buy() ? DealType.BUY : DealType.SELL,
                entry,
                v,
                price,
                in.sl(),
                in.tp(),
                realized,
                in.comment(),
                now));
    Order order =
        Records.marketOrder(
            new Records.MarketOrderInput(
                orderTicket,
                s,
                in.buy() ? OrderType.BUY : OrderType.SELL,
                in.filling(),
                price,
                in.sl(),
                in.tp(),
                v,
                positionId,
                in.comment(),
                now));
    b.deals.add(deal);
    return new Execution(order, deal, positionRecord);
  }
}
