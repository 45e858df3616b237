package io.github.jmt5.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The self-contained jar starts, announces its URI and accepts a WebSocket on it. */
class EmulatorJarIT {
  @Test
  void jarStartsAndPrintsListening() throws Exception {
    Path jar = Path.of("target", "jmt5-server.jar");
    assertThat(jar).exists();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-jar",
                jar.toString(),
                "--port",
                "0",
                "--account",
                "50001:secret:10000:USD",
                "--seed",
                "7")
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      String listening = null;
      StringBuilder before = new StringBuilder();
      while ((line = out.readLine()) != null) {
        if (line.contains("listening")) {
          listening = line;
          break;
        }
        before.append(line).append('\n');
      }
      assertThat(before.toString()).as("output before the listening line").doesNotContain("DEBUG");
      assertThat(listening).isNotNull().contains("ws://127.0.0.1:").endsWith("/terminal");
      String found = Objects.requireNonNull(listening);
      URI uri = URI.create(found.substring(found.indexOf("ws://")));
      WebSocket ws =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .buildAsync(uri, new WebSocket.Listener() {})
              .get(60, TimeUnit.SECONDS); // a fresh JVM's first handshake: slow on a loaded machine
      ws.abort();
    } finally {
      p.destroy();
      assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void helpAndBadOptions() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process help =
        new ProcessBuilder(java, "-jar", "target/jmt5-server.jar", "--help")
            .redirectErrorStream(true)
            .start();
    String text = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(help.waitFor()).isZero();
    assertThat(text).contains("--account", "--drop-every");
    Process bad =
        new ProcessBuilder(java, "-jar", "target/jmt5-server.jar", "--account", "x:y")
            .redirectErrorStream(true)
            .start();
    String err = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bad.waitFor()).isEqualTo(2);
    assertThat(err).contains("login must be a whole number");
    assertThat(Files.exists(Path.of("target", "jmt5-server.jar"))).isTrue();
  }
}
