package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.enums.OrderState;
import io.github.jmt5.protocol.enums.TradeActionType;
import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.message.trade.PositionsAndOrders;
import io.github.jmt5.protocol.message.trade.TradeHistory;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.server.EmulatorBroker;
import io.github.jmt5.server.account.AccountRegistry;
import io.github.jmt5.server.market.QuoteSource;
import io.github.jmt5.server.market.SymbolDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The emulator's broker: executes market orders, places and triggers pending orders and closes
 * positions for hedging and netting accounts, checks each request the way a trade server does, and
 * describes each change as the pushes a real server sends: cmd 10 transactions, cmd 14 account, cmd
 * 19 result.
 *
 * <p>It dispatches each request on its {@link TradeActionType} to one of its parts, which share one
 * ledger of account books: market execution, pending orders, position stops, close by; and on each
 * quote pass to the order triggers, the stop-loss and take-profit hits and the stop-out.
 *
 * <p>Thread-safe: every operation holds the broker's lock.
 */
public final class Broker implements EmulatorBroker {
  /** Accounts with open positions get a cmd 14 at least this often, so equity stays current. */
  static final long ACCOUNT_REFRESH_MS = 1000;

  private final Ledger ledger;
  private final MarketExecution market;
  private final PendingOrders pendingOrders;
  private final OrderTriggers orderTriggers;
  private final PositionStops positionStops;
  private final CloseBy closeBy;
  private final StopOut stopOut;

  /**
   * A broker with no trades yet.
   *
   * @param symbols the symbol configurations it trades by
   * @param quotes the latest quotes, for fills and re-pricing
   * @param accounts the accounts it keeps books for
   * @param clock supplies Unix milliseconds
   * @param serverBuild the build reported in account bodies
   */
  public Broker(
      SymbolDirectory symbols,
      QuoteSource quotes,
      AccountRegistry accounts,
      LongSupplier clock,
      int serverBuild) {
    this.ledger = new Ledger(symbols, quotes, accounts, clock, serverBuild);
    Dealer dealer = new Dealer(ledger);
    this.market = new MarketExecution(ledger, dealer);
    this.pendingOrders = new PendingOrders(ledger);
    this.orderTriggers = new OrderTriggers(ledger, pendingOrders, dealer);
    this.positionStops = new PositionStops(ledger, dealer);
    this.closeBy = new CloseBy(ledger);
    this.stopOut = new StopOut(ledger, dealer);
  }

  /**
   * Sets what exchange-execution orders (action 4) can fill against; default unlimited.
   *
   * @param source volume available per symbol and side
   */
  public void liquidity(Liquidity source) {
    market.liquidity(source);
  }

  /** {@return the margin and profit calculator the broker uses} */
  public Calculator calculator() {
    return ledger.calculator();
  }

  /**
   * {@return the cmd 3 / cmd 14 body with the current balance and floating profit}
   *
   * @param login an account login
   */
  @Override
  public synchronized Account accountBody(long login) {
    return ledger.accountBody(ledger.book(login));
  }

  /**
   * {@return balance plus floating profit plus collateral assets}
   *
   * @param login an account login
   */
  @Override
  public synchronized double equity(long login) {
    return ledger.equity(ledger.book(login));
  }

  /**
   * {@return margin the account's positions hold, hedged volume at the hedged margin}
   *
   * @param login an account login
   */
  @Override
  public synchronized double margin(long login) {
    return ledger.usedMargin(ledger.book(login));
  }

  /**
   * {@return the open positions and pending orders of an account (cmd 4 body)}
   *
   * @param login an account login
   */
  @Override
  public synchronized PositionsAndOrders positionsAndOrders(long login) {
    AccountBook b = ledger.book(login);
    List<Position> out = new ArrayList<>();
    for (OpenPosition p : b.positions.values()) {
      double price = ledger.closePrice(p).orElse(p.priceOpen);
      out.add(p.toRecord(price, ledger.profit(b, p, p.volume, price)));
    }
    List<Order> orders = new ArrayList<>();
    for (PendingOrder o : b.orders.values()) {
      orders.add(
          o.toRecord(OrderState.PLACED, ledger.currentPrice(o).orElse(o.price), ledger.now()));
    }
    return new PositionsAndOrders(out, orders);
  }

  /**
   * {@return deals and orders done in {@code [fromSec, toSec]}; {@code toSec = 0} means now}
   *
   * @param login an account login
   * @param fromSec start of the range, Unix seconds
   * @param toSec end of the range, Unix seconds, or 0 for now
   */
  @Override
  public synchronized TradeHistory history(long login, int fromSec, int toSec) {
    AccountBook b = ledger.book(login);
    long to = toSec == 0 ? Long.MAX_VALUE : Integer.toUnsignedLong(toSec);
    long from = Integer.toUnsignedLong(fromSec);
    List<Deal> deals = b.deals.stream().filter(d -> in(d.timeCreate(), from, to)).toList();
    List<Order> orders = b.historyOrders.stream().filter(o -> in(o.timeDone(), from, to)).toList();
    return new TradeHistory(deals, orders);
  }

  private static boolean in(int time, long from, long to) {
    long t = Integer.toUnsignedLong(time);
    return t >= from && t <= to;
  }

  /**
   * Checks and executes a cmd 12 request.
   *
   * @param login the login that sent the request
   * @param r the cmd 12 request
   * @return the retcode and the pushes the request causes
   */
  public synchronized TradeOutcome submit(long login, TradeRequest r) {
    AccountBook b = ledger.book(login);
    Optional<FullSymbol> symbol = ledger.symbols().byName(r.tradeSymbol());
    Optional<TradeActionType> action = TradeActionType.find(r.tradeAction());
    if (symbol.isEmpty() || action.isEmpty()) {
      return TradeOutcome.rejected(TradeRetcode.INVALID_REQUEST);
    }
    FullSymbol s = symbol.get();
    return switch (action.get()) {
      case PRICE, REQUEST, INSTANT, MARKET, EXCHANGE ->
          market.submit(b, s, new MarketExecution.TradeAction(action.get()), r);
      case PENDING, PENDING_201 -> pendingOrders.place(b, s, r);
      case REMOVE -> pendingOrders.delete(b, r);
      case SLTP -> positionStops.modify(b, r);
      case MODIFY -> pendingOrders.modify(b, r);
      case CLOSE_BY -> closeBy.submit(b, r);
    };
  }

  /**
   * Re-prices every account at the latest quotes: fills pending orders whose price was reached,
   * activates stop-limit orders, expires orders, closes positions whose stop loss or take profit
   * was hit and, below the stop-out level, the most losing positions. Returns the pushes for each
   * account that changed.
   *
   * @return the pushes per account login; accounts without changes are left out
   */
  public synchronized Map<Long, List<BrokerEvent>> onQuotes() {
    Map<Long, List<BrokerEvent>> out = new HashMap<>();
    long now = ledger.now();
    for (AccountBook b : ledger.books()) {
      List<BrokerEvent> events = orderTriggers.onQuotes(b, now);
      events.addAll(positionStops.onQuotes(b, now));
      events.addAll(stopOut.onQuotes(b, now));
      boolean refresh = !b.positions.isEmpty() && now - b.lastAccountPushMs >= ACCOUNT_REFRESH_MS;
      if (!events.isEmpty() || refresh) {
        b.lastAccountPushMs = now;
        events.add(new BrokerEvent.AccountUpdate(ledger.accountBody(b)));
        out.put(b.login, events);
      }
    }
    return out;
  }
}
