package io.github.jmt5.client;

import io.github.jmt5.client.account.AccountService;
import io.github.jmt5.client.account.MarginModel;
import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.Mt5Event;
import io.github.jmt5.client.event.Resubscribed;
import io.github.jmt5.client.event.StateChanged;
import io.github.jmt5.client.event.Subscription;
import io.github.jmt5.client.event.SymbolsUpdated;
import io.github.jmt5.client.history.History;
import io.github.jmt5.client.market.MarketData;
import io.github.jmt5.client.session.Session;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.symbols.Symbols;
import io.github.jmt5.client.trading.TradeState;
import io.github.jmt5.client.trading.Trading;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The asynchronous MT5 client: a {@link Session} plus the account, symbols, market data, trading
 * and history on top of it, and the live state mirrored from pushes.
 *
 * <pre>{@code
 * try (Mt5Client client = Mt5Client.connect(options).join()) {
 *   AccountInfo account = client.account().info().orElseThrow();
 *   client.market().subscribeTicks("EURUSD").join();
 *   OrderResult r = client.trading().buy("EURUSD", 0.1).join();
 * }
 * }</pre>
 *
 * <p>{@link #connect} loads what the web terminal loads after login (PROTOCOL.md 5.1): the account,
 * the symbol list (cmd 34 for more than 256 symbols), positions and orders. After every reconnect
 * the account, positions and orders are loaded again and the symbol cache is invalidated, since
 * anything may have changed while the link was down.
 *
 * <p>Thread-safe.
 */
public final class Mt5Client implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Mt5Client.class);
  private static final Duration SYMBOL_TTL = Duration.ofMinutes(10);

  private final Session session;
  private final Symbols symbols;
  private final MarketData market;
  private final TradeState trades;
  private final Trading trading;
  private final AccountService account;
  private final History history;

  private Mt5Client(Session session, Function<Mt5Client, MarginModel> marginModel) {
    this.session = session;
    this.symbols = new Symbols(session, SYMBOL_TTL, Clock.systemUTC());
    this.market = new MarketData(session, symbols);
    this.trades = new TradeState(session);
    this.trading =
        new Trading(session, symbols, market, trades, session.options().requestTimeout());
    this.account = new AccountService(session, trades, marginModel.apply(this));
    this.history = new History(session);
    session.addPushMirror(
        e -> {
          market.mirror(e);
          trades.mirror(e);
          account.mirror(e);
          trading.mirror(e);
          if (e instanceof SymbolsUpdated u) {
            symbols.apply(u);
          }
        });
    session.on(Resubscribed.class, e -> reload());
    session.on(
        StateChanged.class,
        e -> {
          if (e.from() == ConnectionState.READY) {
            trading.linkLost(
                e.cause() != null ? e.cause() : new ConnectionException("session " + e.to()));
          }
        });
  }

  /**
   * Connects, logs in and loads the account, symbols, positions and orders. Margin and floating
   * profit are computed from live quotes per calculation mode, as the web terminal does (see {@link
   * io.github.jmt5.client.calc}).
   *
   * @param options where to connect, who logs in, and how the session behaves
   * @return completes with the ready client, or exceptionally with the connection, authentication
   *     or timeout failure
   */
  public static CompletableFuture<Mt5Client> connect(SessionOptions options) {
    return connect(options, c -> new LiveMargin(c.symbols, c.market));
  }

  /**
   * As {@link #connect(SessionOptions)}, with a margin model built for the new client.
   *
   * @param options where to connect, who logs in, and how the session behaves
   * @param marginModel makes the margin and profit model from the new client
   * @return completes with the ready client, or exceptionally with the connection, authentication
   *     or timeout failure
   */
  public static CompletableFuture<Mt5Client> connect(
      SessionOptions options, Function<Mt5Client, MarginModel> marginModel) {
    Session session = new Session(options);
    Mt5Client client = new Mt5Client(session, marginModel);
    return session
        .connect()
        .thenCompose(v -> client.load())
        .handle(
            (v, e) -> {
              if (e != null) {
                session.close();
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
              }
              return client;
            });
  }

  private CompletableFuture<Void> load() {
    return account
        .refresh()
        .thenCompose(
            a -> {
              account.raw().ifPresent(raw -> symbols.symbolsCountHint(raw.symbolsCount()));
              return symbols.list();
            })
        .thenCompose(l -> trades.refresh())
        .thenApply(p -> null);
  }

  private void reload() {
    symbols.invalidate();
    var unused =
        load()
            .exceptionally(
                e -> {
                  LOG.atWarn()
                      .addKeyValue("account", session.login())
                      .log("reload after reconnect failed: {}", e.toString());
                  return null;
                });
  }

  /** {@return the session: requests, events and the connection state} */
  public Session session() {
    return session;
  }

  /** {@return the account, kept current from pushes} */
  public AccountService account() {
    return account;
  }

  /** {@return the symbol list and symbol configurations} */
  public Symbols symbols() {
    return symbols;
  }

  /** {@return quotes, order books and bars} */
  public MarketData market() {
    return market;
  }

  /** {@return order placement, modification and closing} */
  public Trading trading() {
    return trading;
  }

  /** {@return open positions and pending orders, kept current} */
  public TradeState positions() {
    return trades;
  }

  /** {@return deals and orders of the trade history} */
  public History history() {
    return history;
  }

  /**
   * Listens for events; see {@link Session#on}.
   *
   * @param <E> the event type
   * @param type the event class; subclasses and implementations match too
   * @param listener called for every matching event, on the session's event thread
   * @return a subscription that removes the listener when closed
   */
  public <E extends Mt5Event> Subscription on(Class<E> type, Consumer<? super E> listener) {
    return session.on(type, listener);
  }

  /** Closes the session gracefully (drain, logout, close). Idempotent. */
  @Override
  public void close() {
    session.close();
  }
}
