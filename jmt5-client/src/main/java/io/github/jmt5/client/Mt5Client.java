package io.github.jmt5.client;

import io.github.jmt5.client.account.AccountService;
import io.github.jmt5.client.account.MarginModel;
import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.SessionClosedException;
import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.Mt5Event;
import io.github.jmt5.client.event.Resubscribed;
import io.github.jmt5.client.event.StateChanged;
import io.github.jmt5.client.event.Subscription;
import io.github.jmt5.client.event.SymbolsUpdated;
import io.github.jmt5.client.history.History;
import io.github.jmt5.client.market.MarketData;
import io.github.jmt5.client.reconnect.ReconnectOptions;
import io.github.jmt5.client.session.Session;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.symbols.Symbols;
import io.github.jmt5.client.trading.TradeState;
import io.github.jmt5.client.trading.Trading;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
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
   * <p>With {@link ReconnectOptions#retryOnFailedConnect()} the connect and login are retried as
   * {@link Session#connect()} describes, and a load cut short by a lost link is done again once the
   * session has reconnected (at most {@link ReconnectOptions#maxAttempts()} times, unlimited when
   * 0). Cancelling the returned future closes the session, which stops any retry.
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
    CompletableFuture<Mt5Client> result =
        session
            .connect()
            .thenCompose(v -> client.firstLoad(0))
            .handle(
                (v, e) -> {
                  if (e != null) {
                    session.close();
                    throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                  }
                  return client;
                });
    var unused = result.whenComplete((c, e) -> closeIfCancelled(result, session));
    return result;
  }

  private static void closeIfCancelled(CompletableFuture<?> connecting, Session session) {
    if (!connecting.isCancelled()) {
      return;
    }
    var unused = session.closeAsync(); // stops a connect that is still retrying
  }

  /**
   * The load after the first login. With {@link ReconnectOptions#retryOnFailedConnect()}, a load
   * that failed because the link was lost waits for the session to reconnect and loads again.
   *
   * @param retries loads already retried
   */
  private CompletableFuture<Void> firstLoad(int retries) {
    return load()
        .exceptionallyCompose(
            e -> {
              Throwable cause = unwrap(e);
              ReconnectOptions reconnect = session.options().reconnect();
              boolean linkLost =
                  cause instanceof ConnectionException
                      && !(cause instanceof SessionClosedException);
              boolean mayRetry =
                  reconnect.retryOnFailedConnect()
                      && reconnect.enabled()
                      && linkLost
                      && (reconnect.maxAttempts() == 0 || retries < reconnect.maxAttempts());
              if (!mayRetry) {
                return CompletableFuture.failedFuture(cause);
              }
              LOG.atInfo()
                  .addKeyValue("account", session.login())
                  .log(
                      "link lost while loading; loading again after reconnecting: {}",
                      cause.toString());
              return nextReady(cause).thenCompose(x -> firstLoad(retries + 1));
            });
  }

  /**
   * Completes when the session is next READY; fails when it closes or is left disconnected.
   *
   * @param lost why the previous load failed, the cause of a failure here
   */
  private CompletableFuture<Void> nextReady(Throwable lost) {
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Subscription listener =
        session.on(StateChanged.class, e -> settleWhenReady(ready, e.to(), lost));
    settleWhenReady(ready, session.state(), lost);
    var unused = ready.whenComplete((v, e) -> listener.close());
    return ready;
  }

  private static void settleWhenReady(
      CompletableFuture<Void> ready, ConnectionState state, Throwable lost) {
    if (state == ConnectionState.READY) {
      ready.complete(null);
    } else if (state == ConnectionState.DISCONNECTED || state.isShuttingDown()) {
      ready.completeExceptionally(
          new ConnectionException(
              "link lost while loading and the session is " + state + ": " + lost.getMessage(),
              lost));
    }
  }

  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
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
