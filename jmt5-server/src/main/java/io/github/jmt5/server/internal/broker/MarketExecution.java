package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.enums.OrderFilling;
import io.github.jmt5.protocol.enums.OrderState;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.TradeActionType;
import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.enums.TransactionKind;
import io.github.jmt5.protocol.enums.TransactionType;
import io.github.jmt5.protocol.message.account.TradeSettings;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.trade.OrderTransaction;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.message.trade.TradeResult;
import io.github.jmt5.protocol.message.trade.TradeResultPush;
import io.github.jmt5.protocol.wire.Volume;
import io.github.jmt5.server.market.MarketQuote;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Market orders (actions 0..4: request, instant, market and exchange execution): the checks a trade
 * server makes (side, position, trade mode, volume, filling, session, quote, price deviation,
 * stops, margin), requotes, and exchange-execution fills against the book's liquidity with FOK, IOC
 * and RETURN filling.
 */
final class MarketExecution {
  private final Ledger ledger;
  private final Dealer dealer;
  private volatile Liquidity liquidity = Liquidity.UNLIMITED;

  MarketExecution(Ledger ledger, Dealer dealer) {
    this.ledger = ledger;
    this.dealer = dealer;
  }

  void liquidity(Liquidity source) {
    this.liquidity = Objects.requireNonNull(source, "source");
  }

  /** Checks and executes a market order of {@code action}. */
  TradeOutcome submit(AccountBook b, FullSymbol s, TradeAction action, TradeRequest r) {
    TradeSettings t = s.trade();
    Optional<OrderType> side = OrderType.find(r.tradeType()).filter(OrderType::isMarket);
    if (side.isEmpty()) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_ORDER);
    }
    boolean buy = side.get() == OrderType.BUY;
    OpenPosition closing = null;
    if (r.tradePosition() != 0) {
      closing = b.positions.get(r.tradePosition());
      if (closing == null) {
        return TradeOutcome.rejected(TradeRetcode.POSITION_CLOSED);
      }
      if (closing.buy == buy
          || r.tradeVolume() > closing.volume
          || !closing.symbol.tradeSymbol().equals(s.tradeSymbol())) {
        return TradeOutcome.rejected(TradeRetcode.INVALID_REQUEST);
      }
    }
    boolean reducing = closing != null || reducesNetting(b, s, buy);
    Optional<TradeRetcode> mode = TradeChecks.tradeMode(t.tradeMode(), buy, reducing);
    if (mode.isPresent()) {
      return TradeOutcome.rejected(mode.get());
    }
    long v = r.tradeVolume();
    if (!TradeChecks.volumeValid(t, v)) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_VOLUME);
    }
    if (action.checksFilling()
        && !TradeChecks.fillingAllowed(r.typeFilling(), t.tradeFillFlags(), action.type())) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_FILL);
    }
    long now = ledger.now();
    if (!TradeChecks.inTradeSession(s, now)) {
      return TradeOutcome.rejected(TradeRetcode.MARKET_CLOSED);
    }
    Optional<MarketQuote> q = ledger.quote(s.tradeSymbol());
    if (q.isEmpty()) {
      return TradeOutcome.rejected(TradeRetcode.PRICE_OFF);
    }
    MarketQuote quote = q.get();
    double price = buy ? quote.ask() : quote.bid();
    if (action.checksDeviation()
        && r.priceOrder() != 0
        && Math.abs(price - r.priceOrder()) > r.priceDeviation() * s.point() + s.point() / 2) {
      TradeResult requote =
          TradeResults.result(TradeRetcode.REQUOTE, now).bidAsk(quote).comment("Requote");
      return new TradeOutcome(
          0, List.of(new BrokerEvent.Result(new TradeResultPush(0, r, requote))));
    }
    // a new position's stops are valued at the price it would close at: a buy's at the bid
    double closeAt = buy ? quote.bid() : quote.ask();
    if (closing == null
        && !TradeChecks.stopsValid(
            buy, closeAt, r.priceSl(), r.priceTp(), TradeChecks.stopsGap(s))) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_STOPS);
    }
    if (closing == null && !reducesNetting(b, s, buy) && !marginCovers(b, s, buy, v, price)) {
      return TradeOutcome.rejected(TradeRetcode.NO_MONEY);
    }
    long fill = v;
    if (action.type() == TradeActionType.EXCHANGE) {
      boolean returning = r.typeFilling() == OrderFilling.RETURN.value() && closing == null;
      long available = liquidity.available(s.tradeSymbol(), buy);
      if (available < v && r.typeFilling() == OrderFilling.FOK.value()) {
        return TradeOutcome.rejected(TradeRetcode.REJECT); // not all of it is there
      }
      fill = Math.min(v, available - available % t.volumeStep());
      if (fill <= 0 && returning) {
        return returnUnfilled(b, s, r, buy, price, quote, now);
      }
      if (fill <= 0) {
        return TradeOutcome.rejected(TradeRetcode.REJECT);
      }
      if (fill < v && returning) {
        return executeReturning(b, s, r, buy, fill, price, quote, now);
      }
    }
    Dealer.Execution x = dealer.deal(b, instruction(s, r, buy, fill, price, closing), now);
    OrderTransaction done = dealer.filledOrder(b, x);
    boolean partial = fill < r.tradeVolume();
    return executed(b, r, x, done, quote, partial ? TradeRetcode.DONE_PARTIAL : TradeRetcode.DONE);
  }

  /** On a hedging account an opposite order can even free margin. */
  private boolean marginCovers(AccountBook b, FullSymbol s, boolean buy, long v, double price) {
    boolean priced =
        ledger
            .calculator()
            .margin(s, buy, Volume.toLots(v), price, b.leverage, b.currency)
            .isPresent();
    double need =
        priced
            ? ledger.usedMargin(b, new UsedMargin.Exposure(s, buy, v, price)) - ledger.usedMargin(b)
            : Double.MAX_VALUE;
    return need <= ledger.freeMargin(b);
  }

  private static Dealer.Instruction instruction(
      FullSymbol s,
      TradeRequest r,
      boolean buy,
      long volume,
      double price,
      @Nullable OpenPosition closing) {
    return new Dealer.Instruction(
        s, buy, volume, price, r.typeFilling(), r.priceSl(), r.priceTp(), r.comment(), closing);
  }

  /**
   * RETURN filling on exchange execution: the part the book covers is dealt, the rest stays open as
   * a limit order at the deal price under the same ticket, so the deal names an open order.
   */
  private TradeOutcome executeReturning(
      AccountBook b,
      FullSymbol s,
      TradeRequest r,
      boolean buy,
      long fill,
      double price,
      MarketQuote quote,
      long now) {
    Dealer.Execution x = dealer.deal(b, instruction(s, r, buy, fill, price, null), now);
    PendingOrder rest = limitRest(x.order().tradeOrder(), s, r, buy, fill, price, now);
    b.orders.put(rest.ticket, rest);
    return executed(b, r, x, placed(rest, price, now), quote, TradeRetcode.DONE_PARTIAL);
  }

  /** RETURN filling with nothing in the book: the whole order waits as a limit order. */
  private TradeOutcome returnUnfilled(
      AccountBook b,
      FullSymbol s,
      TradeRequest r,
      boolean buy,
      double price,
      MarketQuote quote,
      long now) {
    PendingOrder o = limitRest(ledger.nextTicket(), s, r, buy, 0, price, now);
    b.orders.put(o.ticket, o);
    TradeResult result =
        TradeResults.result(TradeRetcode.PLACED, now)
            .order(o.ticket)
            .volume(r.tradeVolume())
            .price(price)
            .quote(quote)
            .comment("Order placed");
    return new TradeOutcome(
        0,
        List.of(
            new BrokerEvent.Transactions(List.of(placed(o, price, now))),
            new BrokerEvent.AccountUpdate(ledger.accountBody(b)),
            new BrokerEvent.Result(new TradeResultPush(0, r, result))));
  }

  /** The limit order that waits for what a RETURN order did not fill. */
  private static PendingOrder limitRest(
      long ticket, FullSymbol s, TradeRequest r, boolean buy, long filled, double price, long now) {
    return new PendingOrder(
        ticket,
        s,
        buy ? OrderType.BUY_LIMIT : OrderType.SELL_LIMIT,
        r.tradeVolume(),
        r.tradeVolume() - filled,
        price,
        0,
        r.priceSl(),
        r.priceTp(),
        r.typeTime(),
        r.timeExpiration(),
        now,
        r.comment());
  }

  private OrderTransaction placed(PendingOrder o, double price, long now) {
    return Records.orderTransaction(
        ledger.nextTransaction(),
        TransactionKind.OPEN_ORDER,
        TransactionType.ADD,
        o.toRecord(OrderState.PLACED, price, now));
  }

  /** The pushes of an execution: its order, the deal, the account, the result. */
  private TradeOutcome executed(
      AccountBook b,
      TradeRequest r,
      Dealer.Execution x,
      OrderTransaction order,
      MarketQuote quote,
      TradeRetcode retcode) {
    var deal = dealer.dealAdded(b, x);
    TradeResult result =
        TradeResults.resultAtSecond(retcode, x.deal().timeCreate())
            .deal(x.deal().deal())
            .order(x.order().tradeOrder())
            .volume(x.deal().tradeVolume())
            .price(x.deal().priceOpen())
            .quote(quote)
            .comment(
                retcode == TradeRetcode.DONE_PARTIAL
                    ? "Request partially executed"
                    : "Request executed");
    return new TradeOutcome(
        0,
        List.of(
            new BrokerEvent.Transactions(List.of(order)),
            new BrokerEvent.Transactions(List.of(deal)),
            new BrokerEvent.AccountUpdate(ledger.accountBody(b)),
            new BrokerEvent.Result(new TradeResultPush(0, r, result))));
  }

  /** On a netting account, an order against the open position reduces it. */
  static boolean reducesNetting(AccountBook b, FullSymbol s, boolean buy) {
    return !b.hedging
        && b.positions.values().stream()
            .anyMatch(p -> p.symbol.tradeSymbol().equals(s.tradeSymbol()) && p.buy != buy);
  }

  /**
   * A market action with what it checks: filling for market and exchange execution, the price
   * deviation for request and instant execution.
   */
  record TradeAction(TradeActionType type) {
    boolean checksFilling() {
      return type == TradeActionType.MARKET || type == TradeActionType.EXCHANGE;
    }

    boolean checksDeviation() {
      return type == TradeActionType.REQUEST || type == TradeActionType.INSTANT;
    }
  }
}
