package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.enums.DealEntry;
import io.github.jmt5.protocol.enums.DealType;
import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.enums.TransactionType;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.DealTransaction;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.message.trade.TradeResult;
import io.github.jmt5.protocol.message.trade.TradeResultPush;
import io.github.jmt5.protocol.message.trade.TradeTransaction;
import io.github.jmt5.server.market.MarketQuote;
import java.util.ArrayList;
import java.util.List;

/**
 * Action 10: closes two opposite positions of one symbol against each other (hedging accounts
 * only), for the smaller volume; the result is as if the first were closed at the second's open
 * price.
 */
final class CloseBy {
  private final Ledger ledger;

  CloseBy(Ledger ledger) {
    this.ledger = ledger;
  }

  TradeOutcome submit(AccountBook b, TradeRequest r) {
    OpenPosition first = b.positions.get(r.tradePosition());
    OpenPosition by = b.positions.get(r.positionBy());
    if (first == null || by == null) {
      return TradeOutcome.rejected(TradeRetcode.POSITION_CLOSED);
    }
    if (!b.hedging
        || first.buy == by.buy
        || !first.symbol.tradeSymbol().equals(by.symbol.tradeSymbol())) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_REQUEST);
    }
    long now = ledger.now();
    long volume = Math.min(first.volume, by.volume);
    double realized = ledger.profit(b, first, volume, by.priceOpen);
    b.balance = Calculator.cents(b.balance + realized);
    long order = ledger.nextTicket();
    List<TradeTransaction> records = new ArrayList<>();
    records.add(outBy(b, first, by.priceOpen, volume, realized, order, now));
    records.add(outBy(b, by, by.priceOpen, volume, 0, order, now));
    MarketQuote q = ledger.quoteOrEmpty(first.symbol.tradeSymbol(), now);
    TradeResult result =
        TradeResults.result(TradeRetcode.DONE, now)
            .order(order)
            .volume(volume)
            .price(by.priceOpen)
            .bidAsk(q)
            .comment("Closed by");
    return new TradeOutcome(
        0,
        List.of(
            new BrokerEvent.Transactions(records),
            new BrokerEvent.AccountUpdate(ledger.accountBody(b)),
            new BrokerEvent.Result(new TradeResultPush(0, r, result))));
  }

  /** Reduces {@code p} by {@code volume} with an out-by deal at {@code price}. */
  private DealTransaction outBy(
      AccountBook b,
      OpenPosition p,
      double price,
      long volume,
      double profit,
      long order,
      long now) {
    p.volume -= volume;
    p.updatedMs = now;
    Position record = p.volume == 0 ? p.closedRecord(price) : p.toRecord(price, 0);
    if (p.volume == 0) {
      b.positions.remove(p.ticket);
    }
    Deal deal =
        Records.deal(
            new Records.DealInput(
                ledger.nextTicket(),
                order,
                p.ticket,
                p.symbol,
                p.buy ? DealType.SELL : DealType.BUY, // the side that closes it
                DealEntry.OUT_BY,
                volume,
                price,
                0,
                0,
                profit,
                "close by",
                now));
    b.deals.add(deal);
    return Records.dealTransaction(
        ledger.nextTransaction(), TransactionType.ADD, deal, record, b, ledger.floating(b));
  }
}
