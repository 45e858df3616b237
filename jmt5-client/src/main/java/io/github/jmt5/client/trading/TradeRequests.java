package io.github.jmt5.client.trading;

import io.github.jmt5.client.error.TradeException;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.protocol.enums.ExecutionMode;
import io.github.jmt5.protocol.enums.FillingFlag;
import io.github.jmt5.protocol.enums.OrderFilling;
import io.github.jmt5.protocol.enums.OrderTime;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.TradeActionType;
import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.message.account.TradeSettings;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.wire.PriceScale;
import io.github.jmt5.protocol.wire.Volume;
import java.util.Optional;

/**
 * Builds wire trade requests the way the web terminal does (PROTOCOL.md 7.4): the action from the
 * symbol's execution mode, the filling from its flags, prices rounded to its tick size, flags 2 to
 * open and 3 to close. The same local checks run first (volume, trade mode, order type, filling,
 * quote); each failure is a {@link TradeException} with the retcode the server would give.
 */
final class TradeRequests {
  private static final int FLAGS_OPEN = 2;
  private static final int FLAGS_CLOSE = 3;
  private static final int TRADE_MODE_DISABLED = 0;
  private static final int TRADE_MODE_LONG_ONLY = 1;
  private static final int TRADE_MODE_SHORT_ONLY = 2;
  private static final int TRADE_MODE_CLOSE_ONLY = 3;

  private TradeRequests() {}

  /** A market or pending order (opening, or closing {@code r.position()}). */
  static TradeRequest order(
      int actionId, OrderRequest r, FullSymbol s, Optional<SymbolQuote> quote) {
    TradeSettings t = s.trade();
    boolean closing = r.position() != 0;
    checkVolume(r, t);
    checkTradeMode(r, t, closing);
    if (!r.type().isAllowedBy(t.tradeOrderFlags())) {
      throw reject(TradeRetcode.INVALID_ORDER, r, 0, "order type not allowed for the symbol");
    }
    int digits = s.digits();
    double sl = round(r.sl(), s);
    double tp = round(r.tp(), s);
    checkStops(r, s, quote, sl, tp);
    int expiration = r.expiration() == null ? 0 : (int) r.expiration().getEpochSecond();
    ExecutionMode mode = ExecutionMode.find(t.tradeExemode()).orElse(ExecutionMode.MARKET);
    if (r.type().isPending()) {
      boolean stopLimit =
          r.type() == OrderType.BUY_STOP_LIMIT || r.type() == OrderType.SELL_STOP_LIMIT;
      OrderFilling filling =
          mode == ExecutionMode.EXCHANGE && r.filling() != null ? r.filling() : OrderFilling.RETURN;
      if (!r.time().isAllowedBy(t.tradeTimeFlags())) {
        throw reject(TradeRetcode.INVALID_EXPIRATION, r, r.price(), "lifetime not allowed");
      }
      return new TradeRequest(
          actionId,
          TradeActionType.PENDING.value(),
          r.symbol(),
          Volume.toWire(r.volume()),
          digits,
          0,
          r.type().value(),
          filling.value(),
          r.time().value(),
          FLAGS_OPEN,
          0,
          round(stopLimit ? r.stopLimit() : r.price(), s),
          stopLimit ? round(r.price(), s) : 0,
          sl,
          tp,
          r.deviation(),
          0,
          0,
          r.comment(),
          0,
          0,
          expiration);
    }
    boolean buy = r.type() == OrderType.BUY;
    TradeActionType action;
    OrderFilling filling;
    double price = 0;
    int deviation = r.deviation();
    boolean instantTooBig =
        t.tradeInstantVolume() != 0 && Volume.toWire(r.volume()) > t.tradeInstantVolume();
    switch (mode) {
      case REQUEST -> {
        action = TradeActionType.REQUEST;
        filling = OrderFilling.FOK;
        price = quotedPrice(r, quote, buy);
      }
      case INSTANT -> {
        action = instantTooBig ? TradeActionType.REQUEST : TradeActionType.INSTANT;
        filling = OrderFilling.FOK;
        price = quotedPrice(r, quote, buy);
        deviation = closing ? 1 : 0;
      }
      case EXCHANGE -> {
        action = TradeActionType.EXCHANGE;
        filling =
            closing
                ? OrderFilling.RETURN
                : r.filling() != null
                    ? r.filling()
                    : OrderFilling.forMarketExecution(t.tradeFillFlags());
      }
      default -> {
        action = TradeActionType.MARKET;
        filling =
            r.filling() != null ? r.filling() : OrderFilling.forMarketExecution(t.tradeFillFlags());
      }
    }
    if (mode != ExecutionMode.EXCHANGE && !fillingAllowed(filling, t.tradeFillFlags())) {
      throw reject(TradeRetcode.INVALID_FILL, r, price, "filling " + filling + " not allowed");
    }
    return new TradeRequest(
        actionId,
        action.value(),
        r.symbol(),
        Volume.toWire(r.volume()),
        digits,
        0,
        r.type().value(),
        filling.value(),
        OrderTime.GTC.value(),
        closing ? FLAGS_CLOSE : FLAGS_OPEN,
        0,
        round(price, s),
        0,
        closing ? 0 : sl,
        closing ? 0 : tp,
        deviation,
        0,
        0,
        r.comment(),
        r.position(),
        0,
        0);
  }

  /** Changes the SL/TP of {@code p} (action 6). */
  static TradeRequest stops(int actionId, Position p, FullSymbol s, double sl, double tp) {
    return new TradeRequest(
        actionId,
        TradeActionType.SLTP.value(),
        p.tradeSymbol(),
        p.tradeVolume(),
        s.digits(),
        0,
        p.tradeAction(),
        0,
        0,
        0,
        0,
        0,
        0,
        round(sl, s),
        round(tp, s),
        0,
        0,
        0,
        "",
        p.positionId(),
        0,
        0);
  }

  /** Moves pending order {@code o} (action 7). */
  static TradeRequest modify(
      int actionId, Order o, FullSymbol s, double price, double sl, double tp) {
    boolean stopLimit =
        o.orderType() == OrderType.BUY_STOP_LIMIT.value()
            || o.orderType() == OrderType.SELL_STOP_LIMIT.value();
    return new TradeRequest(
        actionId,
        TradeActionType.MODIFY.value(),
        o.tradeSymbol(),
        o.volumeInitial(),
        s.digits(),
        o.tradeOrder(),
        o.orderType(),
        o.typeFilling(),
        o.typeTime(),
        0,
        0,
        stopLimit ? o.priceOrder() : round(price, s),
        stopLimit ? round(price, s) : 0,
        round(sl, s),
        round(tp, s),
        0,
        0,
        0,
        o.comment(),
        0,
        0,
        o.timeExpiration());
  }

  /** Deletes pending order {@code o} (action 8). */
  static TradeRequest remove(int actionId, Order o, FullSymbol s) {
    return new TradeRequest(
        actionId,
        TradeActionType.REMOVE.value(),
        o.tradeSymbol(),
        o.volumeInitial(),
        s.digits(),
        o.tradeOrder(),
        o.orderType(),
        o.typeFilling(),
        o.typeTime(),
        0,
        0,
        o.priceOrder(),
        o.priceTrigger(),
        o.priceSl(),
        o.priceTp(),
        0,
        0,
        0,
        o.comment(),
        0,
        0,
        o.timeExpiration());
  }

  /** Closes {@code p} by the opposite position {@code by} (action 10). */
  static TradeRequest closeBy(int actionId, Position p, Position by, FullSymbol s) {
    return new TradeRequest(
        actionId,
        TradeActionType.CLOSE_BY.value(),
        p.tradeSymbol(),
        Math.min(p.tradeVolume(), by.tradeVolume()),
        s.digits(),
        0,
        p.tradeAction() == 0 ? OrderType.SELL.value() : OrderType.BUY.value(),
        OrderFilling.FOK.value(),
        0,
        FLAGS_CLOSE,
        0,
        p.priceClose(),
        0,
        0,
        0,
        0,
        0,
        0,
        "",
        p.positionId(),
        by.positionId(),
        0);
  }

  private static double quotedPrice(OrderRequest r, Optional<SymbolQuote> quote, boolean buy) {
    double p = quote.map(q -> q.priceFor(buy)).orElse(0.0);
    if (!(p > 0)) {
      throw reject(
          TradeRetcode.PRICE_OFF, r, 0, "no quote for " + r.symbol() + "; subscribe to its ticks");
    }
    return p;
  }

  /**
   * Stops on the right side of the price and at least the stops level away: a buy's against the bid
   * (market) or its order price, a sell's against the ask or its order price. Skipped for a market
   * order without a quote; the server checks again.
   */
  private static void checkStops(
      OrderRequest r, FullSymbol s, Optional<SymbolQuote> quote, double sl, double tp) {
    if ((sl == 0 && tp == 0) || r.position() != 0) {
      return;
    }
    boolean buy = r.type().isBuy();
    double ref;
    if (r.type().isPending()) {
      ref = r.price();
    } else if (quote.isPresent() && quote.get().priceFor(!buy) > 0) {
      ref = quote.get().priceFor(!buy); // a buy is valued at the bid, a sell at the ask
    } else {
      return;
    }
    double gap = s.trade().tradeStopsLevel() * s.point();
    boolean badSl = sl != 0 && (buy ? sl > ref - gap : sl < ref + gap);
    boolean badTp = tp != 0 && (buy ? tp < ref + gap : tp > ref - gap);
    if (badSl || badTp) {
      throw reject(
          TradeRetcode.INVALID_STOPS,
          r,
          r.price(),
          (badSl ? "stop loss " + sl : "take profit " + tp)
              + " is on the wrong side of "
              + ref
              + " or closer than the stops level of "
              + s.trade().tradeStopsLevel()
              + " points");
    }
  }

  private static void checkVolume(OrderRequest r, TradeSettings t) {
    long v = Volume.toWire(r.volume());
    boolean offStep = t.volumeStep() > 0 && (v - t.volumeMin()) % t.volumeStep() != 0;
    if (v < t.volumeMin() || (t.volumeMax() > 0 && v > t.volumeMax()) || offStep) {
      throw reject(
          TradeRetcode.INVALID_VOLUME,
          r,
          r.price(),
          "volume must be in ["
              + Volume.toLots(t.volumeMin())
              + ", "
              + Volume.toLots(t.volumeMax())
              + "] in steps of "
              + Volume.toLots(t.volumeStep()));
    }
  }

  private static void checkTradeMode(OrderRequest r, TradeSettings t, boolean closing) {
    boolean buy = r.type().isBuy();
    switch (t.tradeMode()) {
      case TRADE_MODE_DISABLED -> throw reject(TradeRetcode.TRADE_DISABLED, r, r.price(), "");
      case TRADE_MODE_LONG_ONLY -> {
        if (!buy && !closing) {
          throw reject(TradeRetcode.LONG_ONLY, r, r.price(), "");
        }
      }
      case TRADE_MODE_SHORT_ONLY -> {
        if (buy && !closing) {
          throw reject(TradeRetcode.SHORT_ONLY, r, r.price(), "");
        }
      }
      case TRADE_MODE_CLOSE_ONLY -> {
        if (!closing) {
          throw reject(TradeRetcode.CLOSE_ONLY, r, r.price(), "");
        }
      }
      default -> {}
    }
  }

  private static boolean fillingAllowed(OrderFilling f, int flags) {
    return switch (f) {
      case FOK -> flags == 0 || FillingFlag.has(flags, FillingFlag.FOK);
      case IOC -> FillingFlag.has(flags, FillingFlag.IOC);
      case RETURN -> true;
    };
  }

  /** Rounds a price to the symbol's tick size and digits; 0 stays 0. */
  static double round(double price, FullSymbol s) {
    if (price == 0) {
      return 0;
    }
    double tick = s.tickSize() > 0 ? s.tickSize() : s.point();
    double p = tick > 0 ? Math.round(price / tick) * tick : price;
    return PriceScale.normalize(p, s.digits());
  }

  private static TradeException reject(
      TradeRetcode code, OrderRequest r, double price, String why) {
    return new TradeException(code.value(), r.symbol(), 0, r.volume(), price, why);
  }
}
