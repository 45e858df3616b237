package io.github.jmt5.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.client.error.RateLimitException;
import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.error.ServerErrorException;
import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.StateChanged;
import io.github.jmt5.client.event.UnknownPush;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.wire.Bytes;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.cumulative.CumulativeDistributionSummary;
import io.micrometer.core.instrument.cumulative.CumulativeTimer;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.pause.PauseDetector;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MicrometerInstrumentationTest {
  private static final URI URI_ = URI.create("ws://localhost:1/terminal");
  private static final int GET_ACCOUNT = CommandId.GET_ACCOUNT.id();
  private static final int TICK = CommandId.TICK.id();

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerInstrumentation metrics = MicrometerInstrumentation.of(registry);

  private Timer requests(String command, String outcome) {
    return registry.get("jmt5.requests").tag("command", command).tag("outcome", outcome).timer();
  }

  private double counter(String name, String... tags) {
    return registry.get(name).tags(tags).counter().count();
  }

  @Test
  void untaggedMetersAreRegisteredUpFrontAtZero() {
    assertThat(registry.getMeters())
        .extracting(m -> m.getId().getName())
        .contains(
            "jmt5.ticks",
            "jmt5.connects",
            "jmt5.connect.duration",
            "jmt5.handshake.duration",
            "jmt5.state",
            "jmt5.state.changes",
            "jmt5.reconnects.scheduled",
            "jmt5.reconnects",
            "jmt5.ticks.coalesced",
            "jmt5.book.updates.dropped")
        .doesNotContain("jmt5.requests", "jmt5.pushes", "jmt5.rate.limited");
    assertThat(counter("jmt5.ticks")).isZero();
    assertThat(registry.get("jmt5.state").gauge().value()).isEqualTo(0.0); // DISCONNECTED
  }

  @Test
  void requestSucceededRecordsLatencyTaggedWithTheCommandLabel() {
    metrics.requestSucceeded(GET_ACCOUNT, Duration.ofMillis(12));
    metrics.requestSucceeded(GET_ACCOUNT, Duration.ofMillis(8));

    Timer t = requests("get account", "success");
    assertThat(t.count()).isEqualTo(2);
    assertThat(t.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(20.0);
    assertThat(t.max(TimeUnit.MILLISECONDS)).isEqualTo(12.0);
    assertThat(t.getId().getBaseUnit()).isEqualTo("seconds");
  }

  @Test
  void requestFailedIsTaggedWithItsOutcome() {
    metrics.requestFailed(GET_ACCOUNT, Duration.ofMillis(5), new ServerErrorException(3, 2));
    metrics.requestFailed(
        GET_ACCOUNT,
        Duration.ofSeconds(30),
        new RequestTimeoutException(3, Duration.ofSeconds(30)));
    metrics.requestFailed(GET_ACCOUNT, Duration.ofMillis(1), new CancellationException());
    metrics.requestFailed(
        CommandId.TRADE_REQUEST.id(),
        Duration.ZERO,
        new RateLimitException(12, "TRADE", Duration.ofMinutes(1)));

    assertThat(requests("get account", "server_error").count()).isEqualTo(1);
    assertThat(requests("get account", "timeout").count()).isEqualTo(1);
    assertThat(requests("get account", "timeout").totalTime(TimeUnit.SECONDS)).isEqualTo(30.0);
    assertThat(requests("get account", "cancelled").count()).isEqualTo(1);
    assertThat(requests("trade request", "rate_limited").count()).isEqualTo(1);
    assertThat(registry.find("jmt5.requests").tag("outcome", "success").timers()).isEmpty();
  }

  @Test
  void unknownCommandIdsShareOneTag() {
    metrics.requestStarted(77);
    metrics.requestStarted(-1);
    metrics.requestStarted(100_000);
    metrics.requestSucceeded(16, Duration.ofMillis(1)); // a gap in the table
    metrics.pushReceived(255, 10);

    assertThat(counter("jmt5.requests.started", "command", "unknown")).isEqualTo(3);
    assertThat(requests("unknown", "success").count()).isEqualTo(1);
    assertThat(counter("jmt5.pushes", "command", "unknown")).isEqualTo(1);
    assertThat(registry.find("jmt5.requests.started").counters()).hasSize(1);
  }

  @Test
  void requestStartedCountsPerCommand() {
    metrics.requestStarted(GET_ACCOUNT);
    metrics.requestStarted(GET_ACCOUNT);
    metrics.requestStarted(CommandId.PING.id());

    assertThat(counter("jmt5.requests.started", "command", "get account")).isEqualTo(2);
    assertThat(counter("jmt5.requests.started", "command", "ping")).isEqualTo(1);
  }

  @Test
  void tickPushesCountTheirTicksFromTheBodySize() {
    metrics.pushReceived(TICK, 150);
    metrics.pushReceived(TICK, 50);
    metrics.pushReceived(CommandId.ACCOUNT_UPDATE.id(), 400);

    assertThat(counter("jmt5.pushes", "command", "tick")).isEqualTo(2);
    assertThat(counter("jmt5.pushes", "command", "account update")).isEqualTo(1);
    assertThat(counter("jmt5.ticks")).isEqualTo(4);
    DistributionSummary bytes = registry.get("jmt5.push.bytes").tag("command", "tick").summary();
    assertThat(bytes.count()).isEqualTo(2);
    assertThat(bytes.totalAmount()).isEqualTo(200);
    assertThat(bytes.max()).isEqualTo(150);
    assertThat(bytes.getId().getBaseUnit()).isEqualTo("bytes");
  }

  @Test
  void connectsByOutcomeAndTheirDurations() {
    metrics.connectStarted(URI_);
    metrics.connected(URI_, Duration.ofMillis(30));
    metrics.connectStarted(URI_);
    metrics.connectFailed(URI_, new IOException("refused"));
    metrics.handshakeCompleted(50_001, Duration.ofMillis(70));

    assertThat(counter("jmt5.connects", "outcome", "success")).isEqualTo(1);
    assertThat(counter("jmt5.connects", "outcome", "failure")).isEqualTo(1);
    Timer connect = registry.get("jmt5.connect.duration").timer();
    assertThat(connect.count()).isEqualTo(1);
    assertThat(connect.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(30.0);
    Timer handshake = registry.get("jmt5.handshake.duration").timer();
    assertThat(handshake.count()).isEqualTo(1);
    assertThat(handshake.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(70.0);
  }

  @Test
  void stateGaugeFollowsTheLatestStateAndChangesAreCountedByTarget() {
    Gauge gauge = registry.get("jmt5.state").gauge();
    metrics.stateChanged(ConnectionState.DISCONNECTED, ConnectionState.CONNECTING);
    metrics.stateChanged(ConnectionState.CONNECTING, ConnectionState.BOOTSTRAPPING);
    metrics.stateChanged(ConnectionState.BOOTSTRAPPING, ConnectionState.LOGGING_IN);
    metrics.stateChanged(ConnectionState.LOGGING_IN, ConnectionState.READY);
    assertThat(gauge.value()).isEqualTo(4.0); // READY

    metrics.stateChanged(ConnectionState.READY, ConnectionState.RECONNECTING);
    metrics.stateChanged(ConnectionState.RECONNECTING, ConnectionState.CONNECTING);
    metrics.stateChanged(ConnectionState.CONNECTING, ConnectionState.READY);
    metrics.stateChanged(ConnectionState.READY, ConnectionState.CLOSING);
    metrics.stateChanged(ConnectionState.CLOSING, ConnectionState.CLOSED);

    assertThat(gauge.value()).isEqualTo(7.0); // CLOSED
    assertThat(counter("jmt5.state.changes", "to", "READY")).isEqualTo(2);
    assertThat(counter("jmt5.state.changes", "to", "CONNECTING")).isEqualTo(2);
    assertThat(counter("jmt5.state.changes", "to", "CLOSED")).isEqualTo(1);
    // every state's counter exists from the start
    assertThat(counter("jmt5.state.changes", "to", "DISCONNECTED")).isZero();
    assertThat(registry.find("jmt5.state.changes").counters()).hasSize(8);
  }

  @Test
  void reconnectsScheduledAndDone() {
    metrics.reconnectScheduled(1, Duration.ofMillis(100), new IOException("reset"));
    metrics.reconnectScheduled(2, Duration.ofMillis(300), new IOException("reset"));
    metrics.reconnected(2);

    assertThat(counter("jmt5.reconnects.scheduled")).isEqualTo(2);
    assertThat(counter("jmt5.reconnects")).isEqualTo(1);
  }

  @Test
  void rateLimitedWaitsCountAndTimePerCommand() {
    metrics.rateLimited(CommandId.TRADE_REQUEST.id(), Duration.ofMillis(100));
    metrics.rateLimited(CommandId.TRADE_REQUEST.id(), Duration.ofMillis(300));

    assertThat(counter("jmt5.rate.limited", "command", "trade request")).isEqualTo(2);
    Timer wait = registry.get("jmt5.rate.limited.wait").tag("command", "trade request").timer();
    assertThat(wait.count()).isEqualTo(2);
    assertThat(wait.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(400.0);
    assertThat(wait.max(TimeUnit.MILLISECONDS)).isEqualTo(300.0);
  }

  @Test
  void listenerErrorsAreTaggedWithTheEventType() {
    StateChanged change =
        new StateChanged(ConnectionState.READY, ConnectionState.CLOSING, null, Instant.EPOCH);
    UnknownPush push = new UnknownPush(99, 0, Bytes.empty());
    metrics.listenerFailed(change, new IllegalStateException("one"));
    metrics.listenerFailed(change, new IllegalStateException("two"));
    metrics.listenerFailed(push, new IllegalStateException("three"));

    assertThat(counter("jmt5.listener.errors", "event", "StateChanged")).isEqualTo(2);
    assertThat(counter("jmt5.listener.errors", "event", "UnknownPush")).isEqualTo(1);
  }

  @Test
  void coalescedTicksAndDroppedBookUpdatesAreCounted() {
    metrics.ticksCoalesced(5);
    metrics.ticksCoalesced(7);
    metrics.bookUpdatesDropped(3);

    assertThat(counter("jmt5.ticks.coalesced")).isEqualTo(12);
    assertThat(counter("jmt5.book.updates.dropped")).isEqualTo(3);
  }

  @Test
  void metersAreCachedNotReRegistered() {
    metrics.requestStarted(GET_ACCOUNT);
    Counter first = registry.get("jmt5.requests.started").counter();
    for (int i = 0; i < 100; i++) {
      metrics.requestStarted(GET_ACCOUNT);
      metrics.requestSucceeded(GET_ACCOUNT, Duration.ofMillis(1));
    }
    assertThat(registry.get("jmt5.requests.started").counter()).isSameAs(first);
    assertThat(first.count()).isEqualTo(101);
    assertThat(registry.find("jmt5.requests").timers()).hasSize(1);
  }

  @Test
  void commonTagsAndPrefixApplyToEveryMeter() {
    SimpleMeterRegistry r = new SimpleMeterRegistry();
    MicrometerInstrumentation m =
        MicrometerInstrumentation.builder(r)
            .tag("account", "50001")
            .tags(List.of(Tag.of("server", "demo")))
            .prefix("mt5.client.")
            .build();
    m.requestSucceeded(GET_ACCOUNT, Duration.ofMillis(1));
    m.pushReceived(TICK, 50);
    m.stateChanged(ConnectionState.DISCONNECTED, ConnectionState.CONNECTING);
    m.listenerFailed(
        new UnknownPush(1, 0, Bytes.empty()), new IllegalStateException("listener bug"));

    assertThat(m.prefix()).isEqualTo("mt5.client");
    assertThat(r.getMeters()).isNotEmpty();
    for (Meter meter : r.getMeters()) {
      assertThat(meter.getId().getName()).startsWith("mt5.client.");
      assertThat(meter.getId().getTag("account")).isEqualTo("50001");
      assertThat(meter.getId().getTag("server")).isEqualTo("demo");
    }
    assertThat(
            r.get("mt5.client.requests")
                .tags("account", "50001", "command", "get account", "outcome", "success")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void anEmptyPrefixIsRefused() {
    assertThatThrownBy(() -> MicrometerInstrumentation.builder(registry).prefix(" . "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void histogramsAreOffByDefault() {
    BucketingRegistry r = new BucketingRegistry();
    MicrometerInstrumentation m = MicrometerInstrumentation.of(r);
    driveDistributions(m);

    assertThat(r.histogramRequested).isEmpty();
    assertThat(r.get("jmt5.requests").timer().takeSnapshot().histogramCounts()).isEmpty();
    assertThat(r.get("jmt5.push.bytes").summary().takeSnapshot().histogramCounts()).isEmpty();
    assertThat(r.get("jmt5.handshake.duration").timer().takeSnapshot().histogramCounts()).isEmpty();
    assertThat(r.get("jmt5.rate.limited.wait").timer().takeSnapshot().histogramCounts()).isEmpty();
  }

  @Test
  void histogramsWhenEnabled() {
    BucketingRegistry r = new BucketingRegistry();
    MicrometerInstrumentation m =
        MicrometerInstrumentation.builder(r).percentileHistogram(true).build();
    driveDistributions(m);

    assertThat(r.histogramRequested)
        .containsExactlyInAnyOrder(
            "jmt5.connect.duration",
            "jmt5.handshake.duration",
            "jmt5.requests",
            "jmt5.push.bytes",
            "jmt5.rate.limited.wait");
    HistogramSnapshot requests = r.get("jmt5.requests").timer().takeSnapshot();
    assertThat(requests.histogramCounts()).isNotEmpty();
    // the 3 ms request lies in every bucket from 3 ms up
    assertThat(requests.histogramCounts())
        .anySatisfy(b -> assertThat(b.count()).isZero())
        .anySatisfy(b -> assertThat(b.count()).isEqualTo(1));
    assertThat(r.get("jmt5.push.bytes").summary().takeSnapshot().histogramCounts()).isNotEmpty();
    assertThat(r.get("jmt5.handshake.duration").timer().takeSnapshot().histogramCounts())
        .isNotEmpty();
    assertThat(r.get("jmt5.rate.limited.wait").timer().takeSnapshot().histogramCounts())
        .isNotEmpty();
  }

  private static void driveDistributions(MicrometerInstrumentation m) {
    m.requestSucceeded(GET_ACCOUNT, Duration.ofMillis(3));
    m.pushReceived(TICK, 100);
    m.connected(URI_, Duration.ofMillis(3));
    m.handshakeCompleted(1, Duration.ofMillis(3));
    m.rateLimited(GET_ACCOUNT, Duration.ofMillis(3));
  }

  /**
   * A registry that, like Prometheus's, turns percentile histograms into buckets ({@link
   * SimpleMeterRegistry} never does), and notes which meters asked for one.
   */
  private static final class BucketingRegistry extends SimpleMeterRegistry {
    final Set<String> histogramRequested = ConcurrentHashMap.newKeySet();

    BucketingRegistry() {
      super(SimpleConfig.DEFAULT, Clock.SYSTEM);
      config()
          .meterFilter(
              new MeterFilter() {
                @Override
                public DistributionStatisticConfig configure(
                    Meter.Id id, DistributionStatisticConfig config) {
                  if (Boolean.TRUE.equals(config.isPercentileHistogram())) {
                    histogramRequested.add(id.getName());
                  }
                  return config;
                }
              });
    }

    @Override
    protected Timer newTimer(
        Meter.Id id, DistributionStatisticConfig config, PauseDetector pauseDetector) {
      return new CumulativeTimer(id, clock, config, pauseDetector, getBaseTimeUnit(), true);
    }

    @Override
    protected DistributionSummary newDistributionSummary(
        Meter.Id id, DistributionStatisticConfig config, double scale) {
      return new CumulativeDistributionSummary(id, clock, config, scale, true);
    }
  }
}
