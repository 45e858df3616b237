package io.github.jmt5.server.broker;

import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.DealTransaction;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.OrderTransaction;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.message.trade.TradeResult;
import io.github.jmt5.protocol.message.trade.TradeResultPush;
import io.github.jmt5.protocol.message.trade.TradeTransaction;
import io.github.jmt5.server.market.MarketQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pending orders and protective stops: placing (action 5) and deleting (action 8) orders, changing
 * a position's stop loss and take profit (action 6), and what quotes trigger: limit and stop fills,
 * stop-limit activation, expiry, stop-loss and take-profit hits. Runs under the {@link Broker}'s
 * lock.
 */
final class PendingOrders {
  static final int PLACED_RETCODE = 10008;
  static final int INVALID_PRICE = 10015;
  static final int INVALID_STOPS = 10016;
  static final int INVALID_EXPIRATION = 10022;
  static final int NO_CHANGES = 10025;

  /** Symbol order flags: limit, stop, stop limit. */
  private static final int FLAG_LIMIT = 2;

  private static final int FLAG_STOP = 4;
  private static final int FLAG_STOP_LIMIT = 8;

  private final Broker broker;

  PendingOrders(Broker broker) {
    this.broker = broker;
  }

  TradeOutcome place(AccountBook b, FullSymbol s, TradeRequest r) {
    int type = r.tradeType();
    if (type < 2 || type > 7 || (s.trade().tradeOrderFlags() & flagOf(type)) == 0) {
      return TradeOutcome.rejected(Broker.INVALID_ORDER);
    }
    boolean buy = type % 2 == 0;
    int mode = Broker.tradeModeCheck(s.trade().tradeMode(), buy, false);
    if (mode != 0) {
      return TradeOutcome.rejected(mode);
    }
    long v = r.tradeVolume();
    var t = s.trade();
    if (!Broker.volumeValid(t, v)) {
      return TradeOutcome.rejected(Broker.INVALID_VOLUME);
    }
    Optional<MarketQuote> q = broker.quote(s.tradeSymbol());
    if (q.isEmpty()) {
      return TradeOutcome.rejected(Broker.PRICE_OFF);
    }
    long now = broker.now();
    double gap = t.tradeStopsLevel() * s.point();
    double ask = q.get().ask();
    double bid = q.get().bid();
    if (!priceValid(type, r.priceOrder(), r.priceTrigger(), bid, ask, gap)) {
      return TradeOutcome.rejected(INVALID_PRICE);
    }
    if (!stopsValid(buy, r.priceOrder(), r.priceSl(), r.priceTp(), gap)) {
      return TradeOutcome.rejected(INVALID_STOPS);
    }
    if (expired(r.typeTime(), r.timeExpiration(), now)) {
      return TradeOutcome.rejected(INVALID_EXPIRATION);
    }
    PendingOrder o =
        new PendingOrder(
            broker.nextTicket(),
            s,
            type,
            v,
            v,
            r.priceOrder(),
            type >= 6 ? r.priceTrigger() : 0,
            r.priceSl(),
            r.priceTp(),
            r.typeTime(),
            r.timeExpiration(),
            now,
            r.comment());
    b.orders.put(o.ticket, o);
    Order record = o.toRecord(PendingOrder.PLACED, buy ? ask : bid, now);
    TradeResult result =
        new TradeResult(
            PLACED_RETCODE,
            0,
            o.ticket,
            v,
            r.priceOrder(),
            (int) (now / 1000),
            bid,
            ask,
            0,
            "Order placed");
    return new TradeOutcome(
        0,
        List.of(
            transactions(
                new OrderTransaction(
                    TradeTransaction.OPEN_ORDER,
                    broker.nextTransaction(),
                    TradeTransaction.ADD,
                    record)),
            new BrokerEvent.AccountUpdate(broker.accountBodyOf(b)),
            new BrokerEvent.Result(new TradeResultPush(0, r, result))));
  }

  TradeOutcome delete(AccountBook b, TradeRequest r) {
    PendingOrder o = b.orders.remove(r.tradeOrder());
    if (o == null) {
      return TradeOutcome.rejected(Broker.INVALID_REQUEST);
    }
    long now = broker.now();
    List<BrokerEvent> events = new ArrayList<>(finish(b, o, PendingOrder.CANCELED, now));
    events.add(new BrokerEvent.AccountUpdate(broker.accountBodyOf(b)));
    MarketQuote q =
        broker
            .quote(o.symbol.tradeSymbol())
            .orElse(new MarketQuote(o.symbol.tradeSymbol(), 0, 0, 0, now));
    events.add(
        new BrokerEvent.Result(
            new TradeResultPush(
                0,
                r,
                new TradeResult(
                    Broker.DONE,
                    0,
                    o.ticket,
                    o.volume,
                    o.price,
                    (int) (now / 1000),
                    q.bid(),
                    q.ask(),
                    0,
                    "Order deleted"))));
    return new TradeOutcome(0, events);
  }

  TradeOutcome modifyStops(AccountBook b, TradeRequest r) {
    OpenPosition p = b.positions.get(r.tradePosition());
    if (p == null) {
      return TradeOutcome.rejected(Broker.POSITION_CLOSED);
    }
    Optional<MarketQuote> q = broker.quote(p.symbol.tradeSymbol());
    if (q.isEmpty()) {
      return TradeOutcome.rejected(Broker.PRICE_OFF);
    }
    double close = p.buy ? q.get().bid() : q.get().ask();
    double gap = p.symbol.trade().tradeStopsLevel() * p.symbol.point();
    if (!stopsValid(p.buy, close, r.priceSl(), r.priceTp(), gap)) {
      return TradeOutcome.rejected(INVALID_STOPS);
    }
    if (r.priceSl() == p.sl && r.priceTp() == p.tp) {
      return TradeOutcome.rejected(NO_CHANGES);
    }
    long now = broker.now();
    p.sl = r.priceSl();
    p.tp = r.priceTp();
    p.updatedMs = now;
    Deal none =
        new Deal(
            0, "", 0, 0, 0, "", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "", 0, 0, 0, 0, 0, 0, 0);
    DealTransaction update =
        new DealTransaction(
            TradeTransaction.DEAL,
            broker.nextTransaction(),
            TradeTransaction.UPDATE,
            none,
            p.toRecord(close, 0),
            b.balance,
            0,
            0,
            0,
            broker.floatingOf(b),
            List.of(),
            List.of());
    TradeResult result =
        new TradeResult(
            Broker.DONE,
            0,
            0,
            p.volume,
            close,
            (int) (now / 1000),
            q.get().bid(),
            q.get().ask(),
            0,
            "Stops changed");
    return new TradeOutcome(
        0,
        List.of(transactions(update), new BrokerEvent.Result(new TradeResultPush(0, r, result))));
  }

  /** What the current quotes trigger for one account. */
  List<BrokerEvent> onQuotes(AccountBook b, long now) {
    List<BrokerEvent> events = new ArrayList<>();
    for (PendingOrder o : List.copyOf(b.orders.values())) {
      Optional<MarketQuote> q = broker.quote(o.symbol.tradeSymbol());
      if (q.isEmpty()) {
        continue;
      }
      double ask = q.get().ask();
      double bid = q.get().bid();
      if (expired(o.typeTime, o.expiration, now)) {
        b.orders.remove(o.ticket);
        events.addAll(finish(b, o, PendingOrder.EXPIRED, now));
        continue;
      }
      if (o.type >= 6) {
        boolean activated = o.type == 6 ? ask >= o.trigger : bid <= o.trigger;
        if (activated) {
          o.type -=
              4; // a buy stop limit becomes a buy limit at its price, a sell stop limit a sell
          // limit
          events.add(
              transactions(
                  new OrderTransaction(
                      TradeTransaction.OPEN_ORDER,
                      broker.nextTransaction(),
                      TradeTransaction.UPDATE,
                      o.toRecord(PendingOrder.PLACED, o.buy() ? ask : bid, now))));
        }
        continue;
      }
      boolean hit =
          switch (o.type) {
            case 2 -> ask <= o.price;
            case 3 -> bid >= o.price;
            case 4 -> ask >= o.price;
            case 5 -> bid <= o.price;
            default -> false;
          };
      if (hit) {
        b.orders.remove(o.ticket);
        events.addAll(finish(b, o, PendingOrder.FILLED, now));
        TradeRequest market =
            new TradeRequest(
                0,
                3,
                o.symbol.tradeSymbol(),
                o.volume,
                o.symbol.digits(),
                o.ticket,
                o.buy() ? 0 : 1,
                1,
                0,
                2,
                0,
                0,
                0,
                o.sl,
                o.tp,
                0,
                0,
                0,
                o.comment,
                0,
                0,
                0);
        events.addAll(broker.fill(b, o.symbol, market, o.buy(), null, now));
      }
    }
    for (OpenPosition p : List.copyOf(b.positions.values())) {
      Optional<MarketQuote> q = broker.quote(p.symbol.tradeSymbol());
      if (q.isEmpty()) {
        continue;
      }
      double close = p.buy ? q.get().bid() : q.get().ask();
      boolean slHit = p.sl > 0 && (p.buy ? close <= p.sl : close >= p.sl);
      boolean tpHit = p.tp > 0 && (p.buy ? close >= p.tp : close <= p.tp);
      if (slHit || tpHit) {
        TradeRequest closing =
            new TradeRequest(
                0,
                3,
                p.symbol.tradeSymbol(),
                p.volume,
                p.symbol.digits(),
                0,
                p.buy ? 1 : 0,
                1,
                0,
                3,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                slHit ? "[sl]" : "[tp]",
                p.ticket,
                0,
                0);
        events.addAll(broker.fill(b, p.symbol, closing, !p.buy, p, now));
      }
    }
    return events;
  }

  /** The pushes that end an order: removed from the open orders, added to the history. */
  private List<BrokerEvent> finish(AccountBook b, PendingOrder o, int state, long now) {
    double current = broker.currentPrice(o).orElse(o.price);
    Order done = o.toRecord(state, current, now);
    b.historyOrders.add(done);
    return List.of(
        transactions(
            new OrderTransaction(
                TradeTransaction.OPEN_ORDER,
                broker.nextTransaction(),
                TradeTransaction.DELETE,
                done)),
        transactions(
            new OrderTransaction(
                TradeTransaction.HISTORY_ORDER,
                broker.nextTransaction(),
                TradeTransaction.ADD,
                done)));
  }

  /** True when a SPECIFIED or SPECIFIED_DAY lifetime ended at or before {@code nowMs}. */
  static boolean expired(int typeTime, int expirationSec, long nowMs) {
    return (typeTime == 2 || typeTime == 3)
        && Integer.toUnsignedLong(expirationSec) * 1000 <= nowMs;
  }

  /** Where an order of {@code type} may be placed relative to the market and the stops level. */
  static boolean priceValid(
      int type, double price, double trigger, double bid, double ask, double gap) {
    double stop = type >= 6 ? trigger : price;
    return switch (type) {
      case 2 -> price > 0 && price <= ask - gap;
      case 3 -> price >= bid + gap;
      case 4, 6 -> stop >= ask + gap && (type == 4 || (price > 0 && price <= stop));
      case 5, 7 -> stop > 0 && stop <= bid - gap && (type == 5 || price >= stop);
      default -> false;
    };
  }

  /** Action 7: new price, trigger, stops and lifetime for an open order. */
  TradeOutcome modify(AccountBook b, TradeRequest r) {
    PendingOrder o = b.orders.get(r.tradeOrder());
    if (o == null) {
      return TradeOutcome.rejected(Broker.INVALID_REQUEST);
    }
    Optional<MarketQuote> q = broker.quote(o.symbol.tradeSymbol());
    if (q.isEmpty()) {
      return TradeOutcome.rejected(Broker.PRICE_OFF);
    }
    double gap = o.symbol.trade().tradeStopsLevel() * o.symbol.point();
    double trigger = o.type >= 6 ? r.priceTrigger() : 0;
    if (!priceValid(o.type, r.priceOrder(), trigger, q.get().bid(), q.get().ask(), gap)) {
      return TradeOutcome.rejected(INVALID_PRICE);
    }
    if (!stopsValid(o.buy(), r.priceOrder(), r.priceSl(), r.priceTp(), gap)) {
      return TradeOutcome.rejected(INVALID_STOPS);
    }
    long now = broker.now();
    if (expired(r.typeTime(), r.timeExpiration(), now)) {
      return TradeOutcome.rejected(INVALID_EXPIRATION);
    }
    if (r.priceOrder() == o.price
        && trigger == o.trigger
        && r.priceSl() == o.sl
        && r.priceTp() == o.tp
        && r.typeTime() == o.typeTime
        && r.timeExpiration() == o.expiration) {
      return TradeOutcome.rejected(NO_CHANGES);
    }
    o.price = r.priceOrder();
    o.trigger = trigger;
    o.sl = r.priceSl();
    o.tp = r.priceTp();
    o.typeTime = r.typeTime();
    o.expiration = r.timeExpiration();
    double current = o.buy() ? q.get().ask() : q.get().bid();
    TradeResult result =
        new TradeResult(
            Broker.DONE,
            0,
            o.ticket,
            o.volume,
            o.price,
            (int) (now / 1000),
            q.get().bid(),
            q.get().ask(),
            0,
            "Order modified");
    return new TradeOutcome(
        0,
        List.of(
            transactions(
                new OrderTransaction(
                    TradeTransaction.OPEN_ORDER,
                    broker.nextTransaction(),
                    TradeTransaction.UPDATE,
                    o.toRecord(PendingOrder.PLACED, current, now))),
            new BrokerEvent.AccountUpdate(broker.accountBodyOf(b)),
            new BrokerEvent.Result(new TradeResultPush(0, r, result))));
  }

  /**
   * A buy's stop loss lies below the price and its take profit above (the reverse for a sell), by
   * the gap.
   */
  static boolean stopsValid(boolean buy, double price, double sl, double tp, double gap) {
    boolean slOk = sl == 0 || (buy ? sl <= price - gap : sl >= price + gap);
    boolean tpOk = tp == 0 || (buy ? tp >= price + gap : tp <= price - gap);
    return slOk && tpOk;
  }

  private static int flagOf(int type) {
    return type <= 3 ? FLAG_LIMIT : type <= 5 ? FLAG_STOP : FLAG_STOP_LIMIT;
  }

  private static BrokerEvent transactions(TradeTransaction t) {
    return new BrokerEvent.Transactions(List.of(t));
  }
}
