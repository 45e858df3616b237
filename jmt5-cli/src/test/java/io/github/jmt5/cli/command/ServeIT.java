package io.github.jmt5.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.cli.Cli;
import io.github.jmt5.cli.ExitCodes;
import io.github.jmt5.server.Mt5Emulator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ServeIT {
  private static final Pattern LISTENING =
      Pattern.compile("jmt5 emulator listening on (ws://\\S+)");

  @Test
  void servesUntilStopped() throws Exception {
    URI uri;
    try (Cli.Running serve = Cli.start("serve", "--port", "0", "--log-level", "warn")) {
      await().atMost(Duration.ofSeconds(20)).until(() -> LISTENING.matcher(serve.out()).find());
      assertThat(serve.out())
          .contains(
              "demo account: login "
                  + Mt5Emulator.DEMO_LOGIN
                  + ", password "
                  + Mt5Emulator.DEMO_PASSWORD);
      Matcher m = LISTENING.matcher(serve.out());
      assertThat(m.find()).isTrue();
      uri = URI.create(m.group(1));
      assertThat(uri.getPath()).isEqualTo("/terminal");
      try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
        assertThat(s.isConnected()).isTrue();
      }
      assertThat(serve.stop()).isZero();
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
                return !s.isConnected();
              } catch (IOException refused) {
                return true;
              }
            });
  }

  @Test
  void namedAccountsReplaceTheDemoOne() throws Exception {
    try (Cli.Running serve =
        Cli.start("serve", "--port", "0", "--account", "70001:pw-70001:5000:EUR:netting:50")) {
      await().atMost(Duration.ofSeconds(20)).until(() -> serve.out().contains("listening"));
      assertThat(serve.out()).doesNotContain("demo account").doesNotContain("pw-70001");
      assertThat(serve.stop()).isZero();
    }
  }

  @Test
  void aPortInUseIsAConnectionFailure() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Cli.Result r = Cli.run("serve", "--port", Integer.toString(taken.getLocalPort()));
      assertThat(r.exitCode()).isEqualTo(ExitCodes.CONNECTION);
      assertThat(r.err()).contains("error: cannot listen on 127.0.0.1:" + taken.getLocalPort());
      assertThat(r.out()).doesNotContain("listening");
    }
  }
}
