package io.github.jmt5.client.compat;

import static io.github.jmt5.client.internal.Futures.unwrap;
import static io.github.jmt5.protocol.message.market.Tick.FIELD_ASK;
import static io.github.jmt5.protocol.message.market.Tick.FIELD_BID;
import static io.github.jmt5.protocol.message.market.Tick.FIELD_LAST;
import static io.github.jmt5.protocol.message.market.Tick.FIELD_VOLUME;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.error.AuthenticationException;
import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.RateLimitException;
import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.error.ServerErrorException;
import io.github.jmt5.client.error.TradeException;
import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.PushEvent;
import io.github.jmt5.client.event.Subscription;
import io.github.jmt5.client.event.TicksReceived;
import io.github.jmt5.client.market.BookSnapshot;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.client.session.Credentials;
import io.github.jmt5.client.session.LoginOptions;
import io.github.jmt5.client.session.Request;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.session.SymbolSubscription;
import io.github.jmt5.client.symbols.UnknownSymbolException;
import io.github.jmt5.client.trading.OrderRequest;
import io.github.jmt5.client.trading.OrderResult;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.enums.OrderFilling;
import io.github.jmt5.protocol.enums.OrderTime;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.market.IdList;
import io.github.jmt5.protocol.message.market.SymbolBasic;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.state.OrderBook;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A blocking facade with one method per function of the official {@code MetaTrader5} Python
 * package, camelCased, on top of {@link Mt5Client}.
 *
 * <pre>{@code
 * try (MetaTrader5 mt5 = new MetaTrader5()) {
 *   if (!mt5.initialize(URI.create("wss://web.metatrader.app/terminal"), 50001, password)) {
 *     System.out.println("initialize failed: " + mt5.lastError());
 *     return;
 *   }
 *   mt5.symbolSelect("EURUSD", true);
 *   List<Rate> rates = mt5.copyRatesFromPos("EURUSD", Mt5Constants.TIMEFRAME_H1, 0, 100);
 *   OrderSendResult r =
 *       mt5.orderSend(
 *           TradeRequest.builder(Mt5Constants.TRADE_ACTION_DEAL)
 *               .symbol("EURUSD").volume(0.1).type(Mt5Constants.ORDER_TYPE_BUY).build());
 * }
 * }</pre>
 *
 * <p><b>Errors.</b> As in the official package, a method that fails returns null (the {@code
 * *Total} methods -1, {@code boolean} methods false) and sets {@link #lastError()}; every method
 * that succeeds resets it to {@code (1, "Success")}. Failures map to the official {@code RES_*}
 * codes: not initialized or connection lost → {@code RES_E_INTERNAL_FAIL_CONNECT} (-10004), login
 * refused → {@code RES_E_AUTH_FAILED} (-6), unknown symbol or nothing to act on → {@code
 * RES_E_NOT_FOUND} (-4), bad arguments → {@code RES_E_INVALID_PARAMS} (-2), no answer in time →
 * {@code RES_E_INTERNAL_FAIL_TIMEOUT} (-10005), rate limit → {@code RES_E_INTERNAL_FAIL_SEND}
 * (-10001), a server error code → {@code RES_E_FAIL} (-1), a missing {@link Calculations} → {@code
 * RES_E_UNSUPPORTED} (-7). The description names the detail.
 *
 * <p><b>What the web protocol changes.</b> There is no desktop terminal: the instance connects
 * straight to a web terminal endpoint. Ticks arrive only for subscribed symbols, so {@link
 * #symbolSelect} subscribes and unsubscribes, {@link #symbolInfoTick} needs a selected symbol, and
 * the {@code copyTicks*} methods return the ticks recorded live since the symbol was selected (the
 * protocol has no tick history). Bars come in the nine timeframes of the web terminal only. Each
 * method's Javadoc says what it returns instead where it differs.
 *
 * <p>Every call blocks for at most the timeout of the connection (60 s unless given to {@code
 * initialize}). Thread-safe; {@link #lastError()} is per instance (the official one is per process)
 * and reflects the last call made on it by any thread.
 */
public final class MetaTrader5 implements AutoCloseable {
  /** How long a call blocks at most, unless {@code initialize} is given another timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /** How many ticks are kept per selected symbol, unless the constructor is given another size. */
  public static final int DEFAULT_TICK_CAPACITY = 100_000;

  private static final int FULL_SYMBOLS_PER_REQUEST = 100;
  private static final int MAX_BARS = 1_000_000;
  private static final int TERMINAL_VERSION = 500;

  private final Clock clock;
  private final int tickCapacity;
  private volatile LastError lastError = LastError.SUCCESS;
  private volatile @Nullable Connection connection;
  private volatile @Nullable Calculations calculations = new LocalCalculations();

  /** A facade with the system clock and {@link #DEFAULT_TICK_CAPACITY}. */
  public MetaTrader5() {
    this(Clock.systemUTC(), DEFAULT_TICK_CAPACITY);
  }

  /**
   * A facade with its own clock and tick buffer size.
   *
   * @param clock what "now" is for {@link #copyRatesFromPos} and the whole-history searches
   *     (normally the system clock; a server whose clock differs from the system's needs its own)
   * @param tickCapacity how many ticks to keep per selected symbol for {@code copyTicks*}; the
   *     oldest are dropped first
   */
  public MetaTrader5(Clock clock, int tickCapacity) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (tickCapacity < 1) {
      throw new IllegalArgumentException("tickCapacity must be positive, was " + tickCapacity);
    }
    this.tickCapacity = tickCapacity;
  }

  // ---------------------------------------------------------------- connection

  /**
   * {@code initialize(server, login, password)}: connects to a web terminal endpoint and logs in,
   * waiting at most {@link #DEFAULT_TIMEOUT}. See {@link #initialize(URI, long, char[], Duration)}.
   *
   * @param server the web terminal endpoint, {@code wss://…}
   * @param login the account login
   * @param password the password; not kept after the call
   * @return true when logged in; false with {@link #lastError()} set otherwise
   */
  public boolean initialize(URI server, long login, char[] password) {
    return initialize(server, login, password, DEFAULT_TIMEOUT);
  }

  /**
   * {@code initialize(server, login, password, timeout)}: connects to the web terminal endpoint
   * {@code server} ({@code wss://…}) and logs in to account {@code login}. The official package
   * starts a desktop terminal instead; here there is none. A connection this instance already had
   * is shut down first.
   *
   * @param password copied; the caller may clear its array. It is cleared from memory on {@link
   *     #shutdown()}
   * @param timeout connect timeout and the longest any later call of this connection blocks
   * @param server the web terminal endpoint, {@code wss://…}
   * @param login the account login
   * @return true when logged in; false with {@link #lastError()} set otherwise (for example {@code
   *     RES_E_AUTH_FAILED} for a wrong password)
   */
  public synchronized boolean initialize(
      URI server, long login, char[] password, Duration timeout) {
    SessionOptions options;
    try {
      options =
          SessionOptions.builder(
                  ConnectionOptions.builder(server).connectTimeout(timeout).build(),
                  LoginOptions.of(Credentials.of(login, password)))
              .build();
    } catch (RuntimeException e) {
      shutdown();
      lastError = errorOf(e);
      return false;
    }
    return connect(options, true, timeout);
  }

  /**
   * {@code initialize()} with every session option given (TLS, reconnect, heartbeat, rate limits…);
   * calls block for at most {@link #DEFAULT_TIMEOUT}. A connection this instance already had is
   * shut down first. The credentials stay the caller's: they are not cleared on shutdown.
   *
   * @param options the session options, including the endpoint and the credentials
   * @return true when logged in; false with {@link #lastError()} set otherwise
   */
  public synchronized boolean initialize(SessionOptions options) {
    return connect(Objects.requireNonNull(options, "options"), false, DEFAULT_TIMEOUT);
  }

  /**
   * As {@link #initialize(SessionOptions)}, with the calculations behind {@link #orderCalcMargin},
   * {@link #orderCalcProfit} and {@link #orderCheck}.
   *
   * @param options the session options, including the endpoint and the credentials
   * @param calculations the calculations to use
   * @return true when logged in; false with {@link #lastError()} set otherwise
   */
  public synchronized boolean initialize(SessionOptions options, Calculations calculations) {
    this.calculations = Objects.requireNonNull(calculations, "calculations");
    return initialize(options);
  }

  /**
   * Sets (or with null removes) the calculations behind {@link #orderCalcMargin}, {@link
   * #orderCalcProfit} and {@link #orderCheck}; the default is {@link LocalCalculations}. Not an
   * official function.
   *
   * @param calculations the calculations, or {@code null} for none
   */
  public void setCalculations(@Nullable Calculations calculations) {
    this.calculations = calculations;
  }

  /**
   * {@code login(login, password)}: logs in to another account on the same server, waiting at most
   * the connection's timeout. See {@link #login(long, char[], Duration)}.
   *
   * @param login the account login
   * @param password the password; not kept after the call
   * @return true when logged in; false with {@link #lastError()} set otherwise
   */
  public boolean login(long login, char[] password) {
    Connection c = connection;
    return login(login, password, c == null ? DEFAULT_TIMEOUT : c.timeout);
  }

  /**
   * {@code login(login, password, timeout)}: logs in to account {@code login} on the server of the
   * current connection, with the same options. On success the previous connection is closed (its
   * selected symbols and recorded ticks are dropped); on failure it stays as it was.
   *
   * @param password copied; the caller may clear its array
   * @param login the account login
   * @param timeout how long to wait at most
   * @return true when logged in; false with {@link #lastError()} set otherwise ({@code
   *     RES_E_INTERNAL_FAIL_CONNECT} when not initialized)
   */
  public synchronized boolean login(long login, char[] password, Duration timeout) {
    Connection old = connection;
    if (old == null) {
      lastError = notConnected();
      return false;
    }
    SessionOptions options;
    try {
      options = withCredentials(old.options, Credentials.of(login, password));
    } catch (RuntimeException e) {
      lastError = errorOf(e);
      return false;
    }
    try {
      connection = open(options, true, timeout);
    } catch (RuntimeException e) {
      options.login().credentials().clear();
      lastError = errorOf(e);
      return false;
    }
    old.close();
    lastError = LastError.SUCCESS;
    return true;
  }

  /**
   * {@code shutdown()}: closes the connection (drains, logs out, closes the socket) and forgets
   * selected symbols, books and recorded ticks. Does nothing when not connected. Idempotent.
   */
  public synchronized void shutdown() {
    Connection c = connection;
    connection = null;
    if (c != null) {
      c.close();
    }
  }

  /** Same as {@link #shutdown()}. */
  @Override
  public void close() {
    shutdown();
  }

  /**
   * {@code version()}: 500, the trade server's build and an empty release date; see {@link
   * Version}.
   *
   * @return null when not connected
   */
  public @Nullable Version version() {
    return call(c -> new Version(TERMINAL_VERSION, account(c).main().serverBuild(), ""));
  }

  /**
   * {@code last_error()}: the outcome of the last call made on this instance.
   *
   * @return the code and description of the last call's outcome
   */
  public LastError lastError() {
    return lastError;
  }

  /**
   * The asynchronous client behind this facade, for what the facade does not offer (events,
   * spreads, …). Not an official function.
   *
   * @return null when not connected
   */
  public @Nullable Mt5Client client() {
    Connection c = connection;
    return c == null ? null : c.client;
  }

  // ---------------------------------------------------------------- account and terminal

  /**
   * {@code account_info()}: the account with equity, margin, free margin and margin level computed
   * from the open positions; see {@link AccountInfo} for the fields the web protocol does not
   * carry.
   *
   * @return null when not connected
   */
  public @Nullable AccountInfo accountInfo() {
    return call(
        c -> {
          Optional<io.github.jmt5.client.account.AccountInfo> info = c.client.account().info();
          io.github.jmt5.client.account.AccountInfo a =
              info.isPresent() ? info.get() : await(c, c.client.account().refresh());
          return AccountInfo.of(a, account(c));
        });
  }

  /**
   * {@code terminal_info()}: what describes the connection; see {@link TerminalInfo} for the fields
   * that have no meaning without a desktop terminal.
   *
   * @return null when not connected
   */
  public @Nullable TerminalInfo terminalInfo() {
    return call(
        c -> {
          Account a = account(c);
          boolean tradeAllowed = c.client.account().info().map(i -> i.tradeAllowed()).orElse(false);
          return new TerminalInfo(
              false,
              false,
              c.client.session().state() == ConnectionState.READY,
              false,
              tradeAllowed,
              false,
              false,
              false,
              false,
              false,
              a.main().serverBuild(),
              MAX_BARS,
              0,
              0,
              0,
              0,
              a.main().company(),
              "jmt5",
              "English",
              "",
              "",
              "");
        });
  }

  // ---------------------------------------------------------------- symbols

  /**
   * {@code symbols_total()}: how many symbols the account has (all of them: the web terminal has no
   * Market Watch subset).
   *
   * @return -1 on failure
   */
  public int symbolsTotal() {
    Integer n = call(c -> await(c, c.client.symbols().list()).size());
    return n == null ? -1 : n;
  }

  /**
   * {@code symbols_get()}: every symbol of the account, in the server's order. Loads the full
   * configurations not yet cached in batches of 100.
   *
   * @return null on failure
   */
  public @Nullable List<SymbolInfo> symbolsGet() {
    return call(c -> symbols(c, s -> true));
  }

  /**
   * {@code symbols_get(group)}: the symbols matching {@code group} ({@code "*USD*"}, {@code
   * "*,!*EUR*"}, see {@link GroupPattern}), in the server's order.
   *
   * @param group comma-separated conditions such as {@code *USD*} or {@code !*EUR*}
   * @return null on failure ({@code RES_E_INVALID_PARAMS} for a group without conditions)
   */
  public @Nullable List<SymbolInfo> symbolsGet(String group) {
    return call(
        c -> {
          GroupPattern p = GroupPattern.parse(group);
          return symbols(c, s -> p.matches(s.tradeSymbol(), s.symbolPath()));
        });
  }

  /**
   * {@code symbol_info(symbol)}: the symbol's configuration and, if it is selected, its live quote.
   *
   * @param symbol symbol name
   * @return null on failure ({@code RES_E_NOT_FOUND} for an unknown symbol)
   */
  public @Nullable SymbolInfo symbolInfo(String symbol) {
    return call(
        c -> {
          SymbolBasic basic = await(c, c.client.symbols().basic(symbol));
          FullSymbol full = await(c, c.client.symbols().get(symbol));
          return symbolInfo(c, full, basic.symbolPath());
        });
  }

  /**
   * {@code symbol_info_tick(symbol)}: the latest quote of a selected symbol, merged from its ticks
   * as the web terminal merges them ({@code flags} are those of the last tick received).
   *
   * @param symbol symbol name
   * @return null on failure: {@code RES_E_NOT_FOUND} for an unknown symbol, for a symbol that is
   *     not selected (the web protocol sends ticks only for subscribed symbols; call {@link
   *     #symbolSelect} first) and while no tick has arrived yet
   */
  public @Nullable Tick symbolInfoTick(String symbol) {
    return call(
        c -> {
          SymbolBasic basic = await(c, c.client.symbols().basic(symbol));
          TickBuffer buffer = c.buffers.get(basic.symbolId());
          if (buffer == null) {
            throw new Failure(
                Mt5Constants.RES_E_NOT_FOUND,
                symbol + " is not selected; call symbolSelect(\"" + symbol + "\", true) first");
          }
          Optional<SymbolQuote> quote = c.client.market().quote(symbol);
          if (quote.isEmpty()) {
            throw new Failure(Mt5Constants.RES_E_NOT_FOUND, "no tick of " + symbol + " yet");
          }
          Tick newest = buffer.newest();
          int flags =
              newest == null
                  ? Mt5Constants.TICK_FLAG_BID | Mt5Constants.TICK_FLAG_ASK
                  : newest.flags();
          return tick(quote.get(), flags);
        });
  }

  /**
   * {@code symbol_select(symbol, enable)}: with {@code enable} loads the symbol's configuration,
   * subscribes to its ticks (waiting until the server confirmed) and starts recording them for
   * {@code copyTicks*}; without, unsubscribes and drops the recorded ticks. Selecting a selected
   * symbol (or releasing one that is not) does nothing.
   *
   * @param symbol symbol name
   * @param enable {@code true} to select, {@code false} to unselect
   * @return true on success; false with {@link #lastError()} set ({@code RES_E_NOT_FOUND} for an
   *     unknown symbol)
   */
  public boolean symbolSelect(String symbol, boolean enable) {
    Boolean done =
        call(
            c -> {
              SymbolBasic basic = await(c, c.client.symbols().basic(symbol));
              synchronized (c) {
                if (enable) {
                  if (!c.ticks.containsKey(symbol)) {
                    // the configuration first: learning it later would restart the merged quote
                    await(c, c.client.symbols().get(symbol));
                    c.buffers.putIfAbsent(basic.symbolId(), new TickBuffer(tickCapacity));
                    try {
                      c.ticks.put(symbol, await(c, c.client.market().subscribeTicks(symbol)));
                    } catch (RuntimeException e) {
                      c.buffers.remove(basic.symbolId());
                      throw e;
                    }
                  }
                } else {
                  SymbolSubscription s = c.ticks.remove(symbol);
                  if (s != null) {
                    s.close();
                    c.buffers.remove(basic.symbolId());
                  }
                }
              }
              return true;
            });
    return done != null;
  }

  // ---------------------------------------------------------------- order book

  /**
   * {@code market_book_add(symbol)}: subscribes to the symbol's order book, waiting until the
   * server confirmed. The levels arrive shortly after; {@link #marketBookGet} returns them.
   *
   * @param symbol symbol name
   * @return true on success; false with {@link #lastError()} set
   */
  public boolean marketBookAdd(String symbol) {
    Boolean done =
        call(
            c -> {
              await(c, c.client.symbols().basic(symbol));
              synchronized (c) {
                if (!c.books.containsKey(symbol)) {
                  c.books.put(symbol, await(c, c.client.market().subscribeBook(symbol)));
                }
              }
              return true;
            });
    return done != null;
  }

  /**
   * {@code market_book_get(symbol)}: the symbol's order book as the official package orders it:
   * sell levels from the highest price down, then buy levels from the highest price down. Empty
   * until the first book update after {@link #marketBookAdd} arrived.
   *
   * @param symbol symbol name
   * @return null on failure ({@code RES_E_NOT_FOUND} when {@link #marketBookAdd} was not called)
   */
  public @Nullable List<BookInfo> marketBookGet(String symbol) {
    return call(
        c -> {
          await(c, c.client.symbols().basic(symbol));
          if (!c.books.containsKey(symbol)) {
            throw new Failure(
                Mt5Constants.RES_E_NOT_FOUND,
                "no book of " + symbol + "; call marketBookAdd(\"" + symbol + "\") first");
          }
          Optional<BookSnapshot> book = c.client.market().book(symbol);
          List<BookInfo> out = new ArrayList<>();
          if (book.isPresent()) {
            for (OrderBook.Level l : book.get().asks()) {
              out.add(level(Mt5Constants.BOOK_TYPE_SELL, l));
            }
            for (OrderBook.Level l : book.get().bids()) {
              out.add(level(Mt5Constants.BOOK_TYPE_BUY, l));
            }
            // sells first, then buys; each from the highest price down
            out.sort(
                Comparator.comparingInt(BookInfo::type)
                    .thenComparing(BookInfo::price, Comparator.reverseOrder()));
          }
          return out;
        });
  }

  /**
   * {@code market_book_release(symbol)}: unsubscribes from the symbol's order book. Releasing a
   * book that was not added does nothing.
   *
   * @param symbol symbol name
   * @return true on success; false with {@link #lastError()} set ({@code RES_E_NOT_FOUND} for an
   *     unknown symbol)
   */
  public boolean marketBookRelease(String symbol) {
    Boolean done =
        call(
            c -> {
              await(c, c.client.symbols().basic(symbol));
              SymbolSubscription s = c.books.remove(symbol);
              if (s != null) {
                s.close();
              }
              return true;
            });
    return done != null;
  }

  // ---------------------------------------------------------------- bars

  /**
   * {@code copy_rates_from(symbol, timeframe, date_from, count)}: the {@code count} bars opened at
   * or before {@code dateFrom}, oldest first. Fewer when the server has fewer.
   *
   * @param timeframe {@code TIMEFRAME_*}; the web protocol serves M1, M5, M15, M30, H1, H4, D1, W1
   *     and MN1 only, the others fail with {@code RES_E_INVALID_PARAMS}
   * @param count 1 to 1,000,000
   * @param symbol symbol name
   * @param dateFrom the latest bar open time included
   * @return null on failure
   */
  public @Nullable List<Rate> copyRatesFrom(
      String symbol, int timeframe, Instant dateFrom, int count) {
    return call(
        c -> {
          Timeframe tf = timeframe(timeframe);
          await(c, c.client.symbols().basic(symbol));
          return rates(await(c, c.client.market().lastBars(symbol, tf, count, dateFrom)));
        });
  }

  /**
   * {@code copy_rates_from_pos(symbol, timeframe, start_pos, count)}: {@code count} bars ending
   * {@code startPos} bars before the current one (0 is the current, unfinished bar), oldest first.
   * "Current" is the newest bar the server has up to the clock of this instance.
   *
   * @param timeframe {@code TIMEFRAME_*}, see {@link #copyRatesFrom}
   * @param startPos 0 or more
   * @param count 1 or more; {@code startPos + count} at most 1,000,000
   * @param symbol symbol name
   * @return null on failure
   */
  public @Nullable List<Rate> copyRatesFromPos(
      String symbol, int timeframe, int startPos, int count) {
    return call(
        c -> {
          Timeframe tf = timeframe(timeframe);
          if (startPos < 0 || count < 1 || (long) startPos + count > MAX_BARS) {
            throw new IllegalArgumentException(
                "startPos must be >= 0 and count >= 1 with startPos + count <= "
                    + MAX_BARS
                    + ", were "
                    + startPos
                    + " and "
                    + count);
          }
          await(c, c.client.symbols().basic(symbol));
          List<Bar> bars =
              await(c, c.client.market().lastBars(symbol, tf, startPos + count, clock.instant()));
          int end = Math.max(0, bars.size() - startPos);
          return rates(bars.subList(Math.max(0, end - count), end));
        });
  }

  /**
   * {@code copy_rates_range(symbol, timeframe, date_from, date_to)}: the bars opened in {@code
   * [dateFrom, dateTo]}, oldest first.
   *
   * @param timeframe {@code TIMEFRAME_*}, see {@link #copyRatesFrom}
   * @param symbol symbol name
   * @param dateFrom start of the range, inclusive
   * @param dateTo end of the range, inclusive
   * @return null on failure
   */
  public @Nullable List<Rate> copyRatesRange(
      String symbol, int timeframe, Instant dateFrom, Instant dateTo) {
    return call(
        c -> {
          Timeframe tf = timeframe(timeframe);
          await(c, c.client.symbols().basic(symbol));
          return rates(await(c, c.client.market().bars(symbol, tf, dateFrom, dateTo)));
        });
  }

  // ---------------------------------------------------------------- ticks

  /**
   * {@code copy_ticks_from(symbol, date_from, count, flags)}: up to {@code count} ticks at or after
   * {@code dateFrom}, oldest first.
   *
   * <p><b>Not the official behaviour:</b> the web protocol has no tick history. This returns the
   * ticks recorded live since the symbol was selected with {@link #symbolSelect} (the newest {@link
   * #DEFAULT_TICK_CAPACITY}, or the constructor's capacity, per symbol), each being the merged
   * quote after a tick push; ticks from before the selection are not available.
   *
   * @param flags {@code COPY_TICKS_ALL}, {@code COPY_TICKS_INFO} (bid or ask changed) or {@code
   *     COPY_TICKS_TRADE} (last or volume changed)
   * @param symbol symbol name
   * @param dateFrom earliest tick time included
   * @param count most ticks returned
   * @return null on failure ({@code RES_E_NOT_FOUND} for a symbol that is not selected)
   */
  public @Nullable List<Tick> copyTicksFrom(String symbol, Instant dateFrom, int count, int flags) {
    return call(
        c -> {
          if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
          }
          return buffer(c, symbol).from(dateFrom, count, flags);
        });
  }

  /**
   * {@code copy_ticks_range(symbol, date_from, date_to, flags)}: the ticks in {@code [dateFrom,
   * dateTo]}, oldest first. Like {@link #copyTicksFrom}, only the ticks recorded live since the
   * symbol was selected.
   *
   * @param symbol symbol name
   * @param dateFrom start of the range, inclusive
   * @param dateTo end of the range, inclusive
   * @param flags {@code COPY_TICKS_*}: all ticks, or only those that changed bid/ask or last
   * @return null on failure ({@code RES_E_NOT_FOUND} for a symbol that is not selected)
   */
  public @Nullable List<Tick> copyTicksRange(
      String symbol, Instant dateFrom, Instant dateTo, int flags) {
    return call(
        c -> {
          if (dateTo.isBefore(dateFrom)) {
            throw new IllegalArgumentException("dateTo is before dateFrom");
          }
          return buffer(c, symbol).range(dateFrom, dateTo, flags);
        });
  }

  // ---------------------------------------------------------------- orders and positions

  /**
   * {@code orders_total()}: how many pending orders are open.
   *
   * @return -1 on failure
   */
  public int ordersTotal() {
    Integer n = call(c -> c.client.positions().orders().size());
    return n == null ? -1 : n;
  }

  /**
   * {@code orders_get()}: the pending orders, oldest first.
   *
   * @return null on failure
   */
  public @Nullable List<TradeOrder> ordersGet() {
    return call(c -> orders(c, o -> true));
  }

  /**
   * {@code orders_get(symbol=symbol)}: the pending orders of {@code symbol}.
   *
   * @param symbol symbol name
   * @return null on failure; empty when there is none
   */
  public @Nullable List<TradeOrder> ordersGetBySymbol(String symbol) {
    return call(c -> orders(c, o -> o.tradeSymbol().equals(symbol)));
  }

  /**
   * {@code orders_get(group=group)}: the pending orders whose symbol matches {@code group} (see
   * {@link GroupPattern}).
   *
   * @param group comma-separated conditions such as {@code *USD*} or {@code !*EUR*}
   * @return null on failure
   */
  public @Nullable List<TradeOrder> ordersGetByGroup(String group) {
    return call(
        c -> {
          GroupPattern p = GroupPattern.parse(group);
          return orders(c, o -> p.matches(o.tradeSymbol()));
        });
  }

  /**
   * {@code orders_get(ticket=ticket)}: the pending order {@code ticket}, as a list of one.
   *
   * @param ticket order ticket
   * @return null on failure; empty when there is no such order
   */
  public @Nullable List<TradeOrder> ordersGetByTicket(long ticket) {
    return call(c -> orders(c, o -> o.tradeOrder() == ticket));
  }

  /**
   * {@code positions_total()}: how many positions are open.
   *
   * @return -1 on failure
   */
  public int positionsTotal() {
    Integer n = call(c -> c.client.positions().positions().size());
    return n == null ? -1 : n;
  }

  /**
   * {@code positions_get()}: the open positions, oldest first.
   *
   * @return null on failure
   */
  public @Nullable List<TradePosition> positionsGet() {
    return call(c -> positions(c, p -> true));
  }

  /**
   * {@code positions_get(symbol=symbol)}: the open positions of {@code symbol}.
   *
   * @param symbol symbol name
   * @return null on failure; empty when there is none
   */
  public @Nullable List<TradePosition> positionsGetBySymbol(String symbol) {
    return call(c -> positions(c, p -> p.tradeSymbol().equals(symbol)));
  }

  /**
   * {@code positions_get(group=group)}: the open positions whose symbol matches {@code group} (see
   * {@link GroupPattern}).
   *
   * @param group comma-separated conditions such as {@code *USD*} or {@code !*EUR*}
   * @return null on failure
   */
  public @Nullable List<TradePosition> positionsGetByGroup(String group) {
    return call(
        c -> {
          GroupPattern p = GroupPattern.parse(group);
          return positions(c, x -> p.matches(x.tradeSymbol()));
        });
  }

  /**
   * {@code positions_get(ticket=ticket)}: the position {@code ticket}, as a list of one.
   *
   * @param ticket position ticket
   * @return null on failure; empty when there is no such position
   */
  public @Nullable List<TradePosition> positionsGetByTicket(long ticket) {
    return call(c -> positions(c, p -> p.positionId() == ticket));
  }

  // ---------------------------------------------------------------- history

  /**
   * {@code history_orders_total(date_from, date_to)}: how many orders the history has in {@code
   * [dateFrom, dateTo]}.
   *
   * @param dateFrom start of the range, inclusive
   * @param dateTo end of the range, inclusive
   * @return -1 on failure
   */
  public int historyOrdersTotal(Instant dateFrom, Instant dateTo) {
    Integer n = call(c -> await(c, c.client.history().orders(dateFrom, dateTo)).size());
    return n == null ? -1 : n;
  }

  /**
   * {@code history_orders_get(date_from, date_to)}: the history orders in {@code [dateFrom,
   * dateTo]}, as the server lists them.
   *
   * @param dateFrom start of the range, inclusive
   * @param dateTo end of the range, inclusive
   * @return null on failure
   */
  public @Nullable List<TradeOrder> historyOrdersGet(Instant dateFrom, Instant dateTo) {
    return call(c -> historyOrders(c, dateFrom, dateTo, o -> true));
  }

  /**
   * {@code history_orders_get(date_from, date_to, group=group)}: the history orders in {@code
   * [dateFrom, dateTo]} whose symbol matches {@code group} (see {@link GroupPattern}).
   *
   * @param dateFrom start of the range, inclusive
   * @param dateTo end of the range, inclusive
   * @param group comma-separated conditions such as {@code *USD*} or {@code !*EUR*}
   * @return null on failure
   */
  public @Nullable List<TradeOrder> historyOrdersGet(
      Instant dateFrom, Instant dateTo, String group) {
    return call(
        c -> {
          GroupPattern p = GroupPattern.parse(group);
          return historyOrders(c, dateFrom, dateTo, o -> p.matches(o.tradeSymbol()));
        });
  }

  /**
   * {@code history_orders_get(ticket=ticket)}: the history order {@code ticket}, searched in the
   * whole history (one request from 1970 to a day past the clock of this instance).
   *
   * @param ticket order ticket
   * @return null on failure; empty when there is no such order
   */
  public @Nullable List<TradeOrder> historyOrdersGetByTicket(long ticket) {
    return call(c -> historyOrders(c, Instant.EPOCH, historyEnd(), o -> o.tradeOrder() == ticket));
  }

  /**
   * {@code history_orders_get(position=position)}: the history orders of position {@code position},
   * searched in the whole history.
   *
   * @param position position ticket
   * @return null on failure
   */
  public @Nullable List<TradeOrder> historyOrdersGetByPosition(long position) {
    return call(
        c -> historyOrders(c, Instant.EPOCH, historyEnd(), o -> o.positionId() == position));
  }

  /**
   * {@code history_deals_total(date_from, date_to)}: how many deals the history has in {@code
   * [dateFrom, dateTo]}.
   *
   * @param dateFrom start of the range, inclusive
   * @param dateTo end of the range, inclusive
   * @return -1 on failure
   */
  public int historyDealsTotal(Instant dateFrom, Instant dateTo) {
    Integer n = call(c -> await(c, c.client.history().deals(dateFrom, dateTo)).size());
    return n == null ? -1 : n;
  }

  /**
   * {@code history_deals_get(date_from, date_to)}: the deals in {@code [dateFrom, dateTo]}, as the
   * server lists them.
   *
   * @param dateFrom start of the range, inclusive
   * @param dateTo end of the range, inclusive
   * @return null on failure
   */
  public @Nullable List<TradeDeal> historyDealsGet(Instant dateFrom, Instant dateTo) {
    return call(c -> deals(c, dateFrom, dateTo, d -> true));
  }

  /**
   * {@code history_deals_get(date_from, date_to, group=group)}: the deals in {@code [dateFrom,
   * dateTo]} whose symbol matches {@code group} (see {@link GroupPattern}).
   *
   * @param dateFrom start of the range, inclusive
   * @param dateTo end of the range, inclusive
   * @param group comma-separated conditions such as {@code *USD*} or {@code !*EUR*}
   * @return null on failure
   */
  public @Nullable List<TradeDeal> historyDealsGet(Instant dateFrom, Instant dateTo, String group) {
    return call(
        c -> {
          GroupPattern p = GroupPattern.parse(group);
          return deals(c, dateFrom, dateTo, d -> p.matches(d.tradeSymbol()));
        });
  }

  /**
   * {@code history_deals_get(ticket=ticket)}: the deals made by order {@code orderTicket} (the
   * official {@code ticket} argument is an order ticket), searched in the whole history.
   *
   * @param orderTicket ticket of the order that made the deals
   * @return null on failure
   */
  public @Nullable List<TradeDeal> historyDealsGetByOrder(long orderTicket) {
    return call(c -> deals(c, Instant.EPOCH, historyEnd(), d -> d.tradeOrder() == orderTicket));
  }

  /**
   * {@code history_deals_get(position=position)}: the deals of position {@code position}, searched
   * in the whole history.
   *
   * @param position position ticket
   * @return null on failure
   */
  public @Nullable List<TradeDeal> historyDealsGetByPosition(long position) {
    return call(c -> deals(c, Instant.EPOCH, historyEnd(), d -> d.positionId() == position));
  }

  // ---------------------------------------------------------------- trading

  /**
   * {@code order_send(request)}: sends a trade request and waits for its result.
   *
   * <ul>
   *   <li>{@code TRADE_ACTION_DEAL}: a market order of {@code type} BUY or SELL; with {@code
   *       position} it closes (part of) that position. The client chooses the wire action from the
   *       symbol's execution mode (request, instant, market, exchange) and takes the price from the
   *       live quote where one is needed, so select the symbol first.
   *   <li>{@code TRADE_ACTION_PENDING}: a pending order at {@code price} ({@code stoplimit} for
   *       stop-limit orders) with {@code type_time} and {@code expiration}.
   *   <li>{@code TRADE_ACTION_SLTP}: new {@code sl} and {@code tp} of {@code position} (on a
   *       netting account the position of {@code symbol} when {@code position} is 0).
   *   <li>{@code TRADE_ACTION_MODIFY}: moves pending order {@code order} to {@code price} with new
   *       {@code sl} and {@code tp}; its lifetime and stop-limit price are kept.
   *   <li>{@code TRADE_ACTION_REMOVE}: deletes pending order {@code order}.
   *   <li>{@code TRADE_ACTION_CLOSE_BY}: closes {@code position} by the opposite {@code
   *       position_by}.
   * </ul>
   *
   * <p>A request the server or the client's local checks reject still returns a result carrying the
   * retcode (for example {@code TRADE_RETCODE_NO_MONEY}, {@code TRADE_RETCODE_INVALID_VOLUME}, or
   * {@code TRADE_RETCODE_POSITION_CLOSED} for an unknown position ticket) and the reason in {@code
   * comment}; {@link #lastError()} is then success, as in the official package. {@code magic} is
   * not sent (the web protocol has no such field).
   *
   * @param request the trade request
   * @return null when the request could not be sent: {@code RES_E_INVALID_PARAMS} for an unknown
   *     action, type or filling, a missing price or a bad volume; connection or timeout errors
   */
  public @Nullable OrderSendResult orderSend(TradeRequest request) {
    return call(c -> send(c, Objects.requireNonNull(request, "request")));
  }

  /**
   * {@code order_calc_margin(action, symbol, volume, price)}: the margin of an order in the account
   * currency, from the configured {@link Calculations}.
   *
   * @param action {@code ORDER_TYPE_*}
   * @param symbol symbol name
   * @param volume volume in lots
   * @param price open price
   * @return null on failure; {@code RES_E_UNSUPPORTED} when no {@link Calculations} is configured
   */
  public @Nullable Double orderCalcMargin(int action, String symbol, double volume, double price) {
    return call(c -> calculations().margin(c.client, action, symbol, volume, price));
  }

  /**
   * {@code order_calc_profit(action, symbol, volume, price_open, price_close)}: the profit of a
   * position in the account currency, from the configured {@link Calculations}.
   *
   * @param action {@code ORDER_TYPE_BUY} or {@code ORDER_TYPE_SELL}
   * @param symbol symbol name
   * @param volume volume in lots
   * @param priceOpen open price
   * @param priceClose close price
   * @return null on failure; {@code RES_E_UNSUPPORTED} when no {@link Calculations} is configured
   */
  public @Nullable Double orderCalcProfit(
      int action, String symbol, double volume, double priceOpen, double priceClose) {
    return call(
        c -> calculations().profit(c.client, action, symbol, volume, priceOpen, priceClose));
  }

  /**
   * {@code order_check(request)}: whether the account could afford {@code request}, from the
   * configured {@link Calculations}; nothing is sent.
   *
   * @param request the trade request to check
   * @return null on failure; {@code RES_E_UNSUPPORTED} when no {@link Calculations} is configured
   */
  public @Nullable OrderCheckResult orderCheck(TradeRequest request) {
    return call(c -> calculations().check(c.client, Objects.requireNonNull(request, "request")));
  }

  // ---------------------------------------------------------------- implementation

  /** One connected client with what this facade keeps for it. */
  private static final class Connection {
    final Mt5Client client;
    final SessionOptions options;
    final boolean ownsCredentials;
    final Duration timeout;
    final Map<String, SymbolSubscription> ticks = new ConcurrentHashMap<>();
    final Map<Integer, TickBuffer> buffers = new ConcurrentHashMap<>();
    final Map<String, SymbolSubscription> books = new ConcurrentHashMap<>();
    final Subscription recorder;

    Connection(
        Mt5Client client, SessionOptions options, boolean ownsCredentials, Duration timeout) {
      this.client = client;
      this.options = options;
      this.ownsCredentials = ownsCredentials;
      this.timeout = timeout;
      this.recorder = client.session().addPushMirror(this::record);
    }

    /** Records the merged quote of every selected symbol a tick push touched (socket thread). */
    private void record(PushEvent event) {
      if (!(event instanceof TicksReceived t) || buffers.isEmpty()) {
        return;
      }
      Map<Integer, Integer> touched = new LinkedHashMap<>();
      for (io.github.jmt5.protocol.message.market.Tick tick : t.ticks()) {
        if (buffers.containsKey(tick.symbolId())) {
          touched.merge(tick.symbolId(), tickFlags(tick.fields()), (a, b) -> a | b);
        }
      }
      touched.forEach(
          (id, flags) -> {
            TickBuffer b = buffers.get(id);
            Optional<SymbolQuote> q = client.market().quote(id);
            if (b != null && q.isPresent()) {
              b.add(tick(q.get(), flags));
            }
          });
    }

    void close() {
      recorder.close();
      ticks.values().forEach(SymbolSubscription::close);
      books.values().forEach(SymbolSubscription::close);
      ticks.clear();
      books.clear();
      buffers.clear();
      client.close();
      if (ownsCredentials) {
        options.login().credentials().clear();
      }
    }
  }

  /** A failure with its {@code RES_*} code, raised inside {@link #call}. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int code;

    Failure(int code, String detail) {
      super(detail, null, false, false);
      this.code = code;
    }
  }

  private interface Body<T> {
    T apply(Connection c);
  }

  /** Runs {@code body} on the connection; sets {@link #lastError} either way. */
  private <T> @Nullable T call(Body<T> body) {
    Connection c = connection;
    if (c == null) {
      lastError = notConnected();
      return null;
    }
    try {
      T result = body.apply(c);
      lastError = LastError.SUCCESS;
      return result;
    } catch (RuntimeException e) {
      lastError = errorOf(e);
      return null;
    }
  }

  private static LastError notConnected() {
    return LastError.of(
        Mt5Constants.RES_E_INTERNAL_FAIL_CONNECT, "not connected; call initialize() first");
  }

  private boolean connect(SessionOptions options, boolean ownsCredentials, Duration timeout) {
    shutdown();
    try {
      connection = open(options, ownsCredentials, timeout);
      lastError = LastError.SUCCESS;
      return true;
    } catch (RuntimeException e) {
      if (ownsCredentials) {
        options.login().credentials().clear();
      }
      lastError = errorOf(e);
      return false;
    }
  }

  private static Connection open(SessionOptions options, boolean owns, Duration timeout) {
    CompletableFuture<Mt5Client> f = Mt5Client.connect(options);
    Mt5Client client;
    try {
      client = await(f, timeout);
    } catch (RuntimeException e) {
      var unused = f.thenAccept(Mt5Client::close); // a connect that completes after the timeout
      throw e;
    }
    return new Connection(client, options, owns, timeout);
  }

  /** {@code options} with another account, keeping every other option, OTP and client id. */
  private static SessionOptions withCredentials(SessionOptions o, Credentials credentials) {
    return o.withLogin(o.login().withCredentials(credentials));
  }

  private static <T> T await(Connection c, CompletableFuture<T> f) {
    return await(f, c.timeout);
  }

  /** Waits for {@code f}; its failure is rethrown unwrapped. */
  private static <T> T await(CompletableFuture<T> f, Duration timeout) {
    try {
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Failure(Mt5Constants.RES_E_INTERNAL_FAIL, "interrupted");
    } catch (TimeoutException e) {
      throw new Failure(
          Mt5Constants.RES_E_INTERNAL_FAIL_TIMEOUT,
          "no answer within " + timeout.toMillis() + " ms");
    } catch (ExecutionException e) {
      Throwable cause = unwrap(e);
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new Failure(
          cause instanceof TimeoutException
              ? Mt5Constants.RES_E_INTERNAL_FAIL_TIMEOUT
              : Mt5Constants.RES_E_INTERNAL_FAIL,
          String.valueOf(cause.getMessage()));
    }
  }

  /** The official error for a failure. */
  static LastError errorOf(Throwable failure) {
    Throwable e = unwrap(failure);
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int code;
    if (e instanceof Failure f) {
      code = f.code;
    } else if (e instanceof AuthenticationException) {
      code = Mt5Constants.RES_E_AUTH_FAILED;
    } else if (e instanceof UnknownSymbolException) {
      code = Mt5Constants.RES_E_NOT_FOUND;
    } else if (e instanceof RequestTimeoutException || e instanceof TimeoutException) {
      code = Mt5Constants.RES_E_INTERNAL_FAIL_TIMEOUT;
    } else if (e instanceof RateLimitException) {
      code = Mt5Constants.RES_E_INTERNAL_FAIL_SEND;
    } else if (e instanceof ConnectionException || e instanceof java.io.IOException) {
      code = Mt5Constants.RES_E_INTERNAL_FAIL_CONNECT;
    } else if (e instanceof ServerErrorException || e instanceof TradeException) {
      code = Mt5Constants.RES_E_FAIL;
    } else if (e instanceof IllegalArgumentException || e instanceof NullPointerException) {
      code = Mt5Constants.RES_E_INVALID_PARAMS;
    } else if (e instanceof CancellationException) {
      code = Mt5Constants.RES_E_INTERNAL_FAIL;
    } else {
      code = Mt5Constants.RES_E_FAIL;
    }
    return LastError.of(code, detail);
  }

  private Calculations calculations() {
    Calculations k = calculations;
    if (k == null) {
      throw new Failure(
          Mt5Constants.RES_E_UNSUPPORTED,
          "no Calculations configured; pass one to initialize() or setCalculations()");
    }
    return k;
  }

  private static Account account(Connection c) {
    Optional<Account> raw = c.client.account().raw();
    if (raw.isPresent()) {
      return raw.get();
    }
    await(c, c.client.account().refresh());
    return c.client.account().raw().orElseThrow();
  }

  private static Timeframe timeframe(int code) {
    return Timeframe.find(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "timeframe "
                        + code
                        + " is not served by the web protocol (M1, M5, M15, M30, H1, H4, D1, W1,"
                        + " MN1 are)"));
  }

  private static List<Rate> rates(List<Bar> bars) {
    List<Rate> out = new ArrayList<>(bars.size());
    for (Bar b : bars) {
      out.add(Rate.of(b));
    }
    return out;
  }

  private static TickBuffer buffer(Connection c, String symbol) {
    SymbolBasic basic = await(c, c.client.symbols().basic(symbol));
    TickBuffer b = c.buffers.get(basic.symbolId());
    if (b == null) {
      throw new Failure(
          Mt5Constants.RES_E_NOT_FOUND,
          symbol
              + " is not selected: the web protocol has no tick history, ticks are recorded from"
              + " symbolSelect(\""
              + symbol
              + "\", true) on");
    }
    return b;
  }

  /** The official tick flags of a wire tick's field set (its {@code FIELD_*} bits). */
  static int tickFlags(int fields) {
    int flags = 0;
    if ((fields & FIELD_BID) != 0) {
      flags |= Mt5Constants.TICK_FLAG_BID;
    }
    if ((fields & FIELD_ASK) != 0) {
      flags |= Mt5Constants.TICK_FLAG_ASK;
    }
    if ((fields & FIELD_LAST) != 0) {
      flags |= Mt5Constants.TICK_FLAG_LAST;
    }
    if ((fields & FIELD_VOLUME) != 0) {
      flags |= Mt5Constants.TICK_FLAG_VOLUME;
    }
    return flags;
  }

  static Tick tick(SymbolQuote q, int flags) {
    long ms = q.time().toEpochMilli();
    return new Tick(
        Math.floorDiv(ms, 1000), q.bid(), q.ask(), q.last(), q.volume(), ms, flags, q.volume());
  }

  private static BookInfo level(int type, OrderBook.Level l) {
    return new BookInfo(type, l.price(), Math.round(l.lots()), l.lots());
  }

  private SymbolInfo symbolInfo(Connection c, FullSymbol full, String path) {
    String name = full.tradeSymbol();
    boolean selected = c.ticks.containsKey(name);
    return SymbolInfo.of(
        full, path, selected ? c.client.market().quote(name) : Optional.empty(), selected);
  }

  private List<SymbolInfo> symbols(Connection c, Predicate<SymbolBasic> filter) {
    List<SymbolBasic> chosen = new ArrayList<>();
    for (SymbolBasic s : await(c, c.client.symbols().list())) {
      if (filter.test(s)) {
        chosen.add(s);
      }
    }
    Map<String, FullSymbol> full = new HashMap<>();
    List<Integer> missing = new ArrayList<>();
    for (SymbolBasic s : chosen) {
      Optional<FullSymbol> cached = c.client.symbols().cached(s.tradeSymbol());
      if (cached.isPresent()) {
        full.put(s.tradeSymbol(), cached.get());
      } else {
        missing.add(s.symbolId());
      }
    }
    for (int i = 0; i < missing.size(); i += FULL_SYMBOLS_PER_REQUEST) {
      List<Integer> ids =
          missing.subList(i, Math.min(missing.size(), i + FULL_SYMBOLS_PER_REQUEST));
      int[] array = ids.stream().mapToInt(Integer::intValue).toArray();
      List<FullSymbol> loaded =
          await(
              c,
              c.client
                  .session()
                  .request(
                      Request.of(
                          CommandId.GET_FULL_SYMBOLS,
                          Codecs.ID_LIST,
                          IdList.of(array),
                          Codecs.FULL_SYMBOLS)));
      for (FullSymbol f : loaded) {
        full.put(f.tradeSymbol(), f);
      }
    }
    List<SymbolInfo> out = new ArrayList<>(chosen.size());
    for (SymbolBasic s : chosen) {
      FullSymbol f = full.get(s.tradeSymbol());
      if (f != null) {
        out.add(symbolInfo(c, f, s.symbolPath()));
      }
    }
    return out;
  }

  private static List<TradeOrder> orders(Connection c, Predicate<Order> filter) {
    List<TradeOrder> out = new ArrayList<>();
    for (Order o : c.client.positions().orders()) {
      if (filter.test(o)) {
        out.add(TradeOrder.of(o));
      }
    }
    return out;
  }

  private static List<TradePosition> positions(Connection c, Predicate<Position> filter) {
    List<TradePosition> out = new ArrayList<>();
    for (Position p : c.client.positions().positions()) {
      if (filter.test(p)) {
        out.add(TradePosition.of(p));
      }
    }
    return out;
  }

  private static List<TradeOrder> historyOrders(
      Connection c, Instant from, Instant to, Predicate<Order> filter) {
    List<TradeOrder> out = new ArrayList<>();
    for (Order o : await(c, c.client.history().orders(from, to))) {
      if (filter.test(o)) {
        out.add(TradeOrder.of(o));
      }
    }
    return out;
  }

  private static List<TradeDeal> deals(
      Connection c, Instant from, Instant to, Predicate<Deal> filter) {
    List<TradeDeal> out = new ArrayList<>();
    for (Deal d : await(c, c.client.history().deals(from, to))) {
      if (filter.test(d)) {
        out.add(TradeDeal.of(d));
      }
    }
    return out;
  }

  /**
   * The end of "the whole history": a day past the later of this instance's and the system's clock.
   */
  private Instant historyEnd() {
    Instant now = clock.instant();
    Instant system = Instant.now();
    return (now.isAfter(system) ? now : system).plus(Duration.ofDays(1));
  }

  private static OrderSendResult send(Connection c, TradeRequest r) {
    CompletableFuture<OrderResult> f;
    switch (r.action()) {
      case Mt5Constants.TRADE_ACTION_DEAL -> f = c.client.trading().send(deal(c, r));
      case Mt5Constants.TRADE_ACTION_PENDING -> f = c.client.trading().send(pending(r));
      case Mt5Constants.TRADE_ACTION_SLTP ->
          f = c.client.trading().modifyPosition(positionFor(c, r), r.sl(), r.tp());
      case Mt5Constants.TRADE_ACTION_MODIFY ->
          f = c.client.trading().modifyOrder(r.order(), r.price(), r.sl(), r.tp());
      case Mt5Constants.TRADE_ACTION_REMOVE -> f = c.client.trading().cancel(r.order());
      case Mt5Constants.TRADE_ACTION_CLOSE_BY ->
          f = c.client.trading().closeBy(r.position(), r.positionBy());
      default -> throw new IllegalArgumentException("unknown trade action " + r.action());
    }
    try {
      OrderResult o = await(c, f);
      return new OrderSendResult(
          o.retcode(),
          o.deal(),
          o.order(),
          o.volume(),
          o.price(),
          o.bid(),
          o.ask(),
          o.comment(),
          Integer.toUnsignedLong(o.request().actionId()),
          0,
          r);
    } catch (TradeException e) {
      Optional<SymbolQuote> q =
          e.symbol().isEmpty() ? Optional.empty() : c.client.market().quote(e.symbol());
      return new OrderSendResult(
          e.retcode(),
          0,
          0,
          0,
          0,
          q.map(SymbolQuote::bid).orElse(0.0),
          q.map(SymbolQuote::ask).orElse(0.0),
          e.comment().isEmpty() ? TradeRetcode.describe(e.retcode()) : e.comment(),
          0,
          0,
          r);
    }
  }

  private static OrderRequest deal(Connection c, TradeRequest r) {
    OrderType type =
        OrderType.find(r.type())
            .filter(OrderType::isMarket)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "TRADE_ACTION_DEAL needs type ORDER_TYPE_BUY or ORDER_TYPE_SELL, was "
                            + r.type()));
    String symbol = r.symbol();
    if (symbol.isEmpty() && r.position() != 0) {
      symbol =
          c.client
              .positions()
              .position(r.position())
              .map(Position::tradeSymbol)
              .orElseThrow(
                  () ->
                      new TradeException(
                          TradeRetcode.POSITION_CLOSED.value(),
                          "",
                          0,
                          r.volume(),
                          0,
                          "no open position " + r.position()));
    }
    OrderRequest.Builder b =
        OrderRequest.builder(symbol, type, r.volume())
            .sl(r.sl())
            .tp(r.tp())
            .deviation(deviation(r))
            .filling(filling(r.typeFilling()))
            .comment(r.comment());
    if (r.position() != 0) {
      b.position(r.position());
    }
    return b.build();
  }

  private static OrderRequest pending(TradeRequest r) {
    OrderType type =
        OrderType.find(r.type())
            .filter(OrderType::isPending)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "TRADE_ACTION_PENDING needs a pending order type, was " + r.type()));
    OrderTime time =
        OrderTime.find(r.typeTime())
            .orElseThrow(() -> new IllegalArgumentException("unknown type_time " + r.typeTime()));
    return OrderRequest.builder(r.symbol(), type, r.volume())
        .price(r.price())
        .stopLimit(r.stoplimit())
        .sl(r.sl())
        .tp(r.tp())
        .deviation(deviation(r))
        .filling(filling(r.typeFilling()))
        .expiration(time, r.expiration() == 0 ? null : Instant.ofEpochSecond(r.expiration()))
        .comment(r.comment())
        .build();
  }

  private static int deviation(TradeRequest r) {
    if (r.deviation() < 0 || r.deviation() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("deviation out of range: " + r.deviation());
    }
    return (int) r.deviation();
  }

  private static OrderFilling filling(int typeFilling) {
    return OrderFilling.find(typeFilling)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "type_filling "
                        + typeFilling
                        + " is not supported (FOK 0, IOC 1 and RETURN 2 are)"));
  }

  /** The position of an SLTP request: {@code position}, or the only one of {@code symbol}. */
  private static long positionFor(Connection c, TradeRequest r) {
    if (r.position() != 0) {
      return r.position();
    }
    if (r.symbol().isEmpty()) {
      throw new IllegalArgumentException("TRADE_ACTION_SLTP needs a position or a symbol");
    }
    List<Position> open = new ArrayList<>();
    for (Position p : c.client.positions().positions()) {
      if (p.tradeSymbol().equals(r.symbol())) {
        open.add(p);
      }
    }
    if (open.size() != 1) {
      throw new IllegalArgumentException(
          "TRADE_ACTION_SLTP without a position needs exactly one open position of "
              + r.symbol()
              + ", there are "
              + open.size());
    }
    return open.get(0).positionId();
  }
}
