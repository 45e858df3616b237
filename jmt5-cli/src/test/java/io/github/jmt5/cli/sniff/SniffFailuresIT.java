package io.github.jmt5.cli.sniff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.cli.Cli;
import io.github.jmt5.cli.ExitCodes;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SniffFailuresIT {
  private static final Pattern LISTENING = Pattern.compile("jmt5 sniff listening on (ws://\\S+),");

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Test
  void aPortInUseIsAConnectionFailure() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Cli.Result r =
          Cli.run(
              "sniff",
              "--listen",
              Integer.toString(taken.getLocalPort()),
              "--upstream",
              "ws://127.0.0.1:" + freePort() + "/terminal");
      assertThat(r.exitCode()).isEqualTo(ExitCodes.CONNECTION);
      assertThat(r.err()).contains("error: cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
  }

  @Test
  void anUnreachableUpstreamClosesTheClientAndTheProxyGoesOn() throws Exception {
    String dead = "ws://127.0.0.1:" + freePort() + "/terminal";
    try (Cli.Running sniff = Cli.start("sniff", "--listen", "0", "--upstream", dead)) {
      await().atMost(Duration.ofSeconds(20)).until(() -> LISTENING.matcher(sniff.err()).find());
      Matcher m = LISTENING.matcher(sniff.err());
      assertThat(m.find()).isTrue();
      URI proxy = URI.create(m.group(1));

      CompletableFuture<Integer> closed = new CompletableFuture<>();
      WebSocket.Listener listener =
          new WebSocket.Listener() {
            @Override
            public @Nullable CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
              closed.complete(code);
              return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) {
              closed.complete(-1);
            }
          };
      var unused =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .buildAsync(proxy, listener)
              .get(20, TimeUnit.SECONDS);
      assertThat(closed.get(30, TimeUnit.SECONDS)).isNotNull();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> sniff.err().contains("cannot connect upstream"));
      assertThat(sniff.isRunning()).isTrue();
      assertThat(sniff.stop()).isZero();
    }
  }
}
