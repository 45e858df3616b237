package io.github.jmt5.client.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.error.ServerErrorException;
import io.github.jmt5.client.session.HarnessAccess;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.client.transport.JdkTransport;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.crypto.ClientId;
import io.github.jmt5.protocol.message.session.TraderParams;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.script.RecordedRequest;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One configuration socket: bootstrap, one request at a time, deadlines, errors, close. */
class OnboardingConfigSocketIT {
  private Mt5Emulator emulator;
  private ConnectionOptions options;

  @BeforeEach
  void start() {
    emulator = HarnessAccess.emulator();
    options = ConnectionOptions.builder(emulator.uri()).build();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  @Test
  void bootstrapsInitsAndAnswersRequestsInOrder() throws Exception {
    try (ConfigSocket socket = ConfigSocket.open(options).join()) {
      socket.init(ClientId.random()).join();
      assertThat(socket.initSent()).isTrue();

      List<CompletableFuture<TraderParams>> replies = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        replies.add(socket.request(CommandId.TRADER_PARAMS, Codecs.TRADER_PARAMS));
      }
      for (CompletableFuture<TraderParams> r : replies) {
        assertThat(r.join().param1()).isEqualTo("USD");
      }
    }
    List<Integer> commands = new ArrayList<>();
    for (Optional<RecordedRequest> r = take(); r.isPresent(); r = take()) {
      commands.add(r.get().command());
    }
    assertThat(commands).containsExactly(0, 29, 41, 41, 41, 41, 41);
  }

  @Test
  void aRequestWithNoReplyTimesOutAndTheSocketStaysUsable() {
    try (ConfigSocket socket = ConfigSocket.open(options, null, Duration.ofMillis(300)).join()) {
      CompletableFuture<?> silent = socket.request(CommandId.UNKNOWN_21, Codecs.EMPTY);
      CompletableFuture<TraderParams> next =
          socket.request(
              CommandId.TRADER_PARAMS, new byte[0], Codecs.TRADER_PARAMS, Duration.ofSeconds(5));

      assertThatThrownBy(silent::join)
          .cause()
          .isInstanceOfSatisfying(
              RequestTimeoutException.class,
              e -> {
                assertThat(e.command()).isEqualTo(21);
                assertThat(e.timeout()).isEqualTo(Duration.ofMillis(300));
              });
      assertThat(next.join().param2()).isEqualTo("100");
    }
  }

  @Test
  void aNonZeroFrameCodeFailsTheRequest() {
    try (ConfigSocket socket = ConfigSocket.open(options).join()) {
      // cmd 3 needs a login; this socket never logs in
      assertThatThrownBy(() -> socket.request(CommandId.GET_ACCOUNT, Codecs.EMPTY).join())
          .cause()
          .isInstanceOfSatisfying(
              ServerErrorException.class,
              e -> {
                assertThat(e.command()).isEqualTo(3);
                assertThat(e.code()).isEqualTo(1);
              });
    }
  }

  @Test
  void closingFailsLaterRequestsAndEndsTheConnection() {
    ConfigSocket socket = ConfigSocket.open(options).join();
    socket.close();
    socket.close();

    assertThatThrownBy(() -> socket.request(CommandId.TRADER_PARAMS, Codecs.TRADER_PARAMS).join())
        .cause()
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("closed");
    socket.whenEnded().join();
    await().untilAsserted(() -> assertThat(emulator.openConnections()).isZero());
  }

  @Test
  void aServerDropFailsTheWaitingRequest() {
    try (JdkTransport transport = new JdkTransport(options);
        ConfigSocket socket = ConfigSocket.open(options, transport).join()) {
      CompletableFuture<?> silent =
          socket.request(CommandId.UNKNOWN_21, new byte[0], Codecs.EMPTY, Duration.ofSeconds(30));
      emulator.dropConnections();

      assertThatThrownBy(silent::join).cause().isInstanceOf(ConnectionException.class);
      socket.whenEnded().join();
    }
  }

  @Test
  void anUnreachableServerFailsTheOpen() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ConnectionOptions nowhere =
        ConnectionOptions.builder(URI.create("ws://127.0.0.1:" + port + "/terminal"))
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    assertThatThrownBy(() -> ConfigSocket.open(nowhere).join())
        .cause()
        .isInstanceOf(ConnectionException.class)
        .hasMessageContaining("cannot open");
  }

  private Optional<RecordedRequest> take() throws InterruptedException {
    return emulator.takeRequest(Duration.ofMillis(300));
  }
}
