package io.github.jmt5.cli.sniff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jmt5.cli.Cli;
import io.github.jmt5.cli.output.Direction;
import io.github.jmt5.cli.output.FrameRecord;
import io.github.jmt5.cli.output.Json;
import io.github.jmt5.client.session.Credentials;
import io.github.jmt5.client.session.LoginOptions;
import io.github.jmt5.client.session.Request;
import io.github.jmt5.client.session.Session;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.wire.Hex;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SniffIT {
  private static final long LOGIN = 60_001;
  private static final String PASSWORD = "Sniffed-Pass-42";
  private static final Pattern LISTENING = Pattern.compile("jmt5 sniff listening on (ws://\\S+),");

  @SuppressWarnings("NullAway.Init") // set before each test
  private Mt5Emulator emulator;

  @SuppressWarnings("NullAway.Init")
  private Cli.Running sniff;

  @SuppressWarnings("NullAway.Init")
  private Path capture;

  @SuppressWarnings("NullAway.Init")
  private URI proxy;

  @BeforeEach
  void start(@TempDir Path dir) {
    emulator =
        Mt5Emulator.builder().port(0).account(AccountConfig.of(LOGIN, PASSWORD, 10_000)).start();
    capture = dir.resolve("capture.jsonl");
    sniff =
        Cli.start(
            "sniff",
            "--listen",
            "0",
            "--upstream",
            emulator.uri().toString(),
            "--capture",
            capture.toString(),
            "--hex",
            "--log-format",
            "json");
    await().atMost(Duration.ofSeconds(20)).until(() -> LISTENING.matcher(sniff.err()).find());
    Matcher m = LISTENING.matcher(sniff.err());
    assertThat(m.find()).isTrue();
    proxy = URI.create(m.group(1));
  }

  @AfterEach
  void stop() {
    sniff.close();
    emulator.close();
  }

  private Session session() {
    return new Session(
        SessionOptions.builder(
                ConnectionOptions.builder(proxy).build(),
                LoginOptions.of(Credentials.of(LOGIN, PASSWORD.toCharArray())))
            .requestTimeout(Duration.ofSeconds(10))
            .build());
  }

  @Test
  void decodesALoginThroughTheProxyWithoutRevealingThePassword() throws Exception {
    try (Session session = session()) {
      session.connect().get(20, TimeUnit.SECONDS);
      var account =
          session
              .request(Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT))
              .get(20, TimeUnit.SECONDS);
      assertThat(account).isNotNull();
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> sniff.out().contains("2 logout"));
    assertThat(sniff.stop()).isZero();

    String out = sniff.out();
    String loginLine =
        out.lines().filter(l -> l.contains("C->S   28 login")).findFirst().orElseThrow();
    assertThat(loginLine)
        .contains("request size=912")
        .contains("\"password\":\"***\"")
        .contains("\"login\":" + LOGIN);
    assertThat(out).contains("C->S    0 bootstrap", "S->C    0 bootstrap", "reply code=0");
    assertThat(out)
        .containsPattern(
            "S->C   28 login +reply code=0 size=168 .*\"password_blob\":\"\\*\\*\\*\"");
    assertThat(out).contains("S->C    3 get account");
    assertThat(out).contains("000000  "); // hex dumps
    assertThat(out).doesNotContain("undecryptable");

    String utf16 = Hex.encode(PASSWORD.getBytes(StandardCharsets.UTF_16LE));
    String captured = Files.readString(capture);
    for (String text : List.of(out, sniff.err(), captured)) {
      assertThat(text).doesNotContain(PASSWORD).doesNotContain(utf16);
    }

    // the capture is JSON lines, one per frame, and reads back with decode
    ObjectMapper mapper = new ObjectMapper();
    List<String> lines = captured.lines().toList();
    assertThat(lines).hasSizeGreaterThan(6);
    for (String line : lines) {
      JsonNode n = mapper.readTree(line);
      assertThat(n.has("ts") && n.has("dir") && n.has("cmd") && n.has("size")).isTrue();
    }
    Cli.Result all = Cli.run("decode", capture.toString());
    assertThat(all.exitCode()).isZero();
    assertThat(all.out().lines().count()).isEqualTo(lines.size());

    Cli.Result logins =
        Cli.run("decode", capture.toString(), "--command", "28", "--direction", "c2s", "--json");
    assertThat(logins.exitCode()).isZero();
    List<String> loginRecords = logins.out().lines().toList();
    assertThat(loginRecords).hasSize(1);
    FrameRecord login = Json.parse(loginRecords.get(0));
    assertThat(login.direction()).isEqualTo(Direction.C2S);
    assertThat(login.fields()).containsEntry("password", "***");

    Cli.Result replies = Cli.run("decode", capture.toString(), "--direction", "s2c");
    assertThat(replies.out()).doesNotContain("C->S").contains("S->C   28 login");

    // the proxy's own logs are JSON lines on standard error
    List<String> logLines = sniff.err().lines().filter(l -> l.startsWith("{")).toList();
    assertThat(logLines).isNotEmpty();
    boolean connected = false;
    for (String line : logLines) {
      JsonNode n = mapper.readTree(line);
      assertThat(n.has("level")).isTrue();
      connected |= n.path("formattedMessage").asText().contains("client connected");
    }
    assertThat(connected).isTrue();
  }

  @Test
  void garbageIsReportedAndForwardedWithoutStoppingTheProxy() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    WebSocket ws =
        http.newWebSocketBuilder()
            .buildAsync(proxy, new WebSocket.Listener() {})
            .get(20, TimeUnit.SECONDS);
    byte[] garbage = new byte[8 + 16];
    garbage[0] = 16;
    garbage[4] = 1;
    var unused = ws.sendBinary(ByteBuffer.wrap(garbage), true).get(10, TimeUnit.SECONDS);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> sniff.out().contains("C->S undecryptable size=24"));
    ws.abort();

    try (Session session = session()) {
      session.connect().get(20, TimeUnit.SECONDS);
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> sniff.out().contains("C->S   28 login"));
    assertThat(sniff.isRunning()).isTrue();
  }
}
