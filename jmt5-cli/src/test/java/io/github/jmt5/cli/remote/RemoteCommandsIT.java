package io.github.jmt5.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jmt5.cli.Cli;
import io.github.jmt5.cli.ExitCodes;
import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command against any server, run in-process against the emulator. */
class RemoteCommandsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long LOGIN = 50_001;
  private static final String PASSWORD = "remote-pass-1";

  // the emulator's clock starts at a fixed Wednesday noon: the same market on any day
  private static final EmulatorClock CLOCK = EmulatorClock.forTests();

  private static Mt5Emulator emulator;
  @TempDir static Path dir;
  private static Path passwordFile;

  @BeforeAll
  @SuppressWarnings("NullAway") // JUnit injects the @TempDir field before @BeforeAll runs
  static void start() throws Exception {
    emulator =
        Mt5Emulator.builder()
            .seed(3)
            .tickRate(50)
            .clock(CLOCK)
            .account(AccountConfig.of(LOGIN, PASSWORD, 10_000))
            .start();
    passwordFile = dir.resolve("password");
    Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  private static Cli.Result run(String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command));
    int split = command.equals("trade") ? 1 : 0;
    List<String> rest = new ArrayList<>(List.of(args));
    List<String> connect =
        List.of(
            "--server",
            emulator.uri().toString(),
            "--login",
            Long.toString(LOGIN),
            "--password-file",
            passwordFile.toString());
    if (split == 1) {
      all.add(rest.remove(0)); // the trade action comes before its options
    }
    all.addAll(connect);
    all.addAll(rest);
    return Cli.run(all.toArray(String[]::new));
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

  @Test
  void accountPrintsTheAccountAsTextAndJson() throws Exception {
    Cli.Result text = run("account");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("50001")
        .containsPattern("balance \\d+\\.\\d\\d USD")
        .contains("hedging");

    Cli.Result json = run("account", "--json");
    JsonNode a = jsonLines(json.out()).get(0);
    assertThat(a.get("login").asLong()).isEqualTo(LOGIN);
    assertThat(a.get("balance").asDouble()).isGreaterThan(9_000.0);
    assertThat(a.get("currency").asText()).isEqualTo("USD");
    assertThat(json.out() + json.err()).doesNotContain(PASSWORD);
  }

  @Test
  void symbolsFilterByGroup() throws Exception {
    Cli.Result r = run("symbols", "--group", "*Majors*", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> names =
        jsonLines(r.out()).stream().map(n -> n.get("tradeSymbol").asText()).toList();
    assertThat(names).contains("EURUSD", "USDJPY").doesNotContain("BTCUSD");
  }

  @Test
  void quotesStopAfterTheCountAndReportMetrics() throws Exception {
    Cli.Result r = run("quotes", "BTCUSD", "EURUSD", "--count", "5", "--json", "--metrics");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<JsonNode> quotes = jsonLines(r.out());
    assertThat(quotes).hasSize(5);
    assertThat(quotes)
        .allSatisfy(q -> assertThat(q.get("symbol").asText()).isIn("BTCUSD", "EURUSD"))
        .allSatisfy(q -> assertThat(q.get("ask").asDouble()).isGreaterThan(0));
    assertThat(r.err()).contains("get account");
  }

  @Test
  void quotesWithTheBookPrintBookLinesToo() throws Exception {
    Cli.Result r = run("quotes", "EURUSD", "--count", "20", "--book", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<JsonNode> lines = jsonLines(r.out());
    assertThat(lines).anySatisfy(n -> assertThat(n.has("bids")).isTrue());
    JsonNode book = lines.stream().filter(n -> n.has("bids")).findFirst().orElseThrow();
    assertThat(book.get("bids").size()).isPositive();
    assertThat(book.get("bids").get(0).get("price").asDouble())
        .isLessThan(book.get("asks").get(0).get("price").asDouble());
  }

  @Test
  void quotesKeepStreamingAcrossAReconnectAndSaySo() throws Exception {
    try (Cli.Running quotes =
        Cli.start(
            "quotes",
            "BTCUSD",
            "--server",
            emulator.uri().toString(),
            "--login",
            Long.toString(LOGIN),
            "--password-file",
            passwordFile.toString())) {
      org.awaitility.Awaitility.await().until(() -> quotes.out().lines().count() > 3);

      emulator.dropConnections();

      org.awaitility.Awaitility.await()
          .until(() -> quotes.err().contains("reconnected; 1 symbols resubscribed"));
      assertThat(quotes.err()).contains("connection lost");
      long mark = quotes.out().lines().count();
      org.awaitility.Awaitility.await().until(() -> quotes.out().lines().count() > mark + 3);
      assertThat(quotes.isRunning()).isTrue();
    }
  }

  @Test
  void barsByCountAndByRangeIntoCsv() throws Exception {
    Cli.Result r = run("bars", "EURUSD", "--timeframe", "H1", "--count", "5");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().count()).isEqualTo(5);

    Path csv = dir.resolve("bars.csv");
    Instant to = CLOCK.now();
    Cli.Result range =
        run(
            "bars",
            "EURUSD",
            "--timeframe",
            "M15",
            "--from",
            to.minusSeconds(86_400).toString(),
            "--to",
            to.toString(),
            "--csv",
            csv.toString());
    assertThat(range.exitCode()).as(range.err()).isZero();
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0)).isEqualTo("time,open,high,low,close,tick_volume,real_volume");
    assertThat(lines).hasSizeGreaterThan(20);
    assertThat(range.err()).contains("loaded");
  }

  @Test
  void tradeOpensModifiesAndClosesAndPendingOrdersAreListedAndCancelled() throws Exception {
    Cli.Result bought = run("trade", "buy", "EURUSD", "0.1");
    assertThat(bought.exitCode()).as(bought.err()).isZero();
    assertThat(bought.out()).contains("10009 request completed").contains("deal #");

    List<JsonNode> positions = jsonLines(run("positions", "--json").out());
    assertThat(positions).hasSize(1);
    long ticket = positions.get(0).get("positionId").asLong();
    assertThat(run("positions").out()).contains("#" + ticket).contains("buy").contains("EURUSD");

    Cli.Result modified = run("trade", "modify", Long.toString(ticket), "--sl", "0.5");
    assertThat(modified.exitCode()).as(modified.err()).isZero();
    assertThat(jsonLines(run("positions", "--json").out()).get(0).get("sl").asDouble())
        .isEqualTo(0.5);

    Cli.Result closed = run("trade", "close", Long.toString(ticket), "--json");
    assertThat(closed.exitCode()).as(closed.err()).isZero();
    assertThat(jsonLines(closed.out()).get(0).get("retcode").asInt()).isEqualTo(10009);
    assertThat(run("positions").out()).isBlank();

    Cli.Result placed = run("trade", "buy", "EURUSD", "0.2", "--limit", "0.9");
    assertThat(placed.out()).contains("10008 order placed");
    List<JsonNode> orders = jsonLines(run("orders", "--json").out());
    assertThat(orders).hasSize(1);
    long order = orders.get(0).get("tradeOrder").asLong();
    assertThat(run("trade", "cancel", Long.toString(order)).out()).contains("10009");
    assertThat(run("orders").out()).isBlank();

    // the emulator's clock is not this machine's: the range is given in the emulator's time
    String since = CLOCK.now().minus(Duration.ofDays(1)).toString();
    List<JsonNode> deals = jsonLines(run("history", "--from", since, "--json").out());
    assertThat(deals.size()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aRejectedTradeExitsWithTheServerCodeAndNamesTheRetcode() {
    Cli.Result r = run("trade", "buy", "EURUSD", "0.001");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.SERVER);
    assertThat(r.err()).contains("10014").contains("invalid volume");
  }

  @Test
  void aWrongPasswordExitsWithTheAuthenticationCode() throws Exception {
    Path wrong = dir.resolve("wrong");
    Files.writeString(wrong, "not-it");
    Cli.Result r =
        Cli.run(
            "account",
            "--server",
            emulator.uri().toString(),
            "--login",
            "50001",
            "--password-file",
            wrong.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.AUTHENTICATION);
    assertThat(r.err()).contains("invalid account or password").doesNotContain("not-it");
  }

  @Test
  void anUnreachableServerExitsWithTheConnectionCode() {
    Cli.Result r =
        Cli.run(
            "account",
            "--server",
            "ws://127.0.0.1:1/terminal",
            "--login",
            "50001",
            "--password-file",
            passwordFile.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.CONNECTION);
  }

  @Test
  void everyRemoteCommandIsListedInTheHelp() {
    Cli.Result r = Cli.run("--help");
    Stream.of(
            "demo",
            "serve",
            "account",
            "symbols",
            "quotes",
            "bars",
            "positions",
            "orders",
            "history",
            "trade",
            "sniff",
            "decode")
        .forEach(c -> assertThat(r.out()).contains(c));
  }
}
