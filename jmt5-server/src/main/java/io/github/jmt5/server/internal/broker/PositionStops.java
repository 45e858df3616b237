package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.enums.TransactionType;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.message.trade.TradeResult;
import io.github.jmt5.protocol.message.trade.TradeResultPush;
import io.github.jmt5.server.market.MarketQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A position's stop loss and take profit: changed by a client (action 6), and closing the position
 * at the market once the price it would close at reaches one of them.
 */
final class PositionStops {
  private final Ledger ledger;
  private final Dealer dealer;

  PositionStops(Ledger ledger, Dealer dealer) {
    this.ledger = ledger;
    this.dealer = dealer;
  }

  /** Action 6: new stops for an open position. */
  TradeOutcome modify(AccountBook b, TradeRequest r) {
    OpenPosition p = b.positions.get(r.tradePosition());
    if (p == null) {
      return TradeOutcome.rejected(TradeRetcode.POSITION_CLOSED);
    }
    Optional<MarketQuote> q = ledger.quote(p.symbol.tradeSymbol());
    if (q.isEmpty()) {
      return TradeOutcome.rejected(TradeRetcode.PRICE_OFF);
    }
    double close = p.buy ? q.get().bid() : q.get().ask();
    double gap = TradeChecks.stopsGap(p.symbol);
    if (!TradeChecks.stopsValid(p.buy, close, r.priceSl(), r.priceTp(), gap)) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_STOPS);
    }
    if (r.priceSl() == p.sl && r.priceTp() == p.tp) {
      return TradeOutcome.rejected(TradeRetcode.NO_CHANGES);
    }
    long now = ledger.now();
    p.sl = r.priceSl();
    p.tp = r.priceTp();
    p.updatedMs = now;
    var update =
        Records.dealTransaction(
            ledger.nextTransaction(),
            TransactionType.UPDATE,
            Records.NO_DEAL,
            p.toRecord(close, 0),
            b,
            ledger.floating(b));
    TradeResult result =
        TradeResults.result(TradeRetcode.DONE, now)
            .volume(p.volume)
            .price(close)
            .bidAsk(q.get())
            .comment("Stops changed");
    return new TradeOutcome(
        0,
        List.of(
            new BrokerEvent.Transactions(List.of(update)),
            new BrokerEvent.Result(new TradeResultPush(0, r, result))));
  }

  /** Closes the account's positions whose stop loss or take profit the quotes reached. */
  List<BrokerEvent> onQuotes(AccountBook b, long now) {
    List<BrokerEvent> events = new ArrayList<>();
    for (OpenPosition p : List.copyOf(b.positions.values())) {
      Optional<Double> close = ledger.closePrice(p);
      if (close.isEmpty()) {
        continue;
      }
      double price = close.get();
      boolean slHit = p.sl > 0 && (p.buy ? price <= p.sl : price >= p.sl);
      boolean tpHit = p.tp > 0 && (p.buy ? price >= p.tp : price <= p.tp);
      if (slHit || tpHit) {
        events.addAll(dealer.close(b, p, slHit ? "[sl]" : "[tp]", now));
      }
    }
    return events;
  }
}
