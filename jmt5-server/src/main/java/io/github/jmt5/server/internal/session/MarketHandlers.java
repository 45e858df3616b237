package io.github.jmt5.server.internal.session;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.market.BarsRequest;
import io.github.jmt5.protocol.message.market.BookUpdate;
import io.github.jmt5.protocol.message.market.CorporateLink;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.market.IdList;
import io.github.jmt5.protocol.message.market.Spread;
import io.github.jmt5.protocol.message.market.SymbolBasic;
import io.github.jmt5.protocol.message.market.SymbolGroups;
import io.github.jmt5.protocol.message.market.SymbolList;
import io.github.jmt5.protocol.message.trade.HistoryRequest;
import io.github.jmt5.protocol.message.trade.TradeReply;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.server.internal.broker.Broker;
import io.github.jmt5.server.internal.broker.BrokerEvent;
import io.github.jmt5.server.internal.broker.TradeOutcome;
import io.github.jmt5.server.market.BarPeriod;
import io.github.jmt5.server.market.MarketSimulator;
import io.github.jmt5.server.market.SymbolCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Serves the account and market commands: account (3), positions (4), history (5), symbols (6, 34),
 * groups (9), full configs (18), tick and book subscriptions (7, 22), bars (11), spreads (20) and
 * links (44). Trading arrives with the broker; until then cmd 12 is answered with code 1.
 */
public final class MarketHandlers extends CommandHandlers {
  private final SessionContext context;
  private final MarketSimulator market;
  private final SessionRegistry registry;
  private final Broker broker;
  private final byte[] symbolList;
  private final byte[] symbolListCompressed;

  /**
   * Handlers for the market and trading commands on top of the session basics.
   *
   * @param context the accounts, clock and options the handlers share
   * @param market the simulated market
   * @param registry the logged-in sockets, for pushes
   * @param broker the broker trades are sent to
   */
  public MarketHandlers(
      SessionContext context, MarketSimulator market, SessionRegistry registry, Broker broker) {
    super(context);
    this.context = context;
    this.market = market;
    this.registry = registry;
    this.broker = broker;
    List<SymbolBasic> basics = new ArrayList<>();
    for (FullSymbol f : market.catalog().all()) {
      basics.add(SymbolCatalog.toBasic(f));
    }
    this.symbolList = Codecs.SYMBOL_LIST.encode(new SymbolList(basics));
    this.symbolListCompressed = Codecs.SYMBOL_LIST_COMPRESSED.encode(new SymbolList(basics));
  }

  @Override
  protected List<Reply> serve(ServerSession session, int command, byte[] payload) {
    CommandId which = CommandId.find(command).orElseThrow();
    return switch (which) {
      case GET_ACCOUNT ->
          List.of(
              Reply.ok(
                  command, Codecs.ACCOUNT.encode(broker.accountBody(session.state().login()))));
      case GET_POSITIONS_AND_ORDERS ->
          List.of(
              Reply.ok(
                  command,
                  Codecs.POSITIONS_AND_ORDERS.encode(
                      broker.positionsAndOrders(session.state().login()))));
      case GET_TRADE_HISTORY -> {
        HistoryRequest h = HistoryRequest.read(WireReader.of(payload, command), 0);
        yield List.of(
            Reply.ok(
                command,
                Codecs.TRADE_HISTORY.encode(
                    broker.history(session.state().login(), h.from(), h.to()))));
      }
      case TRADE_REQUEST -> trade(session, payload);
      case GET_SYMBOLS -> List.of(Reply.ok(command, symbolList));
      case GET_SYMBOLS_COMPRESSED -> List.of(Reply.ok(command, symbolListCompressed));
      case GET_SYMBOL_GROUPS ->
          List.of(
              Reply.ok(
                  command,
                  Codecs.SYMBOL_GROUPS.encode(new SymbolGroups(market.catalog().groups()))));
      case GET_FULL_SYMBOLS ->
          List.of(Reply.ok(command, Codecs.FULL_SYMBOLS.encode(fullSymbols(payload))));
      case SUBSCRIBE_TICKS -> {
        List<Integer> ids = IdList.read(WireReader.of(payload, command), 0).ids();
        // pushes for the new set start only once the reply is queued, so none overtakes it
        session.afterReplies(() -> session.state().subscribeTicks(ids));
        yield List.of(Reply.empty(command));
      }
      case SUBSCRIBE_BOOK -> {
        List<Integer> ids = IdList.read(WireReader.of(payload, command), 0).ids();
        session.afterReplies(() -> session.state().subscribeBooks(ids));
        List<Reply> out = new ArrayList<>();
        out.add(Reply.empty(command));
        List<BookUpdate> snapshots = new ArrayList<>();
        for (int id : ids) {
          market
              .catalog()
              .byId(id)
              .flatMap(f -> market.catalog().spec(f.tradeSymbol()))
              .ifPresent(
                  spec ->
                      market
                          .quote(spec.name())
                          .ifPresent(q -> snapshots.add(market.depth().snapshot(spec, q))));
        }
        if (!snapshots.isEmpty()) {
          out.add(Reply.ok(CommandId.ORDER_BOOK, Codecs.ORDER_BOOK.encode(snapshots)));
        }
        yield out;
      }
      case GET_BARS -> List.of(Reply.ok(command, Codecs.BARS.encode(bars(payload))));
      case GET_SPREADS -> List.of(Reply.ok(command, Codecs.SPREADS.encode(spreads(payload))));
      case CORPORATE_LINKS -> List.of(Reply.ok(command, Codecs.CORPORATE_LINKS.encode(links())));
      default -> super.serve(session, command, payload);
    };
  }

  /** Executes a trade; the reply goes first, then the pushes to every socket of the account. */
  private List<Reply> trade(ServerSession session, byte[] payload) {
    long login = session.state().login();
    TradeOutcome outcome =
        broker.submit(
            login, TradeRequest.read(WireReader.of(payload, CommandId.TRADE_REQUEST.id()), 0));
    List<Reply> out = new ArrayList<>();
    out.add(
        Reply.ok(
            CommandId.TRADE_REQUEST,
            Codecs.TRADE_REPLY.encode(new TradeReply(outcome.replyCode()))));
    List<Reply> pushes = new ArrayList<>();
    for (BrokerEvent e : outcome.events()) {
      pushes.add(toReply(e));
    }
    out.addAll(pushes);
    for (ServerSession other : registry.snapshot()) {
      if (other != session && other.state().login() == login) {
        pushes.forEach(other::push);
      }
    }
    return out;
  }

  /**
   * {@return the frame a broker event is pushed as}
   *
   * @param e a broker event
   */
  public static Reply toReply(BrokerEvent e) {
    if (e instanceof BrokerEvent.Transactions t) {
      return Reply.ok(CommandId.TRADE_TRANSACTION, Codecs.TRADE_TRANSACTIONS.encode(t.records()));
    }
    if (e instanceof BrokerEvent.AccountUpdate a) {
      return Reply.ok(CommandId.ACCOUNT_UPDATE, Codecs.ACCOUNT.encode(a.account()));
    }
    return Reply.ok(
        CommandId.TRADE_RESULT, Codecs.TRADE_RESULT.encode(((BrokerEvent.Result) e).result()));
  }

  /** The combined instruments with a leg in one of the requested symbols. */
  private List<Spread> spreads(byte[] payload) {
    List<String> names = new ArrayList<>();
    for (int id : IdList.read(WireReader.of(payload, CommandId.GET_SPREADS.id()), 0).ids()) {
      market.catalog().byId(id).ifPresent(f -> names.add(f.tradeSymbol()));
    }
    List<Spread> out = new ArrayList<>();
    for (Spread s : market.catalog().spreads()) {
      boolean touches =
          s.legsA().stream().anyMatch(l -> names.contains(l.tradeSymbol()))
              || s.legsB().stream().anyMatch(l -> names.contains(l.tradeSymbol()));
      if (touches) {
        out.add(s);
      }
    }
    return out;
  }

  private List<FullSymbol> fullSymbols(byte[] payload) {
    List<FullSymbol> out = new ArrayList<>();
    for (int id : IdList.read(WireReader.of(payload, CommandId.GET_FULL_SYMBOLS.id()), 0).ids()) {
      market.catalog().byId(id).ifPresent(out::add);
    }
    return out;
  }

  private List<Bar> bars(byte[] payload) {
    BarsRequest r = BarsRequest.read(WireReader.of(payload, CommandId.GET_BARS.id()), 0);
    Optional<BarPeriod> period = BarPeriod.fromCode(r.period());
    if (period.isEmpty()) {
      return List.of();
    }
    long to = r.to() == 0 ? Long.MAX_VALUE / 2 : Integer.toUnsignedLong(r.to());
    return market.bars(
        r.symbol(),
        period.get(),
        Integer.toUnsignedLong(r.from()),
        to,
        context.clock().getAsLong());
  }

  private static List<CorporateLink> links() {
    return List.of(
        new CorporateLink(1, "https://github.com/jmt5/jmt5", "jmt5", 0, Bytes.zeros(256)));
  }

  @Override
  protected void loggedIn(ServerSession session, long login) {
    // pushes start after the login reply and cmd 15, never before them
    session.afterReplies(() -> registry.add(session));
  }

  @Override
  public void closed(ServerSession session) {
    registry.remove(session);
  }
}
