package io.github.jmt5.client.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.TicksReceived;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.client.transport.JdkTransport;
import io.github.jmt5.server.Mt5Emulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Many sessions on one transport whose I/O pool is capped. */
class SharedTransportIT {
  private static final int SESSIONS = 40;

  @Test
  void fortySessionsShareTwoIoThreadsAndAllGetTheirTicks() {
    Set<String> before = ioThreads();
    try (Mt5Emulator emulator = Harness.emulator();
        JdkTransport transport =
            new JdkTransport(ConnectionOptions.builder(emulator.uri()).ioThreads(2).build())) {
      int btcusd = Harness.symbolId(emulator, "BTCUSD");
      AtomicIntegerArray ticks = new AtomicIntegerArray(SESSIONS);
      List<Session> sessions = new ArrayList<>();
      try {
        for (int i = 0; i < SESSIONS; i++) {
          Session s = new Session(Harness.options(emulator).transport(transport).build());
          int index = i;
          s.on(TicksReceived.class, e -> ticks.incrementAndGet(index));
          sessions.add(s);
        }
        sessions.forEach(s -> s.connect().join());
        sessions.forEach(s -> s.subscribeTicks(List.of(btcusd)));

        await()
            .untilAsserted(
                () -> {
                  for (int i = 0; i < SESSIONS; i++) {
                    assertThat(ticks.get(i)).as("ticks of session %d", i).isPositive();
                  }
                });
        assertThat(sessions).allMatch(s -> s.state() == ConnectionState.READY);
        Set<String> added = ioThreads();
        added.removeAll(before);
        assertThat(added).isNotEmpty().hasSizeLessThanOrEqualTo(2);
      } finally {
        sessions.forEach(Session::close);
      }
    }
  }

  @Test
  void theIoThreadCountIsValidated() {
    var builder = ConnectionOptions.builder(java.net.URI.create("ws://localhost:1/"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> builder.ioThreads(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ioThreads");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> builder.ioThreads(257))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.ioThreads(0).build().ioThreads()).isZero();
    assertThat(builder.ioThreads(4).build().toString()).contains("ioThreads=4");
  }

  private static Set<String> ioThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("jmt5-io-"))
        .collect(Collectors.toSet());
  }
}
