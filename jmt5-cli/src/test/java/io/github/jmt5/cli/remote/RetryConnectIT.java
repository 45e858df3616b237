package io.github.jmt5.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jmt5.cli.Cli;
import io.github.jmt5.cli.ExitCodes;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.fault.Fault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --retry-connect}: streaming commands ride out a flaky first connect, others fail fast. */
class RetryConnectIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long LOGIN = 50_001;
  private static final String PASSWORD = "retry-pass-1";
  // a Wednesday noon, when FX and crypto both quote, whatever day the tests run
  private static final long WEDNESDAY_NOON = Instant.parse("2026-11-18T12:00:00Z").toEpochMilli();

  private Path dir;
  private Mt5Emulator emulator;
  private Path passwordFile;

  @BeforeEach
  void start(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    emulator =
        Mt5Emulator.builder()
            .seed(5)
            .tickRate(50)
            .clock(EmulatorClock.startingAt(WEDNESDAY_NOON))
            .account(AccountConfig.of(LOGIN, PASSWORD, 10_000))
            .start();
    passwordFile = dir.resolve("password");
    Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private Cli.Result run(Path password, String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(
        List.of(
            "--server",
            emulator.uri().toString(),
            "--login",
            Long.toString(LOGIN),
            "--password-file",
            password.toString()));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(String[]::new));
  }

  private void dropLogins(int times) {
    emulator.faults().on(CommandId.LOGIN.id(), new Fault.Close(false), times);
  }

  @Test
  void quotesRetryAFirstConnectWhoseLoginsAreDroppedAndPrintEveryQuote() throws Exception {
    dropLogins(2);

    // an FX symbol: it quotes only because the emulator's clock is on a weekday
    Cli.Result r = run(passwordFile, "quotes", "EURUSD", "--count", "5", "--json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    List<JsonNode> quotes = jsonLines(r.out());
    assertThat(quotes).hasSize(5);
    assertThat(quotes)
        .allSatisfy(q -> assertThat(q.get("symbol").asText()).isEqualTo("EURUSD"))
        .allSatisfy(q -> assertThat(q.get("ask").asDouble()).isPositive());
    assertThat(r.err())
        .contains("cannot connect yet (")
        .contains("retrying, attempt 1 in ")
        .contains("retrying, attempt 2 in ")
        .doesNotContain("attempt 3");
    assertThat(emulator.faults().pending()).isZero();
  }

  @Test
  void quotesWithNoRetryConnectFailAtTheFirstDropAsBefore() {
    dropLogins(2);

    Cli.Result r =
        run(passwordFile, "quotes", "EURUSD", "--count", "5", "--json", "--no-retry-connect");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.CONNECTION);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("error: ").doesNotContain("retrying");
    assertThat(emulator.faults().pending()).as("the second drop was not used").isEqualTo(1);
  }

  @Test
  void quotesWithAWrongPasswordExitAtOnceWithTheAuthenticationCode() throws Exception {
    Path wrong = dir.resolve("wrong");
    Files.writeString(wrong, "not-it\n", StandardCharsets.UTF_8);

    Cli.Result r = run(wrong, "quotes", "EURUSD", "--count", "5");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.AUTHENTICATION);
    assertThat(r.err()).contains("invalid account or password").doesNotContain("retrying");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void oneShotCommandsFailFastUnlessAskedToRetry() throws Exception {
    dropLogins(1);
    Cli.Result fast = run(passwordFile, "account", "--json");
    assertThat(fast.exitCode()).as(fast.err()).isEqualTo(ExitCodes.CONNECTION);
    assertThat(fast.err()).doesNotContain("retrying");

    dropLogins(1);
    Cli.Result retried = run(passwordFile, "account", "--json", "--retry-connect");
    assertThat(retried.exitCode()).as(retried.err()).isZero();
    assertThat(JSON.readTree(retried.out().strip()).get("login").asLong()).isEqualTo(LOGIN);
    assertThat(retried.err()).contains("retrying, attempt 1 in ");
  }

  @Test
  void aConnectThatNeverSucceedsEndsAtTheDeadlineWithTheConnectionCodeAndTheLastFailure() {
    // every login goes unanswered: each attempt times out after --timeout, and twice --timeout
    // bounds the whole connect
    emulator.faults().on(CommandId.LOGIN.id(), new Fault.NoReply(), 1_000);

    Cli.Result r = run(passwordFile, "quotes", "EURUSD", "--count", "5", "--timeout", "3");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.CONNECTION);
    assertThat(r.err())
        .contains("could not connect and log in within 6 s; last failure: no reply to command 28")
        .doesNotContain("TimeoutException");
  }

  private static List<JsonNode> jsonLines(String out) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.lines().toList()) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }
}
