package io.github.jmt5.client.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.instrument.Instrumentation;
import io.github.jmt5.client.reconnect.ReconnectOptions;
import io.github.jmt5.client.session.HarnessAccess;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.fault.Fault;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link Mt5Client#connect} with {@link ReconnectOptions#retryOnFailedConnect()}. */
class Mt5ClientConnectRetryIT {
  private Mt5Emulator emulator;
  private @Nullable Mt5Client client;

  @BeforeEach
  void start() {
    emulator = HarnessAccess.emulator();
  }

  @AfterEach
  void stop() {
    Mt5Client c = client;
    if (c != null) {
      c.close();
    }
    emulator.close();
  }

  private static ReconnectOptions retrying() {
    return ReconnectOptions.builder()
        .initialDelay(Duration.ofMillis(20))
        .maxDelay(Duration.ofMillis(200))
        .retryOnFailedConnect(true)
        .build();
  }

  private Mt5Client connect(SessionOptions options) {
    Mt5Client c = Mt5Client.connect(options).orTimeout(30, TimeUnit.SECONDS).join();
    client = c;
    return c;
  }

  @Test
  void dropsDuringTheFirstLoginsAndDuringTheLoadAreRiddenOut() {
    emulator.faults().on(CommandId.LOGIN.id(), new Fault.Close(false), 2);
    emulator.faults().closeOn(CommandId.GET_ACCOUNT.id());
    AtomicInteger scheduled = new AtomicInteger();

    Mt5Client c =
        connect(
            HarnessAccess.options(emulator)
                .reconnect(retrying())
                .instrumentation(
                    new Instrumentation() {
                      @Override
                      public void reconnectScheduled(int attempt, Duration delay, Throwable cause) {
                        scheduled.incrementAndGet();
                      }
                    })
                .build());

    assertThat(c.account().info()).isPresent();
    int eurusd = emulator.market().catalog().byName("EURUSD").orElseThrow().symbolId();
    assertThat(c.symbols().nameOf(eurusd)).contains("EURUSD");
    // two retries of the first login, one reconnect after the drop during the load
    assertThat(scheduled).hasValue(3);
    assertThat(emulator.faults().pending()).isZero();
  }

  @Test
  void withoutTheOptionADropDuringTheLoadFailsTheConnect() {
    emulator.faults().closeOn(CommandId.GET_ACCOUNT.id());

    assertThatThrownBy(
            () ->
                Mt5Client.connect(HarnessAccess.options(emulator).build())
                    .orTimeout(30, TimeUnit.SECONDS)
                    .join())
        .cause()
        .isInstanceOf(ConnectionException.class);
  }

  @Test
  void cancellingTheConnectClosesTheSessionAndStopsRetrying() throws IOException {
    List<ConnectionState> states = new CopyOnWriteArrayList<>();
    AtomicInteger scheduled = new AtomicInteger();
    URI nowhere = URI.create("ws://127.0.0.1:" + freePort() + "/terminal");
    SessionOptions options =
        SessionOptions.builder(
                io.github.jmt5.client.transport.ConnectionOptions.builder(nowhere).build(),
                HarnessAccess.options(emulator).build().login())
            .reconnect(retrying())
            .instrumentation(
                new Instrumentation() {
                  @Override
                  public void stateChanged(ConnectionState from, ConnectionState to) {
                    states.add(to);
                  }

                  @Override
                  public void reconnectScheduled(int attempt, Duration delay, Throwable cause) {
                    scheduled.incrementAndGet();
                  }
                })
            .build();

    CompletableFuture<Mt5Client> connecting = Mt5Client.connect(options);
    await().until(() -> scheduled.get() >= 2);
    assertThat(connecting).isNotDone();

    connecting.cancel(false);

    // CLOSED is final: no attempt can follow
    await().until(() -> states.contains(ConnectionState.CLOSED));
    assertThat(states).endsWith(ConnectionState.CLOSING, ConnectionState.CLOSED);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
