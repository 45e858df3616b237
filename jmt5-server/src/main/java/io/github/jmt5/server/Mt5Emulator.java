package io.github.jmt5.server;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.message.market.BookUpdate;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.market.SymbolDetails;
import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.protocol.version.ProtocolVersions;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.account.AccountRegistry;
import io.github.jmt5.server.fault.FaultPlan;
import io.github.jmt5.server.internal.broker.Broker;
import io.github.jmt5.server.internal.broker.BrokerEvent;
import io.github.jmt5.server.internal.session.MarketHandlers;
import io.github.jmt5.server.internal.session.Reply;
import io.github.jmt5.server.internal.session.ServerSession;
import io.github.jmt5.server.internal.session.SessionContext;
import io.github.jmt5.server.internal.session.SessionRegistry;
import io.github.jmt5.server.internal.transport.ServerOptions;
import io.github.jmt5.server.internal.transport.WebSocketServer;
import io.github.jmt5.server.market.DepthModel;
import io.github.jmt5.server.market.MarketSimulator;
import io.github.jmt5.server.market.SymbolCatalog;
import io.github.jmt5.server.script.RecordedRequest;
import io.github.jmt5.server.script.Script;
import io.github.jmt5.server.script.ScriptedReply;
import io.netty.handler.ssl.SslContext;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * An MT5 web-terminal gateway in a box, for tests, examples and development: a WebSocket server on
 * {@code /terminal} that speaks the protocol, with accounts, a fault plan and a scripted mode.
 *
 * <pre>{@code
 * try (Mt5Emulator emulator = Mt5Emulator.builder().account(AccountConfig.of(50001, "secret", 10_000)).start()) {
 *   URI uri = emulator.uri(); // ws://127.0.0.1:PORT/terminal
 *   ...
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} closes every socket and stops every thread; it is idempotent.
 */
public final class Mt5Emulator implements AutoCloseable {
  /** The demo account created when none is configured. */
  public static final long DEMO_LOGIN = 50_001;

  /** Its password. */
  public static final String DEMO_PASSWORD = "demo-password";

  private final Builder config;
  private final AccountRegistry accounts;
  private final FaultPlan faults = new FaultPlan();
  private final Script script = new Script();
  private final ScheduledExecutorService scheduler;
  private final SessionContext context;
  private final MarketSimulator market;
  private final SessionRegistry sessions = new SessionRegistry();
  private final Broker broker;
  private final ScheduledFuture<?> tickPump;
  private volatile WebSocketServer server;
  private volatile int port;
  private @Nullable ScheduledFuture<?> dropper;
  private volatile boolean closed;

  private Mt5Emulator(Builder b) {
    this.config = b;
    List<AccountConfig> initial = new ArrayList<>(b.accounts);
    if (initial.isEmpty()) {
      initial.add(AccountConfig.of(DEMO_LOGIN, DEMO_PASSWORD, 10_000));
    }
    this.accounts = new AccountRegistry(initial);
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "jmt5-emulator-scheduler");
              t.setDaemon(true);
              return t;
            });
    this.context =
        new SessionContext(
            accounts, faults, script, scheduler, b.clock, ProtocolVersions.REFERENCE_BUILD);
    SymbolCatalog catalog =
        b.extraSymbols > 0 ? SymbolCatalog.withSynthetic(b.extraSymbols) : SymbolCatalog.standard();
    this.market = new MarketSimulator(catalog, b.seed);
    market.quoteHeartbeat(b.quoteHeartbeat.toMillis());
    market.advance(b.clock.getAsLong());
    this.broker = new Broker(catalog, market, accounts, b.clock, ProtocolVersions.REFERENCE_BUILD);
    broker.liquidity(
        (symbol, buy) ->
            catalog
                .spec(symbol)
                .flatMap(spec -> market.quote(symbol).map(q -> DepthModel.available(spec, q, buy)))
                .orElse(0L));
    long tickMs = Math.max(1, 1000 / b.tickRate);
    this.tickPump =
        scheduler.scheduleAtFixedRate(this::pumpTicks, tickMs, tickMs, TimeUnit.MILLISECONDS);
    this.server = bind(b.port);
    this.port = server.port();
    if (b.dropEvery != null) {
      long ms = b.dropEvery.toMillis();
      this.dropper =
          scheduler.scheduleAtFixedRate(this::dropConnections, ms, ms, TimeUnit.MILLISECONDS);
    }
  }

  /** {@return a builder with the defaults: loopback, a free port, one demo account} */
  public static Builder builder() {
    return new Builder();
  }

  private WebSocketServer bind(int bindPort) {
    ServerOptions options =
        new ServerOptions(
            config.host,
            bindPort,
            "/terminal",
            config.maxMessageBytes,
            config.maxConnections,
            config.idleTimeout,
            config.ssl);
    return WebSocketServer.start(
        options,
        () -> new ServerSession(context, new MarketHandlers(context, market, sessions, broker)));
  }

  /** Sends each logged-in socket the new ticks of the symbols it subscribed to. */
  private void pumpTicks() {
    long now = config.clock.getAsLong();
    List<Tick> ticks = market.advance(now);
    if (ticks.isEmpty()) {
      return;
    }
    Map<Integer, SymbolDetails> detailsNow = new HashMap<>();
    Set<ServerSession> live = sessions.snapshot();
    Map<Long, List<BrokerEvent>> brokerEvents = broker.onQuotes();
    Map<Integer, BookUpdate> books = bookDeltas(ticks, live);
    for (ServerSession session : live) {
      for (BrokerEvent e : brokerEvents.getOrDefault(session.state().login(), List.of())) {
        session.push(MarketHandlers.toReply(e));
      }
      List<BookUpdate> mineBooks = new ArrayList<>();
      for (int id : session.state().bookSymbols()) {
        BookUpdate u = books.get(id);
        if (u != null && !u.levels().isEmpty()) {
          mineBooks.add(u);
        }
      }
      if (!mineBooks.isEmpty()) {
        session.push(Reply.ok(CommandId.ORDER_BOOK, Codecs.ORDER_BOOK.encode(mineBooks)));
      }
      var subscribed = session.state().tickSymbols();
      if (subscribed.isEmpty()) {
        continue;
      }
      List<Tick> mine = new ArrayList<>();
      for (Tick t : ticks) {
        if (subscribed.contains(t.symbolId())) {
          mine.add(t);
        }
      }
      if (!mine.isEmpty()) {
        session.push(Reply.ok(CommandId.TICK, Codecs.TICKS.encode(mine)));
        List<SymbolDetails> details = new ArrayList<>();
        for (Tick t : mine) {
          SymbolDetails d =
              detailsNow.computeIfAbsent(t.symbolId(), id -> market.details(id, now).orElse(null));
          if (d != null) {
            details.add(d);
          }
        }
        if (!details.isEmpty()) {
          session.push(Reply.ok(CommandId.SYMBOL_DETAILS, Codecs.SYMBOL_DETAILS.encode(details)));
        }
      }
    }
  }

  /** One book delta per ticked symbol that some socket watches, computed once for all of them. */
  private Map<Integer, BookUpdate> bookDeltas(List<Tick> ticks, Set<ServerSession> live) {
    Set<Integer> watched = new HashSet<>();
    for (ServerSession session : live) {
      watched.addAll(session.state().bookSymbols());
    }
    Map<Integer, BookUpdate> out = new HashMap<>();
    for (Tick t : ticks) {
      if (!watched.contains(t.symbolId())) {
        continue;
      }
      market
          .catalog()
          .byId(t.symbolId())
          .flatMap(f -> market.catalog().spec(f.tradeSymbol()))
          .ifPresent(
              spec ->
                  market
                      .quote(spec.name())
                      .ifPresent(q -> out.put(t.symbolId(), market.depth().delta(spec, q))));
    }
    return out;
  }

  /**
   * Changes a symbol's configuration and pushes it (cmd 13) to every logged-in socket. The broker
   * trades by the new settings at once.
   *
   * @param updated the new configuration, with the name and id of a symbol in the catalog
   * @throws IllegalArgumentException for a symbol that is not in the catalog
   */
  public void updateSymbol(FullSymbol updated) {
    market.catalog().replace(updated);
    byte[] body = Codecs.SYMBOL_UPDATES.encode(List.of(updated));
    for (ServerSession session : sessions.snapshot()) {
      session.push(Reply.ok(CommandId.SYMBOL_UPDATE, body));
    }
  }

  /** {@return the broker's view of the accounts: money, positions, orders and history} */
  public EmulatorBroker broker() {
    return broker;
  }

  /** {@return the simulated market: symbols, quotes and history} */
  public MarketSimulator market() {
    return market;
  }

  /** {@return {@code ws://host:port/terminal} ({@code wss://} with TLS)} */
  public URI uri() {
    return server.uri();
  }

  /** {@return the port bound, the actual one when 0 was asked for} */
  public int port() {
    return port;
  }

  /** {@return the accounts served; add more at run time with {@link AccountRegistry#add}} */
  public AccountRegistry accounts() {
    return accounts;
  }

  /**
   * {@return the fault plan, live: rules added now apply to the next matching request on any
   * socket}
   */
  public FaultPlan faults() {
    return faults;
  }

  /**
   * Answers the next request with {@code reply.command()} with {@code reply}, like MockWebServer.
   *
   * @param reply the canned reply; replies for one command are used in the order queued
   */
  public void enqueue(ScriptedReply reply) {
    script.enqueue(reply);
  }

  /**
   * {@return the oldest request received and not yet taken, waiting up to {@code timeout}}
   *
   * @param timeout how long to wait for a request
   * @throws InterruptedException if the calling thread is interrupted while waiting
   */
  public Optional<RecordedRequest> takeRequest(Duration timeout) throws InterruptedException {
    return script.takeRequest(timeout);
  }

  /**
   * Requests received and not yet taken.
   *
   * @return the count; requests are kept up to a bound and the oldest dropped beyond it
   */
  public int requestCount() {
    return script.requestCount();
  }

  /** {@return sockets open now} */
  public int openConnections() {
    return server.openConnections();
  }

  /** Drops every client socket without a close frame, as a broken network would. */
  public void dropConnections() {
    server.dropAll();
  }

  /** Closes the listening socket and every client, then listens again on the same port. */
  public synchronized void restart() {
    if (closed) {
      throw new IllegalStateException("emulator is closed");
    }
    server.close();
    server = bind(port);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (dropper != null) {
      dropper.cancel(false);
    }
    tickPump.cancel(false);
    server.close();
    scheduler.shutdownNow();
  }

  /** Options of an emulator; every one has a default. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private final List<AccountConfig> accounts = new ArrayList<>();
    private int maxMessageBytes = 64 << 20;
    private int maxConnections = 10_000;
    private Duration idleTimeout = Duration.ofMinutes(10);
    private @Nullable SslContext ssl;
    private @Nullable Duration dropEvery;
    private LongSupplier clock = System::currentTimeMillis;
    private long seed = 1;
    private int tickRate = 4;
    private Duration quoteHeartbeat = Duration.ofSeconds(1);
    private int extraSymbols;

    private Builder() {}

    /**
     * Address to bind; default 127.0.0.1.
     *
     * @param host a host name or IP address
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * Port to bind; default 0, a free port (what tests should use).
     *
     * @param port 0..65535; 0 picks a free port
     * @return this builder
     */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * Adds an account; with none, a demo account {@value #DEMO_LOGIN} is created.
     *
     * @param account the account to serve
     * @return this builder
     */
    public Builder account(AccountConfig account) {
      accounts.add(Objects.requireNonNull(account, "account"));
      return this;
    }

    /**
     * Largest message accepted; default 64 MiB.
     *
     * @param bytes largest message in bytes, at least 1024
     * @return this builder
     */
    public Builder maxMessageBytes(int bytes) {
      this.maxMessageBytes = bytes;
      return this;
    }

    /**
     * Sockets accepted at once; default 10,000.
     *
     * @param connections sockets accepted at once, at least 1
     * @return this builder
     */
    public Builder maxConnections(int connections) {
      this.maxConnections = connections;
      return this;
    }

    /**
     * A socket silent this long is closed; default 10 minutes, zero disables.
     *
     * @param timeout idle time after which a socket is closed; zero disables
     * @return this builder
     */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Serves {@code wss://} with this TLS context; default plain {@code ws://}.
     *
     * @param context a Netty server TLS context
     * @return this builder
     */
    public Builder tls(SslContext context) {
      this.ssl = Objects.requireNonNull(context, "context");
      return this;
    }

    /**
     * Drops every client socket at this interval, without a close frame; default never.
     *
     * @param interval how often every socket is dropped, positive
     * @return this builder
     * @throws IllegalArgumentException if {@code interval} is zero or negative
     */
    public Builder dropEvery(Duration interval) {
      if (interval.isZero() || interval.isNegative()) {
        throw new IllegalArgumentException("dropEvery must be positive, was " + interval);
      }
      this.dropEvery = interval;
      return this;
    }

    /**
     * The clock, Unix milliseconds; default the system clock.
     *
     * @param clock supplies Unix milliseconds
     * @return this builder
     */
    public Builder clock(LongSupplier clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Seed of the market simulation; default 1.
     *
     * @param seed any value; the same seed gives the same prices
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Ticks per second per symbol at most; default 4.
     *
     * @param ticksPerSecond 1..1000
     * @return this builder
     * @throws IllegalArgumentException for a rate outside 1..1000
     */
    public Builder tickRate(int ticksPerSecond) {
      if (ticksPerSecond < 1 || ticksPerSecond > 1000) {
        throw new IllegalArgumentException("tickRate must be 1..1000, was " + ticksPerSecond);
      }
      this.tickRate = ticksPerSecond;
      return this;
    }

    /**
     * The longest a subscribed symbol goes without a tick while its market is open; default 1 s.
     * Past that the emulator repeats the unchanged quote, as many real servers do with heartbeat
     * ticks, so a client (or a test) waiting for a quote never starves on a quiet symbol. Zero
     * sends ticks only when the price changes.
     *
     * @param interval the longest quiet time, zero or positive
     * @return this builder
     * @throws IllegalArgumentException if {@code interval} is negative
     */
    public Builder quoteHeartbeat(Duration interval) {
      if (interval.isNegative()) {
        throw new IllegalArgumentException("quoteHeartbeat must not be negative, was " + interval);
      }
      this.quoteHeartbeat = interval;
      return this;
    }

    /**
     * Adds synthetic symbols to the standard set (above 256, clients ask for the compressed list).
     *
     * @param count 0..100,000 extra symbols
     * @return this builder
     * @throws IllegalArgumentException for a count outside 0..100,000
     */
    public Builder extraSymbols(int count) {
      if (count < 0 || count > 100_000) {
        throw new IllegalArgumentException("extraSymbols must be 0..100000, was " + count);
      }
      this.extraSymbols = count;
      return this;
    }

    /**
     * Binds and starts serving.
     *
     * @return the running emulator; close it to stop
     */
    public Mt5Emulator start() {
      return new Mt5Emulator(this);
    }
  }
}
