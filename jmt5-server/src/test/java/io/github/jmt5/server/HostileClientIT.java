package io.github.jmt5.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.protocol.frame.InnerResponse;
import io.github.jmt5.protocol.frame.OuterFrame;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Clients that misbehave: garbage before and after the bootstrap, text messages, oversized frames,
 * hundreds of connects and disconnects, a flood of requests. Each costs at most its own socket; the
 * emulator keeps serving, and a well-behaved client logs in and is answered afterwards.
 */
class HostileClientIT {
  private static final int MAX_MESSAGE = 64 << 10;
  private static final int PING = 51;
  private final Random random = new Random(9);

  private byte[] garbage(int size) {
    byte[] b = new byte[size];
    random.nextBytes(b);
    return b;
  }

  @Test
  void theEmulatorSurvivesHostileClientsAndKeepsServing() throws Exception {
    try (Mt5Emulator emulator = Mt5Emulator.builder().maxMessageBytes(MAX_MESSAGE).start()) {
      URI uri = emulator.uri();

      // garbage before the bootstrap: text is ignored, binary that does not decrypt closes
      try (TestTerminal t = TestTerminal.connect(uri)) {
        t.sendText("GET / HTTP/1.1");
        t.sendText("\u0000\uffff not a frame");
        t.sendRaw(garbage(3));
        assertThat(t.awaitServerClose()).isTrue();
      }
      try (TestTerminal t = TestTerminal.connect(uri)) {
        t.sendRaw(
            OuterFrame.wrap(garbage(48))); // a header that agrees, a body that does not decrypt
        assertThat(t.awaitServerClose()).isTrue();
      }

      // garbage after the bootstrap and the login
      try (TestTerminal t = TestTerminal.bootstrapped(uri)) {
        assertThat(login(t).code()).isZero();
        t.sendText("{\"cmd\":28}");
        assertThat(ask(t, PING).code()).isZero(); // text changed nothing
        t.sendRaw(garbage(1000));
        assertThat(t.awaitServerClose()).isTrue();
      }

      // an oversized frame closes that socket only
      try (TestTerminal t = TestTerminal.bootstrapped(uri)) {
        try {
          t.sendRaw(garbage(MAX_MESSAGE * 4));
        } catch (java.util.concurrent.CompletionException e) {
          // the server may close while the client is still writing the oversized message
          assertThat(e).hasCauseInstanceOf(java.io.IOException.class);
        }
        assertThat(t.awaitServerClose()).isTrue();
      }

      // 500 connects and disconnects: half WebSocket handshakes aborted at once, half bare TCP
      HttpClient http = HttpClient.newHttpClient();
      for (int i = 0; i < 250; i++) {
        WebSocket ws =
            http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {}).join();
        ws.abort();
        try (Socket s = new Socket()) {
          s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
          if (i % 2 == 0) {
            s.getOutputStream().write(garbage(64));
          }
        }
      }

      // a flood of requests from one logged-in socket, without reading the replies
      try (TestTerminal flood = TestTerminal.bootstrapped(uri)) {
        assertThat(login(flood).code()).isZero();
        for (int i = 0; i < 3000; i++) {
          flood.send(PING, TestTerminal.empty());
        }
        for (int i = 0; i < 200; i++) {
          flood.send(3, TestTerminal.empty());
        }

        // meanwhile a well-behaved client is served
        try (TestTerminal good = TestTerminal.bootstrapped(uri)) {
          assertThat(login(good).code()).isZero();
          assertThat(ask(good, PING).code()).isZero();
          InnerResponse account = ask(good, 3);
          assertThat(account.code()).isZero();
          assertThat(account.body().length()).isPositive();
        }
      }

      await().atMost(Duration.ofSeconds(10)).until(() -> emulator.openConnections() == 0);
      try (TestTerminal good = TestTerminal.bootstrapped(uri)) {
        assertThat(login(good).code()).isZero();
        assertThat(ask(good, PING).code()).isZero();
      }
    }
  }

  /** Sends {@code command} and returns its reply, skipping pushes queued before it. */
  private static InnerResponse ask(TestTerminal t, int command) {
    t.send(command, TestTerminal.empty());
    return t.next(command);
  }

  private static InnerResponse login(TestTerminal t) {
    return t.login(Mt5Emulator.DEMO_LOGIN, Mt5Emulator.DEMO_PASSWORD, "");
  }
}
