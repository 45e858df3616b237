package io.github.jmt5.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.session.Credentials;
import io.github.jmt5.client.session.LoginOptions;
import io.github.jmt5.client.session.Request;
import io.github.jmt5.client.session.Session;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MicrometerInstrumentationIT {
  private static final long LOGIN = 50_001;

  private Mt5Emulator emulator;

  @BeforeEach
  void start() {
    emulator = Mt5Emulator.builder().account(AccountConfig.of(LOGIN, "secret-1", 10_000)).start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void aRealSessionFeedsTheMeters() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    MicrometerInstrumentation metrics =
        MicrometerInstrumentation.builder(registry).tag("account", Long.toString(LOGIN)).build();
    SessionOptions options =
        SessionOptions.builder(
                ConnectionOptions.builder(emulator.uri()).build(),
                LoginOptions.of(Credentials.of(LOGIN, "secret-1".toCharArray())))
            .requestTimeout(Duration.ofSeconds(10))
            .instrumentation(metrics)
            .build();

    try (Session session = new Session(options)) {
      session.connect().join();
      for (int i = 0; i < 3; i++) {
        Account account = session.request(Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT)).join();
        assertThat(account.main().balance()).isEqualTo(10_000.0);
      }
      assertThat(registry.get("jmt5.state").gauge().value()).isEqualTo(4.0); // READY
    }

    // request timers are recorded when the future completes, on the completion executor
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              Timer handshake = registry.get("jmt5.handshake.duration").timer();
              assertThat(handshake.count()).isEqualTo(1);
              Timer requests =
                  registry
                      .get("jmt5.requests")
                      .tags("command", "get account", "outcome", "success")
                      .timer();
              assertThat(requests.count()).isGreaterThanOrEqualTo(2);
              assertThat(
                      registry
                          .get("jmt5.requests.started")
                          .tag("command", "get account")
                          .counter()
                          .count())
                  .isGreaterThanOrEqualTo(2);
              assertThat(registry.get("jmt5.state.changes").tag("to", "READY").counter().count())
                  .isGreaterThanOrEqualTo(1);
              assertThat(registry.get("jmt5.connects").tag("outcome", "success").counter().count())
                  .isEqualTo(1);
              assertThat(registry.get("jmt5.state").gauge().value()).isEqualTo(7.0); // CLOSED
            });
    assertThat(registry.getMeters())
        .allSatisfy(m -> assertThat(m.getId().getTag("account")).isEqualTo("50001"));
    assertThat(MetricsSummary.render(registry))
        .contains("(state CLOSED)")
        .containsPattern("(?m)^  get account +[2-9]");
  }
}
