package io.github.jmt5.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.server.EmulatorClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts every example in-process against its embedded emulator, with a short run time. */
class ExamplesIT {

  /** The exit code and what the example printed. */
  private record Run(int exitCode, String output) {}

  /** Runs an example on a market clock fixed by the test, so the same prices come on any day. */
  private static Run run(BiFunction<String[], PrintStream, Integer> example, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--market-time";
    all[1] = EmulatorClock.TEST_START.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      code = example.apply(all, out);
    }
    String output = bytes.toString(StandardCharsets.UTF_8);
    return new Run(code, output);
  }

  @Test
  void quickstartTradesAndCloses() {
    Run r = run(Quickstart::run);

    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output())
        .contains("Started the embedded emulator")
        .contains("Account 50001")
        .contains("Quote EURUSD")
        .containsPattern("Bought 0.10 EURUSD at [0-9.]+: 10009")
        .containsPattern("Closed position [0-9]+ at [0-9.]+: 10009")
        .contains("Balance now");
  }

  @Test
  void streamQuotesPrintsQuotes() {
    Run r = run(StreamQuotes::run, "--seconds", "2", "--symbols", "EURUSD,USDJPY");

    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).contains("Streaming EURUSD, USDJPY for 2 s").contains(" EURUSD ");
    assertThat(r.output()).containsPattern("Received [1-9][0-9]* quotes");
  }

  @Test
  void downloadBarsWritesACsvFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bars.csv");
    Run r =
        run(
            DownloadBars::run,
            "--symbol",
            "GBPUSD",
            "--timeframe",
            "m15",
            "--days",
            "3",
            "--out",
            file.toString());

    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).containsPattern("Wrote [1-9][0-9]* bars to");
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(0)).isEqualTo("time,open,high,low,close,tick_volume,real_volume");
    assertThat(lines).hasSizeGreaterThan(100);
  }

  @Test
  void manageOrdersGoesThroughTheWholeLife() {
    Run r = run(ManageOrders::run);

    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output())
        .containsPattern("Market buy: 10009")
        .containsPattern("Pending buy limit at [0-9.]+: 10008")
        .containsPattern("Moved order to [0-9.]+: 10009")
        .containsPattern("Cancelled order [0-9]+: 10009")
        .containsPattern("New stops on position [0-9]+: 10009")
        .containsPattern("Closed position [0-9]+: 10009")
        .contains("Open positions: 0, pending orders: 0");
  }

  @Test
  void followAccountEventsSeesTradesAndState() {
    Run r = run(FollowAccountEvents::run, "--seconds", "2");

    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output())
        .contains("deal #")
        .contains("account update: balance")
        .contains("state READY -> CLOSING")
        .contains("done, balance");
  }

  @Test
  void orderBookPrintsSnapshots() {
    Run r = run(OrderBook::run, "--seconds", "1");

    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).contains("EURUSD book #1").contains("    ask ").contains("    bid ");
  }

  @Test
  void metaTrader5PortOpensAndClosesLikeThePythonScript() {
    Run r = run(MetaTrader5Port::run);

    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output())
        .contains("login 50001 balance")
        .contains("1. order_send(): by EURUSD 0.1 lots")
        .contains("2. order_send done")
        .containsPattern("4. position #[0-9]+ closed");
  }

  @Test
  void movingAverageCrossRunsAndEndsFlat() {
    Run r = run(MovingAverageCross::run, "--seconds", "3", "--fast", "2", "--slow", "3");

    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output())
        .contains("SMA(2)/SMA(3) crossover on EURUSD M1")
        .containsPattern("EURUSD [0-9.]+  SMA2 [0-9.]+  SMA3 [0-9.]+")
        .contains("Done: ");
  }

  @Test
  void multiAccountMonitorPrintsALinePerAccount() {
    Run r = run(MultiAccountMonitor::run, "--seconds", "1");

    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output())
        .containsPattern("50001  balance +10000.00")
        .containsPattern("50002  balance +25000.00")
        .contains("Closed all positions");
  }

  @Test
  void badOptionsExitWithTwo() {
    assertThat(run(Quickstart::run, "--seconds").exitCode()).isEqualTo(2);
    assertThat(run(Quickstart::run, "--server", "ws://127.0.0.1:1/terminal").exitCode())
        .isEqualTo(2);
  }
}
