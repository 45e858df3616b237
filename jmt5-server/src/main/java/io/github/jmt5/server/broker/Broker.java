package io.github.jmt5.server.broker;

import io.github.jmt5.protocol.message.account.TradeSettings;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.market.ScheduleSession;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.DealTransaction;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.OrderTransaction;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.message.trade.PositionsAndOrders;
import io.github.jmt5.protocol.message.trade.TradeHistory;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.message.trade.TradeResult;
import io.github.jmt5.protocol.message.trade.TradeResultPush;
import io.github.jmt5.protocol.message.trade.TradeTransaction;
import io.github.jmt5.protocol.wire.Volume;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.account.AccountRegistry;
import io.github.jmt5.server.market.MarketQuote;
import io.github.jmt5.server.market.QuoteSource;
import io.github.jmt5.server.market.SymbolDirectory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The emulator's broker: executes market orders and closes positions for hedging and netting
 * accounts, checks each request the way a trade server does (symbol, trade mode, volume, quotes,
 * session, filling, price deviation, margin) and describes each execution as the pushes a real
 * server sends: cmd 10 transactions, cmd 14 account, cmd 19 result.
 *
 * <p>Thread-safe: every operation holds the broker's lock. Pending orders, stop changes and what
 * quotes trigger are handled by {@link PendingOrders}; close by, stop-out and exchange-execution
 * partial fills (IOC, RETURN) are handled here.
 */
public final class Broker {
  /** Retcodes produced here. */
  static final int DONE = 10009;

  static final int DONE_PARTIAL = 10010;
  static final int REJECT = 10006;

  static final int REQUOTE = 10004;
  static final int INVALID_REQUEST = 10013;
  static final int INVALID_VOLUME = 10014;
  static final int TRADE_DISABLED = 10017;
  static final int MARKET_CLOSED = 10018;
  static final int NO_MONEY = 10019;
  static final int PRICE_OFF = 10021;
  static final int INVALID_FILL = 10030;
  static final int INVALID_ORDER = 10035;
  static final int POSITION_CLOSED = 10036;
  static final int LONG_ONLY = 10042;
  static final int SHORT_ONLY = 10043;
  static final int CLOSE_ONLY = 10044;

  private final SymbolDirectory symbols;
  private final QuoteSource quotes;
  private final AccountRegistry accounts;
  private final LongSupplier clock;
  private final int serverBuild;
  private final Calculator calculator;
  private volatile Liquidity liquidity = Liquidity.UNLIMITED;
  private final Map<Long, AccountBook> books = new HashMap<>();
  private final PendingOrders pendingOrders = new PendingOrders(this);
  private final AtomicLong tickets = new AtomicLong(100_000);
  private final AtomicInteger transactions = new AtomicInteger();

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
    this.symbols = symbols;
    this.quotes = quotes;
    this.accounts = accounts;
    this.clock = clock;
    this.serverBuild = serverBuild;
    this.calculator = new Calculator(new CurrencyConverter(quotes));
  }

  /**
   * Sets what exchange-execution orders (action 4) can fill against; default unlimited.
   *
   * @param source volume available per symbol and side
   */
  public void liquidity(Liquidity source) {
    this.liquidity = java.util.Objects.requireNonNull(source, "source");
  }

  /** {@return the margin and profit calculator the broker uses} */
  public Calculator calculator() {
    return calculator;
  }

  private AccountBook book(long login) {
    return books.computeIfAbsent(
        login,
        l -> {
          AccountConfig a =
              accounts.find(l).orElseThrow(() -> new IllegalArgumentException("no account " + l));
          return new AccountBook(l, a.currency(), a.leverage(), a.hedging(), a.balance());
        });
  }

  /**
   * {@return the cmd 3 / cmd 14 body with the current balance and floating profit}
   *
   * @param login an account login
   */
  public synchronized io.github.jmt5.protocol.message.account.Account accountBody(long login) {
    return accountBodyLocked(book(login));
  }

  /**
   * {@return balance plus floating profit plus collateral assets}
   *
   * @param login an account login
   */
  public synchronized double equity(long login) {
    return equityOf(book(login));
  }

  /**
   * {@return margin the account's positions hold, hedged volume at the hedged margin}
   *
   * @param login an account login
   */
  public synchronized double margin(long login) {
    return usedMargin(book(login));
  }

  /**
   * {@return the open positions and pending orders of an account (cmd 4 body)}
   *
   * @param login an account login
   */
  public synchronized PositionsAndOrders positionsAndOrders(long login) {
    AccountBook b = book(login);
    List<Position> out = new ArrayList<>();
    for (OpenPosition p : b.positions.values()) {
      double price = closePrice(p).orElse(p.priceOpen);
      out.add(p.toRecord(price, profit(b, p, p.volume, price)));
    }
    List<Order> orders = new ArrayList<>();
    for (PendingOrder o : b.orders.values()) {
      orders.add(
          o.toRecord(PendingOrder.PLACED, currentPrice(o).orElse(o.price), clock.getAsLong()));
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
  public synchronized TradeHistory history(long login, int fromSec, int toSec) {
    AccountBook b = book(login);
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
    AccountBook b = book(login);
    Optional<FullSymbol> found = symbols.byName(r.tradeSymbol());
    if (found.isEmpty()) {
      return TradeOutcome.rejected(INVALID_REQUEST);
    }
    FullSymbol s = found.get();
    TradeSettings t = s.trade();
    int action = r.tradeAction();
    if (action == 5 || action == 201) {
      return pendingOrders.place(b, s, r);
    }
    if (action == 8) {
      return pendingOrders.delete(b, r);
    }
    if (action == 6) {
      return pendingOrders.modifyStops(b, r);
    }
    if (action == 7) {
      return pendingOrders.modify(b, r);
    }
    if (action == 10) {
      return closeBy(b, r);
    }
    if (action > 4) {
      return TradeOutcome.rejected(INVALID_REQUEST);
    }
    if (r.tradeType() > 1) {
      return TradeOutcome.rejected(INVALID_ORDER);
    }
    boolean buy = r.tradeType() == 0;
    OpenPosition closing = null;
    if (r.tradePosition() != 0) {
      closing = b.positions.get(r.tradePosition());
      if (closing == null) {
        return TradeOutcome.rejected(POSITION_CLOSED);
      }
      if (closing.buy == buy
          || r.tradeVolume() > closing.volume
          || !closing.symbol.tradeSymbol().equals(s.tradeSymbol())) {
        return TradeOutcome.rejected(INVALID_REQUEST);
      }
    }
    int modeCheck =
        tradeModeCheck(t.tradeMode(), buy, closing != null || reducesNetting(b, s, buy));
    if (modeCheck != 0) {
      return TradeOutcome.rejected(modeCheck);
    }
    long v = r.tradeVolume();
    if (!volumeValid(t, v)) {
      return TradeOutcome.rejected(INVALID_VOLUME);
    }
    if ((action == 3 || action == 4)
        && !fillingAllowed(r.typeFilling(), t.tradeFillFlags(), action)) {
      return TradeOutcome.rejected(INVALID_FILL);
    }
    long now = clock.getAsLong();
    if (!inTradeSession(s, now)) {
      return TradeOutcome.rejected(MARKET_CLOSED);
    }
    Optional<MarketQuote> q = quotes.quote(s.tradeSymbol());
    if (q.isEmpty()) {
      return TradeOutcome.rejected(PRICE_OFF);
    }
    MarketQuote quote = q.get();
    double price = buy ? quote.ask() : quote.bid();
    if ((action == 1 || action == 2)
        && r.priceOrder() != 0
        && Math.abs(price - r.priceOrder()) > r.priceDeviation() * s.point() + s.point() / 2) {
      TradeResult requote =
          new TradeResult(
              REQUOTE, 0, 0, 0, 0, (int) (now / 1000), quote.bid(), quote.ask(), 0, "Requote");
      return new TradeOutcome(
          0, List.of(new BrokerEvent.Result(new TradeResultPush(0, r, requote))));
    }
    // a new position's stops are valued at the price it would close at: a buy's at the bid
    double closeAt = buy ? quote.bid() : quote.ask();
    double gap = t.tradeStopsLevel() * s.point();
    if (closing == null && !PendingOrders.stopsValid(buy, closeAt, r.priceSl(), r.priceTp(), gap)) {
      return TradeOutcome.rejected(PendingOrders.INVALID_STOPS);
    }
    if (closing == null && !reducesNetting(b, s, buy)) {
      boolean priced =
          calculator.margin(s, buy, Volume.toLots(v), price, b.leverage, b.currency).isPresent();
      // on a hedging account an opposite order can even free margin
      double need =
          priced
              ? usedMargin(b, new UsedMargin.Exposure(s, buy, v, price)) - usedMargin(b)
              : Double.MAX_VALUE;
      if (need > freeMargin(b)) {
        return TradeOutcome.rejected(NO_MONEY);
      }
    }
    long fill = v;
    if (action == 4) {
      long available = liquidity.available(s.tradeSymbol(), buy);
      if (available < v && r.typeFilling() == 0) {
        return TradeOutcome.rejected(REJECT); // fill or kill: not all of it is there
      }
      fill = Math.min(v, available - available % t.volumeStep());
      if (fill <= 0 && r.typeFilling() == 2 && closing == null) {
        return returnUnfilled(b, s, r, buy, price, quote, now);
      }
      if (fill <= 0) {
        return TradeOutcome.rejected(REJECT);
      }
      if (fill < v && r.typeFilling() == 2 && closing == null) {
        return executeReturning(b, s, r, buy, fill, price, quote, now);
      }
    }
    return execute(b, s, r, buy, fill, price, quote, closing, now);
  }

  /**
   * Re-prices every account at the latest quotes: fills pending orders whose price was reached,
   * activates stop-limit orders, expires orders, closes positions whose stop loss or take profit
   * was hit. Returns the pushes for each account that changed.
   *
   * @return the pushes per account login; accounts without changes are left out
   */
  public synchronized Map<Long, List<BrokerEvent>> onQuotes() {
    Map<Long, List<BrokerEvent>> out = new HashMap<>();
    long now = clock.getAsLong();
    for (AccountBook b : books.values()) {
      List<BrokerEvent> events = pendingOrders.onQuotes(b, now);
      events.addAll(stopOut(b, now));
      boolean refresh = !b.positions.isEmpty() && now - b.lastAccountPushMs >= ACCOUNT_REFRESH_MS;
      if (!events.isEmpty() || refresh) {
        b.lastAccountPushMs = now;
        events.add(new BrokerEvent.AccountUpdate(accountBodyLocked(b)));
        out.put(b.login, events);
      }
    }
    return out;
  }

  /** Margin level (equity / margin, percent) below which positions are closed, worst first. */
  static final double STOP_OUT_LEVEL = 50;

  /** Accounts with open positions get a cmd 14 at least this often, so equity stays current. */
  static final long ACCOUNT_REFRESH_MS = 1000;

  /** Closes the most losing position while the margin level is below {@link #STOP_OUT_LEVEL}. */
  private List<BrokerEvent> stopOut(AccountBook b, long now) {
    List<BrokerEvent> events = new ArrayList<>();
    while (!b.positions.isEmpty()) {
      double margin = usedMargin(b);
      if (margin <= 0 || equityOf(b) / margin * 100 >= STOP_OUT_LEVEL) {
        break;
      }
      OpenPosition worst = null;
      double worstProfit = Double.MAX_VALUE;
      for (OpenPosition p : b.positions.values()) {
        double pr = profit(b, p, p.volume, closePrice(p).orElse(p.priceOpen));
        if (pr < worstProfit) {
          worstProfit = pr;
          worst = p;
        }
      }
      if (worst == null) {
        break;
      }
      TradeRequest close =
          new TradeRequest(
              0,
              3,
              worst.symbol.tradeSymbol(),
              worst.volume,
              worst.symbol.digits(),
              0,
              worst.buy ? 1 : 0,
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
              "[so]",
              worst.ticket,
              0,
              0);
      List<BrokerEvent> closed = fill(b, worst.symbol, close, !worst.buy, worst, now);
      if (closed.isEmpty()) {
        break; // no quote to close at: try again on the next tick
      }
      events.addAll(closed);
    }
    return events;
  }

  /**
   * Action 10: closes two opposite positions of one symbol against each other (hedging accounts
   * only), for the smaller volume; the result is as if the first were closed at the second's open
   * price.
   */
  private TradeOutcome closeBy(AccountBook b, TradeRequest r) {
    OpenPosition first = b.positions.get(r.tradePosition());
    OpenPosition by = b.positions.get(r.positionBy());
    if (first == null || by == null) {
      return TradeOutcome.rejected(POSITION_CLOSED);
    }
    if (!b.hedging
        || first.buy == by.buy
        || !first.symbol.tradeSymbol().equals(by.symbol.tradeSymbol())) {
      return TradeOutcome.rejected(INVALID_REQUEST);
    }
    long now = clock.getAsLong();
    long volume = Math.min(first.volume, by.volume);
    double realized = profit(b, first, volume, by.priceOpen);
    b.balance = Calculator.cents(b.balance + realized);
    long order = nextTicket();
    List<TradeTransaction> records = new ArrayList<>();
    records.add(closeByDeal(b, first, by.priceOpen, volume, realized, order, now));
    records.add(closeByDeal(b, by, by.priceOpen, volume, 0, order, now));
    MarketQuote q =
        quotes
            .quote(first.symbol.tradeSymbol())
            .orElse(new MarketQuote(first.symbol.tradeSymbol(), 0, 0, 0, now));
    TradeResult result =
        new TradeResult(
            DONE,
            0,
            order,
            volume,
            by.priceOpen,
            (int) (now / 1000),
            q.bid(),
            q.ask(),
            0,
            "Closed by");
    return new TradeOutcome(
        0,
        List.of(
            new BrokerEvent.Transactions(records),
            new BrokerEvent.AccountUpdate(accountBodyLocked(b)),
            new BrokerEvent.Result(new TradeResultPush(0, r, result))));
  }

  /** Reduces {@code p} by {@code volume} with an out-by deal (entry 3) at {@code price}. */
  private DealTransaction closeByDeal(
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
    int sec = (int) (now / 1000);
    int ms = (int) (now % 1000);
    Deal deal =
        new Deal(
            nextTicket(),
            "",
            order,
            sec,
            sec,
            p.symbol.tradeSymbol(),
            p.buy ? 1 : 0,
            3,
            price,
            price,
            0,
            0,
            volume,
            profit,
            1,
            1,
            0,
            0,
            0,
            p.ticket,
            "close by",
            p.symbol.contractSize(),
            p.symbol.digits(),
            2,
            0,
            ms,
            ms,
            0);
    b.deals.add(deal);
    return new DealTransaction(
        TradeTransaction.DEAL,
        nextTransaction(),
        TradeTransaction.ADD,
        deal,
        record,
        b.balance,
        0,
        0,
        0,
        floating(b),
        List.of(),
        List.of());
  }

  /** Fills at the market for a triggered order or a stop-out, without a cmd 19 result. */
  List<BrokerEvent> fill(
      AccountBook b,
      FullSymbol s,
      TradeRequest r,
      boolean buy,
      @Nullable OpenPosition closing,
      long now) {
    Optional<MarketQuote> q = quotes.quote(s.tradeSymbol());
    if (q.isEmpty()) {
      return List.of();
    }
    double price = buy ? q.get().ask() : q.get().bid();
    TradeOutcome o = execute(b, s, r, buy, r.tradeVolume(), price, q.get(), closing, now);
    return o.events().stream().filter(e -> e instanceof BrokerEvent.Transactions).toList();
  }

  long now() {
    return clock.getAsLong();
  }

  long nextTicket() {
    return tickets.incrementAndGet();
  }

  int nextTransaction() {
    return transactions.incrementAndGet();
  }

  Optional<MarketQuote> quote(String symbol) {
    return quotes.quote(symbol);
  }

  Optional<Double> currentPrice(PendingOrder o) {
    return quotes.quote(o.symbol.tradeSymbol()).map(q -> o.buy() ? q.ask() : q.bid());
  }

  io.github.jmt5.protocol.message.account.Account accountBodyOf(AccountBook b) {
    return accountBodyLocked(b);
  }

  double floatingOf(AccountBook b) {
    return floating(b);
  }

  private TradeOutcome execute(
      AccountBook b,
      FullSymbol s,
      TradeRequest r,
      boolean buy,
      long v,
      double price,
      MarketQuote quote,
      @Nullable OpenPosition closing,
      long now) {
    Execution x = deal(b, s, r, buy, v, price, closing, now);
    b.historyOrders.add(x.order());
    OrderTransaction done =
        new OrderTransaction(
            TradeTransaction.HISTORY_ORDER, nextTransaction(), TradeTransaction.ADD, x.order());
    boolean partial = v < r.tradeVolume();
    return executed(b, r, x, done, quote, partial ? DONE_PARTIAL : DONE);
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
    Execution x = deal(b, s, r, buy, fill, price, null, now);
    PendingOrder rest =
        new PendingOrder(
            x.order().tradeOrder(),
            s,
            buy ? 2 : 3,
            r.tradeVolume(),
            r.tradeVolume() - fill,
            price,
            0,
            r.priceSl(),
            r.priceTp(),
            r.typeTime(),
            r.timeExpiration(),
            now,
            r.comment());
    b.orders.put(rest.ticket, rest);
    OrderTransaction placed =
        new OrderTransaction(
            TradeTransaction.OPEN_ORDER,
            nextTransaction(),
            TradeTransaction.ADD,
            rest.toRecord(PendingOrder.PLACED, price, now));
    return executed(b, r, x, placed, quote, DONE_PARTIAL);
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
    PendingOrder o =
        new PendingOrder(
            nextTicket(),
            s,
            buy ? 2 : 3,
            r.tradeVolume(),
            r.tradeVolume(),
            price,
            0,
            r.priceSl(),
            r.priceTp(),
            r.typeTime(),
            r.timeExpiration(),
            now,
            r.comment());
    b.orders.put(o.ticket, o);
    TradeResult result =
        new TradeResult(
            PendingOrders.PLACED_RETCODE,
            0,
            o.ticket,
            r.tradeVolume(),
            price,
            (int) (now / 1000),
            quote.bid(),
            quote.ask(),
            quote.last(),
            "Order placed");
    return new TradeOutcome(
        0,
        List.of(
            new BrokerEvent.Transactions(
                List.of(
                    new OrderTransaction(
                        TradeTransaction.OPEN_ORDER,
                        nextTransaction(),
                        TradeTransaction.ADD,
                        o.toRecord(PendingOrder.PLACED, price, now)))),
            new BrokerEvent.AccountUpdate(accountBodyLocked(b)),
            new BrokerEvent.Result(new TradeResultPush(0, r, result))));
  }

  /** The pushes of an execution: its order, the deal, the account, the result. */
  private TradeOutcome executed(
      AccountBook b,
      TradeRequest r,
      Execution x,
      OrderTransaction order,
      MarketQuote quote,
      int retcode) {
    DealTransaction deal =
        new DealTransaction(
            TradeTransaction.DEAL,
            nextTransaction(),
            TradeTransaction.ADD,
            x.deal(),
            x.position(),
            b.balance,
            0,
            0,
            0,
            floating(b),
            List.of(),
            List.of());
    TradeResult result =
        new TradeResult(
            retcode,
            x.deal().deal(),
            x.order().tradeOrder(),
            x.deal().tradeVolume(),
            x.deal().priceOpen(),
            x.deal().timeCreate(),
            quote.bid(),
            quote.ask(),
            quote.last(),
            retcode == DONE_PARTIAL ? "Request partially executed" : "Request executed");
    return new TradeOutcome(
        0,
        List.of(
            new BrokerEvent.Transactions(List.of(order)),
            new BrokerEvent.Transactions(List.of(deal)),
            new BrokerEvent.AccountUpdate(accountBodyLocked(b)),
            new BrokerEvent.Result(new TradeResultPush(0, r, result))));
  }

  /** A deal, the done order behind it and the position it changed. */
  private record Execution(Order order, Deal deal, Position position) {}

  /** Opens, adds to, reduces or reverses a position with one deal, recorded in the history. */
  private Execution deal(
      AccountBook b,
      FullSymbol s,
      TradeRequest r,
      boolean buy,
      long v,
      double price,
      @Nullable OpenPosition closing,
      long now) {
    long orderTicket = nextTicket();
    long dealTicket = nextTicket();
    OpenPosition target = closing;
    if (target == null && !b.hedging) {
      target =
          b.positions.values().stream()
              .filter(p -> p.symbol.tradeSymbol().equals(s.tradeSymbol()))
              .findFirst()
              .orElse(null);
    }
    int entry;
    double realized = 0;
    Position positionRecord;
    long positionId;
    if (target == null) {
      OpenPosition p =
          new OpenPosition(
              orderTicket,
              orderTicket,
              s,
              buy,
              v,
              price,
              r.priceSl(),
              r.priceTp(),
              now,
              r.comment());
      b.positions.put(p.ticket, p);
      entry = 0;
      positionId = p.ticket;
      positionRecord = p.toRecord(price, 0);
    } else if (target.buy == buy) {
      double lots = target.volume + v;
      target.priceOpen = (target.priceOpen * target.volume + price * v) / lots;
      target.volume += v;
      target.updatedMs = now;
      entry = 0;
      positionId = target.ticket;
      positionRecord = target.toRecord(price, profit(b, target, target.volume, price));
    } else {
      long closed = Math.min(v, target.volume);
      realized = profit(b, target, closed, price);
      b.balance = Calculator.cents(b.balance + realized);
      target.volume -= closed;
      target.updatedMs = now;
      positionId = target.ticket;
      long rest = v - closed;
      if (target.volume == 0 && rest == 0) {
        b.positions.remove(target.ticket);
        positionRecord = target.closedRecord(price);
        entry = 1;
      } else if (target.volume == 0) {
        b.positions.remove(target.ticket);
        OpenPosition reversed =
            new OpenPosition(
                target.ticket, orderTicket, s, buy, rest, price, 0, 0, now, r.comment());
        b.positions.put(reversed.ticket, reversed);
        positionRecord = reversed.toRecord(price, 0);
        entry = 2;
      } else {
        positionRecord = target.toRecord(price, profit(b, target, target.volume, price));
        entry = 1;
      }
    }
    int sec = (int) (now / 1000);
    int ms = (int) (now % 1000);
    Deal deal =
        new Deal(
            dealTicket,
            "",
            orderTicket,
            sec,
            sec,
            s.tradeSymbol(),
            buy ? 0 : 1,
            entry,
            price,
            price,
            r.priceSl(),
            r.priceTp(),
            v,
            realized,
            1,
            1,
            0,
            0,
            0,
            positionId,
            r.comment(),
            s.contractSize(),
            s.digits(),
            2,
            0,
            ms,
            ms,
            0);
    Order order =
        new Order(
            orderTicket,
            "",
            s.tradeSymbol(),
            sec,
            0,
            sec,
            buy ? 0 : 1,
            r.typeFilling(),
            0,
            0,
            price,
            0,
            price,
            r.priceSl(),
            r.priceTp(),
            v,
            0,
            4,
            0,
            positionId,
            r.comment(),
            s.contractSize(),
            s.digits(),
            2,
            0,
            0,
            0,
            0,
            ms,
            ms);
    b.deals.add(deal);
    return new Execution(order, deal, positionRecord);
  }

  private io.github.jmt5.protocol.message.account.Account accountBodyLocked(AccountBook b) {
    AccountConfig a = accounts.find(b.login).orElseThrow();
    AccountConfig now =
        new AccountConfig(
            a.login(),
            a.password(),
            a.name(),
            b.balance,
            a.currency(),
            a.hedging(),
            a.leverage(),
            a.otpSecret());
    return AccountBodies.of(now, serverBuild, symbols.all().size(), floating(b));
  }

  /** Within the symbol's minimum and maximum, and a whole number of steps. */
  static boolean volumeValid(TradeSettings t, long volume) {
    return volume >= t.volumeMin()
        && volume <= t.volumeMax()
        && t.volumeStep() > 0
        && volume % t.volumeStep() == 0;
  }

  static int tradeModeCheck(int tradeMode, boolean buy, boolean reducing) {
    return switch (tradeMode) {
      case 0 -> TRADE_DISABLED;
      case 1 -> !buy && !reducing ? LONG_ONLY : 0;
      case 2 -> buy && !reducing ? SHORT_ONLY : 0;
      case 3 -> reducing ? 0 : CLOSE_ONLY;
      default -> 0;
    };
  }

  /** On a netting account, an order against the open position reduces it. */
  private static boolean reducesNetting(AccountBook b, FullSymbol s, boolean buy) {
    return !b.hedging
        && b.positions.values().stream()
            .anyMatch(p -> p.symbol.tradeSymbol().equals(s.tradeSymbol()) && p.buy != buy);
  }

  private static boolean fillingAllowed(int filling, int flags, int action) {
    return switch (filling) {
      case 0 -> (flags & 1) != 0;
      case 1 -> (flags & 2) != 0;
      case 2 -> action == 4;
      default -> false;
    };
  }

  /** True inside one of the symbol's trade sessions (schedule minutes, UTC). */
  static boolean inTradeSession(FullSymbol s, long nowMs) {
    ZonedDateTime t = Instant.ofEpochMilli(nowMs).atZone(ZoneOffset.UTC);
    int day = t.getDayOfWeek().getValue() % 7; // Sunday = 0
    int minute = t.getHour() * 60 + t.getMinute();
    for (ScheduleSession session : s.schedule().tradeSessions(day)) {
      if (session.to() > session.from() && minute >= session.from() && minute < session.to()) {
        return true;
      }
    }
    return false;
  }

  private Optional<Double> closePrice(OpenPosition p) {
    return quotes.quote(p.symbol.tradeSymbol()).map(q -> p.buy ? q.bid() : q.ask());
  }

  private double profit(AccountBook b, OpenPosition p, long volume, double close) {
    return calculator
        .profit(p.symbol, p.buy, Volume.toLots(volume), p.priceOpen, close, b.currency)
        .orElse(0.0);
  }

  private double floating(AccountBook b) {
    double sum = 0;
    for (OpenPosition p : b.positions.values()) {
      sum += profit(b, p, p.volume, closePrice(p).orElse(p.priceOpen));
    }
    return Calculator.cents(sum);
  }

  /** Collateral positions valued at the market and their liquidity rate. */
  private double assets(AccountBook b) {
    double sum = 0;
    for (OpenPosition p : b.positions.values()) {
      double price = closePrice(p).orElse(p.priceOpen);
      sum +=
          calculator
              .assets(p.symbol, p.buy, Volume.toLots(p.volume), price, b.currency)
              .orElse(0.0);
    }
    return Calculator.cents(sum);
  }

  private double equityOf(AccountBook b) {
    return b.balance + floating(b) + assets(b);
  }

  private double usedMargin(AccountBook b, UsedMargin.Exposure... extra) {
    List<UsedMargin.Exposure> all = new ArrayList<>(List.of(extra));
    for (OpenPosition p : b.positions.values()) {
      all.add(new UsedMargin.Exposure(p.symbol, p.buy, p.volume, p.priceOpen));
    }
    return UsedMargin.of(calculator, all, b.hedging, b.leverage, b.currency);
  }

  private double freeMargin(AccountBook b) {
    return equityOf(b) - usedMargin(b);
  }
}
