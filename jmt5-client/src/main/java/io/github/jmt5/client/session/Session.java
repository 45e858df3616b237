package io.github.jmt5.client.session;

import static io.github.jmt5.client.event.ConnectionState.BOOTSTRAPPING;
import static io.github.jmt5.client.event.ConnectionState.CLOSED;
import static io.github.jmt5.client.event.ConnectionState.CLOSING;
import static io.github.jmt5.client.event.ConnectionState.CONNECTING;
import static io.github.jmt5.client.event.ConnectionState.DISCONNECTED;
import static io.github.jmt5.client.event.ConnectionState.LOGGING_IN;
import static io.github.jmt5.client.event.ConnectionState.READY;
import static io.github.jmt5.client.event.ConnectionState.RECONNECTING;
import static io.github.jmt5.client.internal.Futures.unwrap;

import io.github.jmt5.client.error.AuthenticationException;
import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.RateLimitException;
import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.error.ServerErrorException;
import io.github.jmt5.client.error.SessionClosedException;
import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.EventBus;
import io.github.jmt5.client.event.Mt5Event;
import io.github.jmt5.client.event.PushDecoder;
import io.github.jmt5.client.event.PushEvent;
import io.github.jmt5.client.event.ReconnectScheduled;
import io.github.jmt5.client.event.Resubscribed;
import io.github.jmt5.client.event.StateChanged;
import io.github.jmt5.client.event.Subscription;
import io.github.jmt5.client.event.UnknownPush;
import io.github.jmt5.client.instrument.GuardedInstrumentation;
import io.github.jmt5.client.instrument.Instrumentation;
import io.github.jmt5.client.internal.SecureChannel;
import io.github.jmt5.client.ratelimit.RateLimiter;
import io.github.jmt5.client.reconnect.Backoff;
import io.github.jmt5.client.transport.JdkTransport;
import io.github.jmt5.client.transport.Transport;
import io.github.jmt5.client.transport.TransportConnection;
import io.github.jmt5.client.transport.TransportListener;
import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.command.Empty;
import io.github.jmt5.protocol.frame.BootstrapReply;
import io.github.jmt5.protocol.frame.InnerResponse;
import io.github.jmt5.protocol.message.market.IdList;
import io.github.jmt5.protocol.message.session.LoginPayload;
import io.github.jmt5.protocol.message.session.LoginResponse;
import io.github.jmt5.protocol.wire.Bytes;
import java.net.URI;
import java.nio.CharBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * One logged-in connection to an MT5 web-terminal endpoint: the protocol's session layer.
 *
 * <pre>{@code
 * SessionOptions options = SessionOptions.builder(
 *         ConnectionOptions.builder(URI.create("wss://web.metatrader.app/terminal")).build(),
 *         LoginOptions.of(Credentials.of(50001, password)))
 *     .build();
 * try (Session session = new Session(options)) {
 *   session.connect().join();
 *   Account account = session.request(Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT)).join();
 * }
 * }</pre>
 *
 * <h2>States</h2>
 *
 * See {@link ConnectionState}; every move is published as a {@link StateChanged} event. Requests
 * are accepted only when {@link ConnectionState#READY}; otherwise they fail at once with {@link
 * ConnectionException} ({@link SessionClosedException} once closing).
 *
 * <h2>Requests</h2>
 *
 * At most one request per command id is on the wire; others wait in a FIFO (PROTOCOL.md 5.2). Each
 * has a deadline counted from submission (default 30 s); on expiry it fails with {@link
 * RequestTimeoutException} and the next request of its command is sent. Like the web terminal, a
 * reply that arrives after its request timed out answers the next request of that command, so keep
 * deadlines generous. Cancelling the returned future withdraws a waiting request. A reply with a
 * non-zero code fails with {@link ServerErrorException}. A lost link fails every outstanding
 * request at once with {@link ConnectionException} carrying the reason. Futures complete on the
 * completion executor, never on the socket's thread.
 *
 * <h2>Rate limits</h2>
 *
 * Each user request takes a permit from its command group's token bucket; by default it waits for
 * one (scheduled, no thread blocks) and fails with {@link RateLimitException} when the wait would
 * exceed the maximum. Internal traffic (bootstrap, login, heartbeat, subscriptions, logout) is not
 * limited.
 *
 * <h2>Reconnect</h2>
 *
 * When the link of a READY session is lost (closed by the server, I/O error, unreadable frame, or
 * no successful ping within the heartbeat limit), the session moves to RECONNECTING and tries again
 * after an exponentially growing, fully jittered delay, up to the attempt limit. Each attempt
 * bootstraps with the previous token, logs in again (asking the OTP supplier again) and restores
 * the tick and book subscriptions before moving to READY and publishing {@link Resubscribed}.
 * Listeners and subscription handles are kept. A refused login or exhausted attempts close the
 * session.
 *
 * <p>With {@link io.github.jmt5.client.reconnect.ReconnectOptions#retryOnFailedConnect()} the first
 * {@link #connect()} is retried the same way when it fails for a transient network reason; see
 * there.
 *
 * <h2>Close</h2>
 *
 * {@link #close()} stops accepting requests, waits up to the drain timeout for outstanding ones,
 * logs out (cmd 2), closes the socket, fails what is left with {@link SessionClosedException},
 * delivers the last events and stops its threads. It is idempotent.
 *
 * <p>Thread-safe.
 */
public final class Session implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Session.class);
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final Duration LOGOUT_TIMEOUT = Duration.ofSeconds(2);

  private final SessionOptions options;
  private final long login;
  private final Transport transport;
  private final @Nullable JdkTransport ownedTransport;
  private final ScheduledExecutorService scheduler;
  private final boolean ownsScheduler;
  private final int sessionNumber;
  private final Executor completion;
  private final EventBus events;
  private final Instrumentation instrumentation;
  private final RateLimiter rateLimiter;
  private final Backoff backoff;
  private final CommandLanes lanes;
  private final StateMachine machine;
  private final Heartbeat heartbeat;
  private final SymbolSet tickSymbols = new SymbolSet(CommandId.SUBSCRIBE_TICKS);
  private final SymbolSet bookSymbols = new SymbolSet(CommandId.SUBSCRIBE_BOOK);
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private final CopyOnWriteArrayList<Consumer<? super PushEvent>> mirrors =
      new CopyOnWriteArrayList<>();

  private final Object linkLock = new Object();
  private @Nullable Link link;
  private int generation;
  private boolean closeStarted;
  private @Nullable ScheduledFuture<?> reconnectTask;
  private @Nullable CompletableFuture<Void> retryingConnect;
  private volatile boolean loggedIn;
  private volatile Bytes token = Bytes.zeros(BootstrapReply.TOKEN_LENGTH);
  private volatile long loginSession;
  private volatile byte @Nullable [] savedBlob;

  /**
   * A disconnected session; {@link #connect()} opens it.
   *
   * @param options where to connect, who logs in, and how the session behaves
   */
  public Session(SessionOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.login = options.login().credentials().login();
    this.instrumentation = GuardedInstrumentation.of(options.instrumentation());
    Transport custom = options.transport();
    if (custom == null) {
      this.ownedTransport = new JdkTransport(options.connection());
      this.transport = ownedTransport;
    } else {
      this.ownedTransport = null;
      this.transport = custom;
    }
    this.sessionNumber = THREADS.incrementAndGet();
    ScheduledExecutorService shared = options.scheduler();
    if (shared == null) {
      int id = sessionNumber;
      this.scheduler =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "jmt5-session-" + id);
                t.setDaemon(true);
                return t;
              });
      this.ownsScheduler = true;
    } else {
      this.scheduler = shared;
      this.ownsScheduler = false;
    }
    this.completion = options.completionExecutor();
    this.events = new EventBus(options.events(), instrumentation);
    this.rateLimiter = new RateLimiter(options.rateLimits(), System::nanoTime);
    this.backoff = new Backoff(options.reconnect(), options.random());
    this.lanes = new CommandLanes(this::send, scheduler, options.lateReplyGrace());
    this.machine = new StateMachine(this::stateChanged, Clock.systemUTC());
    this.heartbeat = new Heartbeat(options.heartbeat(), scheduler, this::ping, this::linkLost);
  }

  /** {@return the account this session logs in to} */
  public long login() {
    return login;
  }

  /** {@return the connection state now} */
  public ConnectionState state() {
    return machine.state();
  }

  /** {@return the options the session was made with} */
  public SessionOptions options() {
    return options;
  }

  /** {@return the event bus: listeners, counters of coalesced and dropped events} */
  public EventBus events() {
    return events;
  }

  /**
   * Shorthand for {@code events().on(type, listener)}.
   *
   * @param <E> the event type
   * @param type the event class or interface
   * @param listener called for every matching event
   * @return a subscription that removes the listener when closed
   */
  public <E extends Mt5Event> Subscription on(Class<E> type, Consumer<? super E> listener) {
    return events.on(type, listener);
  }

  /**
   * Registers a state mirror: called on the socket's thread with every push, in order and before
   * any listener sees it, so state kept from pushes (quotes, books, positions) is never behind the
   * events. It must be fast and must not block; an exception is logged and ignored. Most code wants
   * {@link #on} instead.
   *
   * @param mirror the mirror
   * @return a subscription that removes the mirror when closed
   */
  public Subscription addPushMirror(Consumer<? super PushEvent> mirror) {
    Objects.requireNonNull(mirror, "mirror");
    mirrors.add(mirror);
    return new Subscription() {
      private volatile boolean active = true;

      @Override
      public void close() {
        active = false;
        mirrors.remove(mirror);
      }

      @Override
      public boolean isActive() {
        return active;
      }
    };
  }

  /**
   * Requests outstanding (in flight or waiting), including internal ones.
   *
   * @return the count
   */
  public int outstandingRequests() {
    return lanes.outstanding();
  }

  /**
   * {@return the saved credential of the last login: 320 lower-case hex characters that log in to
   * this account without the password (use them as the password), as the web terminal's "save
   * password" does} A fresh copy each call; clear it when done. Empty before the first login and
   * after close.
   */
  public Optional<char[]> savedCredential() {
    byte[] blob = savedBlob;
    if (blob == null) {
      return Optional.empty();
    }
    char[] hex = new char[blob.length * 2];
    for (int i = 0; i < blob.length; i++) {
      hex[2 * i] = Character.forDigit((blob[i] >> 4) & 0xf, 16);
      hex[2 * i + 1] = Character.forDigit(blob[i] & 0xf, 16);
    }
    return Optional.of(hex);
  }

  /** {@return time since the last successful ping of this link (or since login)} */
  public Duration sinceLastPing() {
    return heartbeat.sinceLastSuccess();
  }

  // ---------------------------------------------------------------- connect

  /**
   * Opens the socket, bootstraps and logs in. Completes when READY; fails with {@link
   * ConnectionException} (socket), {@link AuthenticationException} (login refused) or {@link
   * RequestTimeoutException}, leaving the session DISCONNECTED so it may be retried.
   *
   * <p>With {@link io.github.jmt5.client.reconnect.ReconnectOptions#retryOnFailedConnect()} a
   * failure of a transient kind (the socket refused, reset or dropped, the link lost during
   * bootstrap or login, a handshake or a connect-phase request timed out) is not final: the session
   * moves to RECONNECTING, publishes {@link ReconnectScheduled} (attempt 1 for the first retry) and
   * tries again after the reconnect backoff. A refused login ({@link AuthenticationException}), any
   * other server error, a failed TLS certificate check and bad usage fail at once as without the
   * option. When the attempt limit is reached the future fails with a {@link ConnectionException}
   * that counts the attempts and carries the last failure as its cause, and the session is
   * DISCONNECTED again. Closing the session while it waits to retry fails the future with {@link
   * SessionClosedException} at once and cancels the retry; cancelling the future does not stop the
   * retries, closing the session does.
   *
   * @return completes when READY
   * @throws IllegalStateException (in the future) when not DISCONNECTED
   */
  public CompletableFuture<Void> connect() {
    if (state().isShuttingDown()) {
      return CompletableFuture.failedFuture(new SessionClosedException("session is closed"));
    }
    if (!machine.moveTo(DISCONNECTED, CONNECTING, null)) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("connect() needs a DISCONNECTED session, state is " + state()));
    }
    if (options.reconnect().retryOnFailedConnect()) {
      CompletableFuture<Void> result = new CompletableFuture<>();
      synchronized (linkLock) {
        retryingConnect = result;
      }
      tryFirstConnect(0, result);
      return result;
    }
    return establish()
        .handle(
            (v, e) -> {
              if (e != null) {
                Throwable cause = unwrap(e);
                dropLink(cause);
                machine.moveTo(DISCONNECTED, cause);
                throw new CompletionException(cause);
              }
              return null;
            });
  }

  /**
   * One try of a first connect that is retried on transient failures.
   *
   * @param retry 0 for the first connect, n for the n-th retry
   */
  private void tryFirstConnect(int retry, CompletableFuture<Void> result) {
    var unused =
        establish()
            .whenComplete(
                (v, e) -> {
                  if (e == null) {
                    if (retry > 0) {
                      log(Level.INFO)
                          .addKeyValue("attempts", retry + 1)
                          .log("connected after retrying");
                    }
                    result.complete(null);
                    return;
                  }
                  Throwable cause = unwrap(e);
                  dropLink(cause);
                  firstConnectFailed(retry, cause, result);
                });
  }

  /** Decides after a failed first connect: fail now, give up, or schedule the next retry. */
  private void firstConnectFailed(int retry, Throwable cause, CompletableFuture<Void> result) {
    int attempts = retry + 1;
    if (closing()) {
      result.completeExceptionally(closedWhileConnecting(cause));
      return;
    }
    if (!TransientFailures.isTransient(cause)) {
      machine.moveTo(DISCONNECTED, cause);
      result.completeExceptionally(cause);
      return;
    }
    if (backoff.exhausted(attempts)) {
      log(Level.ERROR)
          .addKeyValue("attempts", attempts)
          .log("giving up connecting: {}", cause.getMessage());
      machine.moveTo(DISCONNECTED, cause);
      result.completeExceptionally(
          new ConnectionException(
              "could not connect after "
                  + attempts
                  + (attempts == 1 ? " attempt: " : " attempts: ")
                  + cause.getMessage(),
              cause));
      return;
    }
    log(Level.WARN).addKeyValue("attempt", attempts).log("connect failed: {}", cause.getMessage());
    if (!machine.moveTo(RECONNECTING, cause)
        || !scheduleAttempt(
            attempts, cause, "connect retry scheduled", n -> retryFirstConnect(n, result))) {
      result.completeExceptionally(closedWhileConnecting(cause));
    }
  }

  private void retryFirstConnect(int retry, CompletableFuture<Void> result) {
    if (!machine.moveTo(RECONNECTING, CONNECTING, null)) {
      result.completeExceptionally(closedWhileConnecting(null)); // closed meanwhile
      return;
    }
    tryFirstConnect(retry, result);
  }

  private boolean closing() {
    synchronized (linkLock) {
      return closeStarted;
    }
  }

  private static Runnable failing(CompletableFuture<?> future, Throwable error) {
    return () -> future.completeExceptionally(error);
  }

  private static SessionClosedException closedWhileConnecting(@Nullable Throwable cause) {
    return cause instanceof SessionClosedException s
        ? s
        : new SessionClosedException("session closed while connecting", cause);
  }

  /** Connect, bootstrap, log in, restore subscriptions, start the heartbeat: CONNECTING → READY. */
  private CompletableFuture<Void> establish() {
    URI uri = options.connection().uri();
    long started = System.nanoTime();
    int gen;
    synchronized (linkLock) {
      gen = ++generation;
    }
    instrumentation.connectStarted(uri);
    return transport
        .connect(uri, options.connection().headers(), new LinkListener(gen))
        .whenComplete(
            (c, e) -> {
              if (e != null) {
                instrumentation.connectFailed(uri, unwrap(e));
              }
            })
        .thenCompose(connection -> bootstrap(gen, connection, uri, started))
        .thenCompose(
            reply -> {
              token = reply.token();
              require(BOOTSTRAPPING, LOGGING_IN);
              return logIn();
            })
        .thenCompose(
            reply -> {
              loginSession = reply.session();
              savedBlob = reply.passwordBlob().toArray();
              loggedIn = true;
              instrumentation.handshakeCompleted(login, since(started));
              return CompletableFuture.allOf(sync(tickSymbols, true), sync(bookSymbols, true));
            })
        .thenRun(
            () -> {
              require(LOGGING_IN, READY);
              heartbeat.start(gen);
              log(Level.INFO).addKeyValue("uri", uri).log("session ready");
            });
  }

  private CompletableFuture<BootstrapReply> bootstrap(
      int gen, TransportConnection connection, URI uri, long started) {
    instrumentation.connected(uri, since(started));
    synchronized (linkLock) {
      if (gen != generation || closeStarted) {
        connection.abort();
        throw new SessionClosedException("session closed while connecting");
      }
      link = new Link(gen, connection);
    }
    require(CONNECTING, BOOTSTRAPPING);
    return internal(
        Request.of(CommandId.BOOTSTRAP, Codecs.BOOTSTRAP_TOKEN, token, Codecs.BOOTSTRAP_REPLY));
  }

  private CompletableFuture<LoginResponse> logIn() {
    LoginOptions lo = options.login();
    Credentials credentials = lo.credentials();
    if (credentials.isCleared()) {
      throw new IllegalStateException("credentials of login " + login + " were cleared");
    }
    OtpSupplier otpSupplier = lo.otp();
    char[] otp = otpSupplier == null ? new char[0] : otpSupplier.otp(login);
    boolean otpSent = otp.length > 0;
    byte[] payload =
        LoginPayload.encode(
            login, credentials.password(), CharBuffer.wrap(otp), lo.clientId(), loginSession, "");
    Arrays.fill(otp, '\0');
    return internal(new Request<>(CommandId.LOGIN, payload, Codecs.LOGIN_RESPONSE, null))
        .handle(
            (reply, e) -> {
              Arrays.fill(payload, (byte) 0); // the password travels in it
              if (e == null) {
                return reply;
              }
              Throwable cause = unwrap(e);
              if (cause instanceof ServerErrorException s
                  && !(cause instanceof AuthenticationException)) {
                throw new AuthenticationException(login, s.code(), otpSent);
              }
              throw new CompletionException(cause);
            });
  }

  private void require(ConnectionState from, ConnectionState to) {
    if (!machine.moveTo(from, to, null)) {
      throw new SessionClosedException(
          "cannot move from " + from + " to " + to + ": session is " + state());
    }
  }

  // ---------------------------------------------------------------- requests

  /**
   * Sends a request and completes with its decoded reply. See the class description for deadlines,
   * single flight, rate limits and failures.
   *
   * @param <R> the reply type
   * @param request the request
   * @return completes with the decoded reply, or exceptionally with the failure
   */
  public <R> CompletableFuture<R> request(Request<R> request) {
    Objects.requireNonNull(request, "request");
    ConnectionState s = state();
    if (s.isShuttingDown()) {
      return CompletableFuture.failedFuture(
          new SessionClosedException(
              "session is " + s + "; " + request.command().label() + " not sent"));
    }
    if (s != READY) {
      return CompletableFuture.failedFuture(
          new ConnectionException(
              "not connected (session is "
                  + s
                  + "); requests are accepted when READY: "
                  + request.command().label()
                  + " not sent"));
    }
    int command = request.command().id();
    long wait;
    try {
      wait = rateLimiter.acquire(command);
    } catch (RateLimitException e) {
      instrumentation.requestFailed(command, Duration.ZERO, e);
      return CompletableFuture.failedFuture(e);
    }
    PendingRequest<R> p = track(request, false);
    if (wait == 0) {
      lanes.submit(p);
    } else {
      instrumentation.rateLimited(command, Duration.ofNanos(wait));
      CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, scheduler)
          .execute(() -> submitLater(p));
    }
    return p.future;
  }

  private void submitLater(PendingRequest<?> p) {
    if (p.isSettled()) {
      return;
    }
    if (state() != READY) {
      p.fail(
          new ConnectionException("link lost while waiting for a rate-limit permit"), completion);
      return;
    }
    lanes.submit(p);
  }

  /** An internal request: no state check, no rate limit. */
  private <R> CompletableFuture<R> internal(Request<R> request) {
    PendingRequest<R> p = track(request, true);
    lanes.submit(p);
    return p.future;
  }

  private <R> PendingRequest<R> track(Request<R> request, boolean internal) {
    Duration timeout = request.timeout() != null ? request.timeout() : options.requestTimeout();
    PendingRequest<R> p = new PendingRequest<>(request, timeout, System.nanoTime(), internal);
    p.deadline(scheduler.schedule(() -> expire(p), timeout.toNanos(), TimeUnit.NANOSECONDS));
    var unused = p.future.whenComplete((v, e) -> finished(p, e));
    return p;
  }

  private void expire(PendingRequest<?> p) {
    lanes.abandon(p);
    p.fail(new RequestTimeoutException(p.command(), p.timeout), completion);
  }

  private void finished(PendingRequest<?> p, @Nullable Throwable e) {
    Duration latency = since(p.submittedNanos);
    if (e == null) {
      instrumentation.requestSucceeded(p.command(), latency);
      return;
    }
    if (e instanceof CancellationException) {
      p.cancelled();
      lanes.abandon(p);
    }
    instrumentation.requestFailed(p.command(), latency, e);
    if (!p.internal) {
      log(Level.DEBUG)
          .addKeyValue("command", CommandId.describe(p.command()))
          .addKeyValue("error", e.toString())
          .log("request failed");
    }
  }

  /** Writes a request; called by its lane, in order. */
  private void send(PendingRequest<?> p) {
    Link l;
    synchronized (linkLock) {
      l = link;
    }
    if (p.isSettled() || l == null) {
      // already timed out or cancelled, or no socket: take it out off the lane's lock
      p.fail(new ConnectionException("not connected"), completion);
      scheduler.execute(() -> lanes.remove(p));
      return;
    }
    instrumentation.requestStarted(p.command());
    log(Level.TRACE).addKeyValue("command", CommandId.describe(p.command())).log("request sent");
    int gen = l.generation;
    var unused =
        l.send(p.command(), p.request.payload())
            .whenComplete(
                (v, e) -> {
                  if (e != null) {
                    linkLost(gen, new ConnectionException("send failed: " + unwrap(e), unwrap(e)));
                  }
                });
  }

  private CompletableFuture<?> ping() {
    return internal(
        Request.of(CommandId.PING, Codecs.EMPTY).withTimeout(options.heartbeat().deadAfter()));
  }

  // ---------------------------------------------------------------- subscriptions

  /**
   * Subscribes to ticks (cmd 7) of {@code symbolIds}; ticks arrive as {@link
   * io.github.jmt5.client.event.TicksReceived} events. The union of all open handles is what the
   * server gets; it is restored after every reconnect.
   *
   * @param symbolIds symbol ids
   * @return a handle; closing it removes these symbols unless another handle holds them
   */
  public SymbolSubscription subscribeTicks(Collection<Integer> symbolIds) {
    return subscribe(tickSymbols, symbolIds);
  }

  /**
   * Subscribes to order books (cmd 22); updates arrive as {@link
   * io.github.jmt5.client.event.BookUpdated}.
   *
   * @param symbolIds symbol ids
   * @return a handle; closing it removes these symbols unless another handle holds them
   */
  public SymbolSubscription subscribeBook(Collection<Integer> symbolIds) {
    return subscribe(bookSymbols, symbolIds);
  }

  /** {@return the symbol ids currently subscribed for ticks} */
  public List<Integer> tickSymbols() {
    return tickSymbols.ids();
  }

  /** {@return the symbol ids currently subscribed for order books} */
  public List<Integer> bookSymbols() {
    return bookSymbols.ids();
  }

  private SymbolSubscription subscribe(SymbolSet set, Collection<Integer> symbolIds) {
    List<Integer> ids = new ArrayList<>(symbolIds);
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("symbolIds must not be empty");
    }
    for (Integer id : ids) {
      if (id == null || id < 0) {
        throw new IllegalArgumentException("symbol ids must be >= 0, got " + id);
      }
    }
    if (state().isShuttingDown()) {
      throw new SessionClosedException("session is " + state());
    }
    boolean changed = set.add(ids);
    CompletableFuture<Void> ack =
        changed ? sync(set, false) : CompletableFuture.completedFuture(null);
    return new SymbolSubscription(ids, ack, h -> release(set, h));
  }

  private void release(SymbolSet set, SymbolSubscription handle) {
    if (!set.remove(handle.symbolIds()) || state().isShuttingDown()) {
      return;
    }
    var unused =
        sync(set, false)
            .exceptionally(
                e -> {
                  log(Level.DEBUG).log("unsubscribe not confirmed: {}", e);
                  return null;
                });
  }

  /**
   * Sends the whole set when logged in; otherwise returns the future of the next login's sync.
   * Every change sends the union as it is at that moment, and requests of one command leave in
   * order, so the last one sent always holds the latest set.
   */
  private CompletableFuture<Void> sync(SymbolSet set, boolean atLogin) {
    if (!loggedIn) {
      return set.nextSync();
    }
    List<Integer> ids = set.ids();
    CompletableFuture<Void> waiting = set.takeNextSync();
    if (atLogin && ids.isEmpty()) {
      waiting.complete(null);
      return waiting; // a new socket starts with nothing subscribed
    }
    CompletableFuture<Void> sent =
        internal(Request.of(set.command(), Codecs.ID_LIST, new IdList(ids), Codecs.EMPTY))
            .thenApply(x -> (Void) null);
    var unused =
        sent.whenComplete(
            (v, e) -> {
              if (e == null) {
                waiting.complete(null);
              } else {
                waiting.completeExceptionally(unwrap(e));
              }
            });
    return sent;
  }

  // ---------------------------------------------------------------- receiving

  private final class LinkListener implements TransportListener {
    private final int gen;

    LinkListener(int gen) {
      this.gen = gen;
    }

    @Override
    public void onMessage(byte[] message) {
      try {
        receive(gen, message);
      } catch (RuntimeException e) {
        log(Level.ERROR).setCause(e).log("frame handling failed");
        linkLost(gen, SecureChannel.handlingFailed(e));
      }
    }

    @Override
    public void onClosed(int code, String reason) {
      linkLost(gen, SecureChannel.closedByServer(code, reason));
    }

    @Override
    public void onError(Throwable error) {
      linkLost(gen, SecureChannel.broken(error));
    }
  }

  private void receive(int gen, byte[] message) {
    Link l;
    synchronized (linkLock) {
      l = link;
    }
    if (l == null || l.generation != gen) {
      return; // a late frame of a socket already given up
    }
    InnerResponse frame;
    try {
      frame = l.decode(message);
    } catch (ProtocolException e) {
      linkLost(gen, SecureChannel.unreadable(e));
      return;
    }
    int command = frame.command();
    PendingRequest<?> answered = lanes.answer(command);
    if (answered != null) {
      answered.complete(frame, completion);
    }
    if (answered == null || command == CommandId.GET_SPREADS.id()) {
      publishPush(frame);
    }
  }

  private void publishPush(InnerResponse frame) {
    int command = frame.command();
    byte[] body = frame.body().toArray();
    instrumentation.pushReceived(command, body.length);
    PushEvent event;
    try {
      event = PushDecoder.decode(command, frame.code(), body);
    } catch (ProtocolException e) {
      log(Level.WARN)
          .addKeyValue("command", CommandId.describe(command))
          .setCause(e)
          .log("push does not decode; delivered raw");
      event = new UnknownPush(command, frame.code(), frame.body());
    }
    for (Consumer<? super PushEvent> mirror : mirrors) {
      try {
        mirror.accept(event);
      } catch (RuntimeException e) {
        log(Level.ERROR)
            .addKeyValue("command", CommandId.describe(command))
            .setCause(e)
            .log("state mirror failed");
      }
    }
    events.publish(event);
  }

  // ---------------------------------------------------------------- losing and restoring the link

  /** The link of {@code gen} is gone: fail what was outstanding, then reconnect if READY. */
  private void linkLost(int gen, Throwable cause) {
    synchronized (linkLock) {
      if (link == null || link.generation != gen) {
        return;
      }
    }
    ConnectionState before = state();
    log(Level.WARN).addKeyValue("state", before).log("connection lost: {}", cause.getMessage());
    dropLink(cause);
    if (before != READY) {
      return; // a handshake in progress fails through its own request and decides there
    }
    if (options.reconnect().enabled()) {
      if (machine.moveTo(READY, RECONNECTING, cause)) {
        scheduleReconnect(1, cause);
      }
    } else {
      machine.moveTo(READY, DISCONNECTED, cause);
    }
  }

  /** Aborts the current link, stops the heartbeat and fails every outstanding request. */
  private void dropLink(Throwable cause) {
    Link l = detachLink();
    if (l != null) {
      l.abort();
    }
    failOutstanding(
        cause instanceof ConnectionException
            ? cause
            : new ConnectionException("connection lost: " + cause.getMessage(), cause));
  }

  private void failOutstanding(Throwable error) {
    for (PendingRequest<?> p : lanes.drainAll()) {
      p.fail(error, completion);
    }
  }

  private void scheduleReconnect(int attempt, Throwable cause) {
    if (backoff.exhausted(attempt)) {
      giveUp(attempt - 1, cause);
      return;
    }
    var unused = scheduleAttempt(attempt, cause, "reconnect scheduled", this::reconnect);
  }

  /**
   * Runs {@code task} with {@code attempt} after the backoff's delay for it, and reports it: a log
   * line, the instrumentation and a {@link ReconnectScheduled} event.
   *
   * @return false, with nothing scheduled, when the session is closing
   */
  private boolean scheduleAttempt(int attempt, Throwable cause, String what, IntConsumer task) {
    Duration delay = backoff.delay(attempt);
    synchronized (linkLock) {
      if (closeStarted) {
        return false;
      }
      reconnectTask =
          scheduler.schedule(() -> task.accept(attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
    }
    log(Level.INFO)
        .addKeyValue("attempt", attempt)
        .addKeyValue("delayMs", delay.toMillis())
        .log(what);
    instrumentation.reconnectScheduled(attempt, delay, cause);
    events.publish(new ReconnectScheduled(attempt, delay, cause));
    return true;
  }

  private void reconnect(int attempt) {
    if (!machine.moveTo(RECONNECTING, CONNECTING, null)) {
      return; // closed meanwhile
    }
    var unused =
        establish()
            .whenComplete(
                (v, e) -> {
                  if (e == null) {
                    instrumentation.reconnected(attempt);
                    events.publish(
                        new Resubscribed(attempt, tickSymbols.size(), bookSymbols.size()));
                    return;
                  }
                  Throwable cause = unwrap(e);
                  dropLink(cause);
                  if (cause instanceof AuthenticationException) {
                    giveUp(attempt, cause);
                  } else if (machine.moveTo(RECONNECTING, cause)) {
                    scheduleReconnect(attempt + 1, cause);
                  }
                });
  }

  private void giveUp(int attempts, Throwable cause) {
    log(Level.ERROR)
        .addKeyValue("attempts", attempts)
        .log("giving up reconnecting: {}", cause.getMessage());
    SessionClosedException closedError =
        new SessionClosedException(
            "gave up reconnecting after " + attempts + " attempts: " + cause.getMessage(), cause);
    synchronized (linkLock) {
      if (closeStarted) {
        return;
      }
      closeStarted = true;
    }
    machine.moveTo(CLOSING, closedError);
    finishClose(closedError);
  }

  private void stateChanged(StateChanged change) {
    instrumentation.stateChanged(change.from(), change.to());
    log(Level.DEBUG)
        .addKeyValue("from", change.from())
        .addKeyValue("to", change.to())
        .log("state changed");
    events.publish(change);
  }

  // ---------------------------------------------------------------- closing

  /**
   * Starts a graceful close; the future completes when CLOSED. Idempotent.
   *
   * @return completes when the session is CLOSED
   */
  public CompletableFuture<Void> closeAsync() {
    ScheduledFuture<?> pendingReconnect;
    CompletableFuture<Void> pendingConnect;
    synchronized (linkLock) {
      if (closeStarted) {
        return closed;
      }
      closeStarted = true;
      pendingReconnect = reconnectTask;
      pendingConnect = retryingConnect;
      retryingConnect = null;
    }
    if (pendingReconnect != null) {
      pendingReconnect.cancel(false);
    }
    ConnectionState before = state();
    machine.moveTo(CLOSING, null);
    if (pendingConnect != null && !pendingConnect.isDone()) {
      // a first connect still retrying (or trying) ends now, on the completion executor: its
      // callbacks may call close() themselves, which waits for what this method starts below
      completion.execute(
          failing(pendingConnect, new SessionClosedException("session closed while connecting")));
    }
    heartbeat.stop();
    boolean wasReady = before == READY;
    CompletableFuture<Void> drained =
        wasReady
            ? lanes
                .whenIdle()
                .completeOnTimeout(null, options.drainTimeout().toNanos(), TimeUnit.NANOSECONDS)
            : CompletableFuture.completedFuture(null);
    var unused =
        drained
            .thenCompose(v -> wasReady ? logout() : CompletableFuture.completedFuture(null))
            .whenComplete((v, e) -> finishClose(new SessionClosedException("session closed")));
    return closed;
  }

  private CompletableFuture<Void> logout() {
    return internal(Request.of(CommandId.LOGOUT, Codecs.EMPTY).withTimeout(LOGOUT_TIMEOUT))
        .handle(
            (Empty v, Throwable e) -> {
              if (e != null) {
                log(Level.DEBUG).log("logout not confirmed: {}", e);
              }
              return null;
            });
  }

  /** Forgets the current link (returned, if any) and stops what belongs to it. */
  private @Nullable Link detachLink() {
    Link l;
    synchronized (linkLock) {
      l = link;
      link = null;
    }
    loggedIn = false;
    heartbeat.stop();
    return l;
  }

  private void finishClose(SessionClosedException error) {
    Link l = detachLink();
    if (l != null) {
      l.connection.close(1000, "logout");
    }
    failOutstanding(error);
    byte[] blob = savedBlob;
    if (blob != null) {
      Arrays.fill(blob, (byte) 0);
      savedBlob = null;
    }
    tickSymbols.takeNextSync().completeExceptionally(error);
    bookSymbols.takeNextSync().completeExceptionally(error);
    machine.moveTo(CLOSED, null);
    log(Level.INFO).log("session closed");
    // Last, and off the scheduler's own thread, which shutting down would otherwise interrupt.
    Thread closer =
        new Thread(
            () -> {
              events.close();
              if (ownsScheduler) {
                scheduler.shutdownNow();
              }
              if (ownedTransport != null) {
                ownedTransport.close();
              }
              closed.complete(null);
            },
            "jmt5-close-" + login);
    closer.setDaemon(true);
    closer.start();
  }

  /**
   * Closes gracefully and waits until CLOSED (at most the drain timeout plus a few seconds).
   * Idempotent.
   */
  @Override
  public void close() {
    try {
      closeAsync().get(options.drainTimeout().toMillis() + 10_000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      log(Level.WARN).log("close did not finish cleanly: {}", e.toString());
    }
  }

  // ---------------------------------------------------------------- helpers

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /**
   * A log event carrying this session's context: account, server host and session number, so every
   * line can be traced to its session (never a password or payload).
   */
  private LoggingEventBuilder log(Level level) {
    return LOG.atLevel(level)
        .addKeyValue("account", login)
        .addKeyValue("server", options.connection().uri().getHost())
        .addKeyValue("session", sessionNumber);
  }

  @Override
  public String toString() {
    return "Session[login=" + login + ", state=" + state() + "]";
  }
}
