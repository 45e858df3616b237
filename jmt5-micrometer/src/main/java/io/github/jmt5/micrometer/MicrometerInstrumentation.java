package io.github.jmt5.micrometer;

import static io.github.jmt5.micrometer.MeterNames.BOOK_UPDATES_DROPPED;
import static io.github.jmt5.micrometer.MeterNames.CONNECTS;
import static io.github.jmt5.micrometer.MeterNames.CONNECT_DURATION;
import static io.github.jmt5.micrometer.MeterNames.CONNECT_FAILURE;
import static io.github.jmt5.micrometer.MeterNames.CONNECT_SUCCESS;
import static io.github.jmt5.micrometer.MeterNames.HANDSHAKE_DURATION;
import static io.github.jmt5.micrometer.MeterNames.LISTENER_ERRORS;
import static io.github.jmt5.micrometer.MeterNames.PUSHES;
import static io.github.jmt5.micrometer.MeterNames.PUSH_BYTES;
import static io.github.jmt5.micrometer.MeterNames.RATE_LIMITED;
import static io.github.jmt5.micrometer.MeterNames.RATE_LIMITED_WAIT;
import static io.github.jmt5.micrometer.MeterNames.RECONNECTS;
import static io.github.jmt5.micrometer.MeterNames.RECONNECTS_SCHEDULED;
import static io.github.jmt5.micrometer.MeterNames.REQUESTS;
import static io.github.jmt5.micrometer.MeterNames.REQUESTS_STARTED;
import static io.github.jmt5.micrometer.MeterNames.STATE;
import static io.github.jmt5.micrometer.MeterNames.STATE_CHANGES;
import static io.github.jmt5.micrometer.MeterNames.TAG_COMMAND;
import static io.github.jmt5.micrometer.MeterNames.TAG_EVENT;
import static io.github.jmt5.micrometer.MeterNames.TAG_OUTCOME;
import static io.github.jmt5.micrometer.MeterNames.TAG_TO;
import static io.github.jmt5.micrometer.MeterNames.TICKS;
import static io.github.jmt5.micrometer.MeterNames.TICKS_COALESCED;
import static io.github.jmt5.micrometer.MeterNames.UNKNOWN_COMMAND;

import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.Mt5Event;
import io.github.jmt5.client.instrument.Instrumentation;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.message.market.Tick;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * Records a session's {@link Instrumentation} callbacks as Micrometer meters.
 *
 * <pre>{@code
 * MeterRegistry registry = ...;
 * Instrumentation metrics =
 *     MicrometerInstrumentation.builder(registry).tag("account", "50001").build();
 * Session session = new Session(SessionOptions.builder(connection, login)
 *     .instrumentation(metrics)
 *     .build());
 * }</pre>
 *
 * <p>Meters, with the default prefix {@code jmt5} (every meter also carries the common tags given
 * to the builder):
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>records</th></tr>
 *   <tr><td>{@code jmt5.requests}</td><td>timer</td><td>{@code command}, {@code outcome}</td>
 *       <td>latency of every finished request, from submission (queueing included) to its reply
 *       or failure; {@code outcome} is one of {@link RequestOutcome}</td></tr>
 *   <tr><td>{@code jmt5.requests.started}</td><td>counter</td><td>{@code command}</td>
 *       <td>requests written to the socket</td></tr>
 *   <tr><td>{@code jmt5.pushes}</td><td>counter</td><td>{@code command}</td>
 *       <td>pushes received</td></tr>
 *   <tr><td>{@code jmt5.push.bytes}</td><td>distribution summary (bytes)</td>
 *       <td>{@code command}</td><td>body size of each push</td></tr>
 *   <tr><td>{@code jmt5.ticks}</td><td>counter</td><td></td>
 *       <td>ticks received: each tick push (cmd 8) adds its body size divided by the 50-byte
 *       tick record</td></tr>
 *   <tr><td>{@code jmt5.connects}</td><td>counter</td><td>{@code outcome} ({@code success} |
 *       {@code failure})</td><td>socket opens and socket open failures</td></tr>
 *   <tr><td>{@code jmt5.connect.duration}</td><td>timer</td><td></td>
 *       <td>time to open the socket</td></tr>
 *   <tr><td>{@code jmt5.handshake.duration}</td><td>timer</td><td></td>
 *       <td>time from the start of the connect to an accepted login</td></tr>
 *   <tr><td>{@code jmt5.state}</td><td>gauge</td><td></td>
 *       <td>the current {@link ConnectionState} as a number (0 {@code DISCONNECTED}, 1 {@code
 *       CONNECTING}, 2 {@code BOOTSTRAPPING}, 3 {@code LOGGING_IN}, 4 {@code READY}, 5 {@code
 *       RECONNECTING}, 6 {@code CLOSING}, 7 {@code CLOSED})</td></tr>
 *   <tr><td>{@code jmt5.state.changes}</td><td>counter</td><td>{@code to} (state name)</td>
 *       <td>state changes</td></tr>
 *   <tr><td>{@code jmt5.reconnects.scheduled}</td><td>counter</td><td></td>
 *       <td>reconnect attempts scheduled</td></tr>
 *   <tr><td>{@code jmt5.reconnects}</td><td>counter</td><td></td>
 *       <td>successful reconnects</td></tr>
 *   <tr><td>{@code jmt5.rate.limited}</td><td>counter</td><td>{@code command}</td>
 *       <td>requests that had to wait for a rate-limit permit (refused ones end in {@code
 *       jmt5.requests} with outcome {@code rate_limited})</td></tr>
 *   <tr><td>{@code jmt5.rate.limited.wait}</td><td>timer</td><td>{@code command}</td>
 *       <td>how long they waited</td></tr>
 *   <tr><td>{@code jmt5.listener.errors}</td><td>counter</td><td>{@code event} (simple class
 *       name)</td><td>event listeners that threw</td></tr>
 *   <tr><td>{@code jmt5.ticks.coalesced}</td><td>counter</td><td></td>
 *       <td>ticks merged away because listeners fell behind</td></tr>
 *   <tr><td>{@code jmt5.book.updates.dropped}</td><td>counter</td><td></td>
 *       <td>book updates dropped because listeners fell behind</td></tr>
 * </table>
 *
 * <p>The {@code command} tag is the command's {@link CommandId#label() label} (e.g. {@code "get
 * account"}), or {@code "unknown"} for an id outside the protocol's table, so every tag has a small
 * closed set of values. Meters without tags beyond the common ones, and the state-change counters,
 * are registered when the instrumentation is built; those tagged with a command on first use, then
 * cached in arrays indexed by command id, so recording allocates nothing beyond what Micrometer
 * itself does.
 *
 * <p>Use one instance per session. Sessions sharing a registry need distinguishing common tags (the
 * account, say): meters with the same name and tags are shared, and the {@code state} gauge would
 * follow only the first session.
 *
 * <p>{@link Builder#percentileHistogram(boolean)} turns on percentile histograms (buckets that
 * backends such as Prometheus aggregate into percentiles) for the timers and the push-size summary.
 * It is off by default: buckets multiply the series a backend stores.
 */
public final class MicrometerInstrumentation implements Instrumentation {
  /** The default meter name prefix. */
  public static final String DEFAULT_PREFIX = "jmt5";

  /** One slot per wire id in the protocol's table, and a last one for ids outside it. */
  private static final int UNKNOWN_SLOT =
      Arrays.stream(CommandId.values()).mapToInt(CommandId::id).max().orElse(0) + 1;

  private static final int COMMAND_SLOTS = UNKNOWN_SLOT + 1;
  private static final String[] COMMAND_LABELS = new String[COMMAND_SLOTS];
  private static final boolean[] KNOWN = new boolean[UNKNOWN_SLOT];
  private static final int TICK_COMMAND = CommandId.TICK.id();

  static {
    Arrays.fill(COMMAND_LABELS, UNKNOWN_COMMAND);
    for (CommandId c : CommandId.values()) {
      COMMAND_LABELS[c.id()] = c.label();
      KNOWN[c.id()] = true;
    }
  }

  private final MeterRegistry registry;
  private final String prefix;
  private final Tags tags;
  private final boolean histogram;

  private final AtomicInteger state =
      new AtomicInteger(MeterNames.stateValue(ConnectionState.DISCONNECTED));

  private final Counter ticks;
  private final Counter connectSuccess;
  private final Counter connectFailure;
  private final Timer connectDuration;
  private final Timer handshakeDuration;
  private final Counter reconnectsScheduled;
  private final Counter reconnects;
  private final Counter ticksCoalesced;
  private final Counter bookUpdatesDropped;

  private final EnumMap<RequestOutcome, MeterCache<Timer>> requests =
      new EnumMap<>(RequestOutcome.class);
  private final MeterCache<Counter> requestsStarted;
  private final MeterCache<Counter> pushes;
  private final MeterCache<DistributionSummary> pushBytes;
  private final MeterCache<Counter> rateLimited;
  private final MeterCache<Timer> rateLimitedWait;
  private final EnumMap<ConnectionState, Counter> stateChanges =
      new EnumMap<>(ConnectionState.class);
  private final ConcurrentMap<Class<?>, Counter> listenerErrors = new ConcurrentHashMap<>();

  private MicrometerInstrumentation(Builder b) {
    this.registry = b.registry;
    this.prefix = b.prefix;
    this.tags = b.tags;
    this.histogram = b.percentileHistogram;

    ticks = counter(TICKS, "Ticks received", Tags.empty());
    connectSuccess =
        counter(CONNECTS, "Socket opens by outcome", Tags.of(TAG_OUTCOME, CONNECT_SUCCESS));
    connectFailure =
        counter(CONNECTS, "Socket opens by outcome", Tags.of(TAG_OUTCOME, CONNECT_FAILURE));
    connectDuration = timer(CONNECT_DURATION, "Time to open the socket", Tags.empty());
    handshakeDuration =
        timer(HANDSHAKE_DURATION, "Time from connect to accepted login", Tags.empty());
    reconnectsScheduled =
        counter(RECONNECTS_SCHEDULED, "Reconnect attempts scheduled", Tags.empty());
    reconnects = counter(RECONNECTS, "Successful reconnects", Tags.empty());
    ticksCoalesced =
        counter(TICKS_COALESCED, "Ticks merged away because listeners fell behind", Tags.empty());
    bookUpdatesDropped =
        counter(
            BOOK_UPDATES_DROPPED,
            "Book updates dropped because listeners fell behind",
            Tags.empty());
    Gauge.builder(name(STATE), state, AtomicInteger::get)
        .description(
            "Connection state: 0 DISCONNECTED, 1 CONNECTING, 2 BOOTSTRAPPING,"
                + " 3 LOGGING_IN, 4 READY, 5 RECONNECTING, 6 CLOSING, 7 CLOSED")
        .tags(tags)
        .strongReference(true)
        .register(registry);

    for (RequestOutcome outcome : RequestOutcome.values()) {
      requests.put(
          outcome,
          new MeterCache<>(
              COMMAND_SLOTS,
              slot ->
                  timer(
                      REQUESTS,
                      "Request latency from submission to reply or failure",
                      Tags.of(TAG_COMMAND, COMMAND_LABELS[slot], TAG_OUTCOME, outcome.tag()))));
    }
    requestsStarted =
        new MeterCache<>(
            COMMAND_SLOTS,
            slot ->
                counter(
                    REQUESTS_STARTED,
                    "Requests written to the socket",
                    Tags.of(TAG_COMMAND, COMMAND_LABELS[slot])));
    pushes =
        new MeterCache<>(
            COMMAND_SLOTS,
            slot -> counter(PUSHES, "Pushes received", Tags.of(TAG_COMMAND, COMMAND_LABELS[slot])));
    pushBytes =
        new MeterCache<>(
            COMMAND_SLOTS,
            slot -> {
              DistributionSummary.Builder s =
                  DistributionSummary.builder(name(PUSH_BYTES))
                      .description("Body size of pushes")
                      .baseUnit("bytes")
                      .tags(tags)
                      .tag(TAG_COMMAND, COMMAND_LABELS[slot]);
              if (histogram) {
                s.publishPercentileHistogram(true)
                    .minimumExpectedValue(16.0)
                    .maximumExpectedValue(64.0 * 1024 * 1024);
              }
              return s.register(registry);
            });
    rateLimited =
        new MeterCache<>(
            COMMAND_SLOTS,
            slot ->
                counter(
                    RATE_LIMITED,
                    "Requests that waited for a rate-limit permit",
                    Tags.of(TAG_COMMAND, COMMAND_LABELS[slot])));
    rateLimitedWait =
        new MeterCache<>(
            COMMAND_SLOTS,
            slot ->
                timer(
                    RATE_LIMITED_WAIT,
                    "Wait for a rate-limit permit",
                    Tags.of(TAG_COMMAND, COMMAND_LABELS[slot])));
    // the states are few and fixed: register them all, so rates work from the first change
    for (ConnectionState to : ConnectionState.values()) {
      stateChanges.put(
          to, counter(STATE_CHANGES, "Connection state changes", Tags.of(TAG_TO, to.name())));
    }
  }

  /**
   * A builder recording into {@code registry}.
   *
   * @param registry the registry the meters are registered in
   * @return a new builder with the defaults of {@link #of}
   */
  public static Builder builder(MeterRegistry registry) {
    return new Builder(registry);
  }

  /**
   * An instrumentation with the defaults: prefix {@code jmt5}, no common tags, no histograms.
   *
   * @param registry the registry the meters are registered in
   * @return a new instrumentation with its untagged meters already registered
   */
  public static MicrometerInstrumentation of(MeterRegistry registry) {
    return builder(registry).build();
  }

  /**
   * The meter name prefix, e.g. {@code jmt5}.
   *
   * @return the normalised prefix, without trailing dots
   */
  public String prefix() {
    return prefix;
  }

  // ---------------------------------------------------------------- callbacks

  @Override
  public void connected(URI uri, Duration took) {
    connectSuccess.increment();
    connectDuration.record(took);
  }

  @Override
  public void connectFailed(URI uri, Throwable error) {
    connectFailure.increment();
  }

  @Override
  public void handshakeCompleted(long login, Duration took) {
    handshakeDuration.record(took);
  }

  @Override
  public void stateChanged(ConnectionState from, ConnectionState to) {
    state.set(MeterNames.stateValue(to));
    filled(stateChanges, to).increment();
  }

  @Override
  public void requestStarted(int command) {
    requestsStarted.get(slot(command)).increment();
  }

  @Override
  public void requestSucceeded(int command, Duration latency) {
    filled(requests, RequestOutcome.SUCCESS).get(slot(command)).record(latency);
  }

  @Override
  public void requestFailed(int command, Duration latency, Throwable error) {
    filled(requests, RequestOutcome.of(error)).get(slot(command)).record(latency);
  }

  @Override
  public void pushReceived(int command, int bytes) {
    int slot = slot(command);
    pushes.get(slot).increment();
    pushBytes.get(slot).record(bytes);
    if (command == TICK_COMMAND) {
      int records = bytes / Tick.SIZE; // whole 50-byte records; the body has no count prefix
      ticks.increment(records);
    }
  }

  @Override
  public void rateLimited(int command, Duration wait) {
    int slot = slot(command);
    rateLimited.get(slot).increment();
    rateLimitedWait.get(slot).record(wait);
  }

  @Override
  public void reconnectScheduled(int attempt, Duration delay, Throwable cause) {
    reconnectsScheduled.increment();
  }

  @Override
  public void reconnected(int attempts) {
    reconnects.increment();
  }

  @Override
  public void listenerFailed(Mt5Event event, Throwable error) {
    Class<?> type = event.getClass();
    Counter c = listenerErrors.get(type);
    if (c == null) {
      c =
          listenerErrors.computeIfAbsent(
              type,
              t ->
                  counter(
                      LISTENER_ERRORS,
                      "Event listeners that threw",
                      Tags.of(TAG_EVENT, t.getSimpleName())));
    }
    c.increment();
  }

  @Override
  public void ticksCoalesced(int merged) {
    ticksCoalesced.increment(merged);
  }

  @Override
  public void bookUpdatesDropped(int updates) {
    bookUpdatesDropped.increment(updates);
  }

  // ---------------------------------------------------------------- meters

  private static int slot(int command) {
    return command >= 0 && command < UNKNOWN_SLOT && KNOWN[command] ? command : UNKNOWN_SLOT;
  }

  /** The entry of a map filled for every constant at construction. */
  private static <K extends Enum<K>, V> V filled(EnumMap<K, V> map, K key) {
    return Objects.requireNonNull(map.get(key));
  }

  private String name(String suffix) {
    return MeterNames.name(prefix, suffix);
  }

  private Counter counter(String suffix, String description, Tags extra) {
    return Counter.builder(name(suffix))
        .description(description)
        .tags(tags)
        .tags(extra)
        .register(registry);
  }

  private Timer timer(String suffix, String description, Tags extra) {
    Timer.Builder t = Timer.builder(name(suffix)).description(description).tags(tags).tags(extra);
    if (histogram) {
      t.publishPercentileHistogram(true);
    }
    return t.register(registry);
  }

  /** Meters registered on first use and kept in a fixed array. */
  private static final class MeterCache<M> {
    private final AtomicReferenceArray<M> meters;
    private final IntFunction<M> factory;

    MeterCache(int size, IntFunction<M> factory) {
      this.meters = new AtomicReferenceArray<>(size);
      this.factory = factory;
    }

    M get(int slot) {
      M m = meters.get(slot);
      if (m == null) {
        // A race registers twice; the registry hands both callers the same meter.
        m = factory.apply(slot);
        meters.set(slot, m);
      }
      return m;
    }
  }

  // ---------------------------------------------------------------- builder

  /** Configures a {@link MicrometerInstrumentation}. */
  public static final class Builder {
    private final MeterRegistry registry;
    private Tags tags = Tags.empty();
    private String prefix = DEFAULT_PREFIX;
    private boolean percentileHistogram;

    private Builder(MeterRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Adds a common tag to every meter, e.g. {@code tag("account", "50001")}.
     *
     * @param key tag key, not null
     * @param value tag value, not null
     * @return this builder
     */
    public Builder tag(String key, String value) {
      tags = tags.and(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds common tags to every meter.
     *
     * @param extra tags added to the common tags, not null
     * @return this builder
     */
    public Builder tags(Iterable<Tag> extra) {
      tags = tags.and(Objects.requireNonNull(extra, "tags"));
      return this;
    }

    /**
     * The meter name prefix, {@code jmt5} by default: with {@code "mt5.client"} the request timer
     * is {@code mt5.client.requests}. Trailing dots are dropped; it must not be empty.
     *
     * @param prefix the prefix, not null
     * @return this builder
     * @throws IllegalArgumentException if {@code prefix} is empty after dropping trailing dots
     */
    public Builder prefix(String prefix) {
      this.prefix = MeterNames.normalizePrefix(Objects.requireNonNull(prefix, "prefix"));
      return this;
    }

    /**
     * Publishes percentile histogram buckets for the timers and the push-size summary. Off by
     * default; when off, the registry's own configuration (meter filters) still applies.
     *
     * @param enabled {@code true} to publish histogram buckets
     * @return this builder
     */
    public Builder percentileHistogram(boolean enabled) {
      this.percentileHistogram = enabled;
      return this;
    }

    /**
     * Builds the instrumentation and registers its untagged meters.
     *
     * @return a new instrumentation; the builder may be reused
     */
    public MicrometerInstrumentation build() {
      return new MicrometerInstrumentation(this);
    }
  }
}
