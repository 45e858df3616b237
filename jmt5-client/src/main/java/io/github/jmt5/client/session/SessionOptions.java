package io.github.jmt5.client.session;

import io.github.jmt5.client.event.EventOptions;
import io.github.jmt5.client.instrument.Instrumentation;
import io.github.jmt5.client.ratelimit.RateLimitOptions;
import io.github.jmt5.client.reconnect.ReconnectOptions;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.client.transport.Transport;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link Session} needs, grouped by concern. Immutable; build with {@link
 * #builder(ConnectionOptions, LoginOptions)}.
 *
 * <p>Defaults: request deadline 30 s (as the web terminal), a command whose request timed out on
 * the wire waits up to 30 s for the late reply before its next request goes out, close drains
 * requests for up to 5 s, {@link HeartbeatOptions#defaults()}, {@link ReconnectOptions#defaults()},
 * {@link RateLimitOptions#defaults()}, {@link EventOptions#defaults()}, no instrumentation, the JDK
 * WebSocket transport, futures completed on the common fork-join pool.
 */
public final class SessionOptions {
  private final ConnectionOptions connection;
  private final LoginOptions login;
  private final Duration requestTimeout;
  private final Duration drainTimeout;
  private final Duration lateReplyGrace;
  private final HeartbeatOptions heartbeat;
  private final ReconnectOptions reconnect;
  private final RateLimitOptions rateLimits;
  private final EventOptions events;
  private final Instrumentation instrumentation;
  private final @Nullable Transport transport;
  private final Executor completionExecutor;
  private final @Nullable ScheduledExecutorService scheduler;
  private final Random random;

  private SessionOptions(Builder b) {
    this.connection = b.connection;
    this.login = b.login;
    this.requestTimeout = b.requestTimeout;
    this.drainTimeout = b.drainTimeout;
    this.lateReplyGrace = b.lateReplyGrace;
    this.heartbeat = b.heartbeat;
    this.reconnect = b.reconnect;
    this.rateLimits = b.rateLimits;
    this.events = b.events;
    this.instrumentation = b.instrumentation;
    this.transport = b.transport;
    this.completionExecutor = b.completionExecutor;
    this.scheduler = b.scheduler;
    this.random = b.random;
  }

  /**
   * {@return the same options with another connection (another server, TLS or size limit)}
   *
   * @param connection the new connection options
   */
  public SessionOptions withConnection(ConnectionOptions connection) {
    return toBuilder().connection(connection).build();
  }

  /**
   * {@return the same options with another login (another account, OTP supplier or client id),
   * keeping every other option}
   *
   * @param login the new login options
   */
  public SessionOptions withLogin(LoginOptions login) {
    return toBuilder().login(login).build();
  }

  /** {@return a builder holding these options, every one of them; change some and build a copy} */
  public Builder toBuilder() {
    Builder b = new Builder(connection, login);
    b.requestTimeout = requestTimeout;
    b.drainTimeout = drainTimeout;
    b.lateReplyGrace = lateReplyGrace;
    b.heartbeat = heartbeat;
    b.reconnect = reconnect;
    b.rateLimits = rateLimits;
    b.events = events;
    b.instrumentation = instrumentation;
    b.transport = transport;
    b.completionExecutor = completionExecutor;
    b.scheduler = scheduler;
    b.random = random;
    return b;
  }

  /**
   * {@return a builder with the defaults, for {@code connection} and {@code login}}
   *
   * @param connection where to connect
   * @param login who logs in
   */
  public static Builder builder(ConnectionOptions connection, LoginOptions login) {
    return new Builder(connection, login);
  }

  /** {@return where to connect: endpoint, TLS and message size limit} */
  public ConnectionOptions connection() {
    return connection;
  }

  /** {@return who logs in: credentials, OTP supplier and client id} */
  public LoginOptions login() {
    return login;
  }

  /** {@return the default deadline of a request, from submission} */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** {@return how long {@code close()} waits for outstanding requests} */
  public Duration drainTimeout() {
    return drainTimeout;
  }

  /**
   * How long a command whose request timed out (or was cancelled) on the wire holds its next
   * request back, waiting for the late reply, so that the reply cannot answer the wrong request.
   *
   * @return the grace period; zero when the next request goes out at once (the web terminal's way)
   */
  public Duration lateReplyGrace() {
    return lateReplyGrace;
  }

  /** {@return the heartbeat settings} */
  public HeartbeatOptions heartbeat() {
    return heartbeat;
  }

  /** {@return the reconnect settings} */
  public ReconnectOptions reconnect() {
    return reconnect;
  }

  /** {@return the rate limits per command group} */
  public RateLimitOptions rateLimits() {
    return rateLimits;
  }

  /** {@return the event delivery settings} */
  public EventOptions events() {
    return events;
  }

  /** {@return the instrumentation told about connects, requests and events} */
  public Instrumentation instrumentation() {
    return instrumentation;
  }

  /**
   * {@return a custom transport, or null for {@link io.github.jmt5.client.transport.JdkTransport}}
   */
  public @Nullable Transport transport() {
    return transport;
  }

  /** {@return where request futures are completed} */
  public Executor completionExecutor() {
    return completionExecutor;
  }

  /** {@return a shared timer thread, or null for one of the session's own} */
  public @Nullable ScheduledExecutorService scheduler() {
    return scheduler;
  }

  Random random() {
    return random;
  }

  @Override
  public String toString() {
    return "SessionOptions[connection="
        + connection
        + ", login="
        + login
        + ", requestTimeout="
        + requestTimeout
        + ", drainTimeout="
        + drainTimeout
        + ", lateReplyGrace="
        + lateReplyGrace
        + ", heartbeat="
        + heartbeat
        + ", reconnect="
        + reconnect
        + ", rateLimits="
        + rateLimits
        + ", events="
        + events
        + "]";
  }

  /** Builder of {@link SessionOptions}. */
  public static final class Builder {
    private ConnectionOptions connection;
    private LoginOptions login;
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration drainTimeout = Duration.ofSeconds(5);
    private Duration lateReplyGrace = Duration.ofSeconds(30);
    private HeartbeatOptions heartbeat = HeartbeatOptions.defaults();
    private ReconnectOptions reconnect = ReconnectOptions.defaults();
    private RateLimitOptions rateLimits = RateLimitOptions.defaults();
    private EventOptions events = EventOptions.defaults();
    private Instrumentation instrumentation = Instrumentation.NONE;
    private @Nullable Transport transport;
    private Executor completionExecutor = ForkJoinPool.commonPool();
    private @Nullable ScheduledExecutorService scheduler;
    private Random random = new Random();

    private Builder(ConnectionOptions connection, LoginOptions login) {
      this.connection = Objects.requireNonNull(connection, "connection");
      this.login = Objects.requireNonNull(login, "login");
    }

    /**
     * Sets where to connect.
     *
     * @param connection endpoint, TLS and message size limit
     * @return this builder
     */
    public Builder connection(ConnectionOptions connection) {
      this.connection = Objects.requireNonNull(connection, "connection");
      return this;
    }

    /**
     * Sets who logs in.
     *
     * @param login credentials, OTP supplier and client id
     * @return this builder
     */
    public Builder login(LoginOptions login) {
      this.login = Objects.requireNonNull(login, "login");
      return this;
    }

    /**
     * Default deadline of a request, from submission; positive.
     *
     * @param timeout the deadline
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is not positive
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /**
     * How long {@code close()} waits for outstanding requests before failing them; >= 0.
     *
     * @param timeout the wait, at least 0
     * @return this builder
     */
    public Builder drainTimeout(Duration timeout) {
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("drainTimeout must not be negative, was " + timeout);
      }
      this.drainTimeout = timeout;
      return this;
    }

    /**
     * Sets how long a command whose request timed out or was cancelled after it was sent waits for
     * the late reply before its next request goes out (replies carry no request id, so a reply that
     * comes late would otherwise answer the next request of the command). The late reply, when it
     * comes, ends the wait at once and is published as a push. Other commands are not held.
     *
     * @param grace 30 s by default; zero sends the next request at once, as the web terminal does
     * @return this builder
     */
    public Builder lateReplyGrace(Duration grace) {
      if (grace.isNegative()) {
        throw new IllegalArgumentException("lateReplyGrace must not be negative, was " + grace);
      }
      this.lateReplyGrace = grace;
      return this;
    }

    /**
     * Sets the heartbeat.
     *
     * @param heartbeat interval and dead-link threshold
     * @return this builder
     */
    public Builder heartbeat(HeartbeatOptions heartbeat) {
      this.heartbeat = Objects.requireNonNull(heartbeat, "heartbeat");
      return this;
    }

    /**
     * Sets the reconnect policy.
     *
     * @param reconnect backoff and attempt limit
     * @return this builder
     */
    public Builder reconnect(ReconnectOptions reconnect) {
      this.reconnect = Objects.requireNonNull(reconnect, "reconnect");
      return this;
    }

    /**
     * Sets the rate limits.
     *
     * @param rateLimits limits per command group
     * @return this builder
     */
    public Builder rateLimits(RateLimitOptions rateLimits) {
      this.rateLimits = Objects.requireNonNull(rateLimits, "rateLimits");
      return this;
    }

    /**
     * Sets how events are delivered.
     *
     * @param events executor and market-data capacity
     * @return this builder
     */
    public Builder events(EventOptions events) {
      this.events = Objects.requireNonNull(events, "events");
      return this;
    }

    /**
     * Sets the instrumentation.
     *
     * @param instrumentation told about connects, requests and events; its exceptions are logged
     *     and ignored
     * @return this builder
     */
    public Builder instrumentation(Instrumentation instrumentation) {
      this.instrumentation = Objects.requireNonNull(instrumentation, "instrumentation");
      return this;
    }

    /**
     * Plugs in another transport; the session does not close it.
     *
     * @param transport the transport to open sockets on
     * @return this builder
     */
    public Builder transport(Transport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /**
     * Where request futures are completed (never the socket's thread).
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder completionExecutor(Executor executor) {
      this.completionExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Shares a timer executor (deadlines, heartbeat, reconnect delays) between sessions; the
     * session does not shut it down. Tasks are short and never block. With many sessions in one
     * JVM, share this, the transport and the event executor so no thread is started per session.
     *
     * @param scheduler the shared timer executor
     * @return this builder
     */
    public Builder scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * Seeds the reconnect jitter, for reproducible tests.
     *
     * @param random source of the jitter
     * @return this builder
     */
    public Builder random(Random random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** {@return the options} */
    public SessionOptions build() {
      return new SessionOptions(this);
    }

    private static Duration positive(Duration d, String name) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
