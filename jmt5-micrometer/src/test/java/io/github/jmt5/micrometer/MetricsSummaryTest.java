package io.github.jmt5.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.UnknownPush;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.wire.Bytes;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MetricsSummaryTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void summarisesRequestsTicksReconnectsAndErrors() {
    MicrometerInstrumentation m = MicrometerInstrumentation.of(registry);
    URI uri = URI.create("ws://localhost:1/");
    m.connected(uri, Duration.ofMillis(5));
    m.connectFailed(uri, new IOException("refused"));
    m.stateChanged(ConnectionState.LOGGING_IN, ConnectionState.READY);
    int account = CommandId.GET_ACCOUNT.id();
    m.requestSucceeded(account, Duration.ofMillis(10));
    m.requestSucceeded(account, Duration.ofMillis(20));
    m.requestFailed(
        account, Duration.ofMillis(30), new RequestTimeoutException(3, Duration.ofMillis(30)));
    m.requestSucceeded(CommandId.PING.id(), Duration.ofMillis(2));
    m.pushReceived(CommandId.TICK.id(), 500);
    m.pushReceived(CommandId.TICK.id(), 100);
    m.ticksCoalesced(4);
    m.reconnectScheduled(1, Duration.ofMillis(10), new IOException("reset"));
    m.reconnectScheduled(2, Duration.ofMillis(10), new IOException("reset"));
    m.reconnected(2);
    m.rateLimited(account, Duration.ofMillis(1));
    m.listenerFailed(new UnknownPush(1, 0, Bytes.empty()), new IllegalStateException("bug"));
    m.bookUpdatesDropped(6);

    String text = MetricsSummary.render(registry);

    assertThat(text)
        .startsWith("jmt5 metrics (state READY)\n")
        .containsPattern("(?m)^  get account +3 +20\\.00 ms +30\\.00 ms +1$")
        .containsPattern("(?m)^  ping +1 +2\\.00 ms +2\\.00 ms +0$")
        .contains("ticks: 12 (coalesced 4)")
        .contains("pushes: 2 (600 bytes)")
        .contains("connects: 1 (failed 1); reconnects: 1 (scheduled 2); rate-limit waits: 1")
        .contains("errors: requests 1, connects 1, listeners 1, book updates dropped 6");
    // busiest command first
    assertThat(text.indexOf("get account")).isLessThan(text.indexOf("ping"));
  }

  @Test
  void emptyRegistry() {
    String text = MetricsSummary.render(registry);

    assertThat(text)
        .isEqualTo(
            """
            jmt5 metrics
            requests: none
            ticks: 0 (coalesced 0)
            pushes: 0 (0 bytes)
            connects: 0 (failed 0); reconnects: 0 (scheduled 0); rate-limit waits: 0
            errors: requests 0, connects 0, listeners 0, book updates dropped 0
            """);
  }

  @Test
  void addsUpSessionsAndHonoursThePrefix() {
    MicrometerInstrumentation a =
        MicrometerInstrumentation.builder(registry).prefix("mt5").tag("account", "1").build();
    MicrometerInstrumentation b =
        MicrometerInstrumentation.builder(registry).prefix("mt5").tag("account", "2").build();
    a.requestSucceeded(CommandId.GET_ACCOUNT.id(), Duration.ofMillis(1));
    b.requestSucceeded(CommandId.GET_ACCOUNT.id(), Duration.ofSeconds(2));
    a.pushReceived(CommandId.TICK.id(), 50);
    b.pushReceived(CommandId.TICK.id(), 100);

    String text = MetricsSummary.render(registry, "mt5");

    assertThat(text)
        .startsWith("mt5 metrics\n") // two state gauges: no single state to show
        .containsPattern("(?m)^  get account +2 +1\\.00 s +2\\.00 s +0$")
        .contains("ticks: 3 (coalesced 0)");
    assertThat(MetricsSummary.render(registry)).contains("requests: none");
  }
}
