package io.github.jmt5.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The demo runs start to end against its in-process emulator and exits 0, on a market clock the
 * test fixes: a weekday, when it trades EURUSD, and a Saturday, when only crypto trades.
 */
class DemoCommandIT {
  @ParameterizedTest
  @CsvSource({"2026-11-18T12:00:00Z, EURUSD", "2026-11-21T12:00:00Z, BTCUSD"})
  void runsTheWholeTourAndExitsCleanly(String marketTime, String traded) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(new DemoCommand());
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));

    int exit = cmd.execute("--seconds", "1", "--market-time", marketTime);

    String text = out.toString();
    assertThat(exit).as(err.toString()).isZero();
    assertThat(text)
        .contains("Emulator listening on ws://127.0.0.1:")
        .contains("Logged in to 50001")
        .contains("symbols available")
        .contains("Live quotes for 1 s")
        .containsPattern("(?m)^  BTCUSD +\\d")
        .contains("H1 bars of " + traded)
        .containsPattern("Bought 0.1 " + traded + ": 10009 request completed, deal #\\d+")
        .containsPattern("Buy limit 0.1 \\w+ at [\\d.]+: 10008 order placed")
        .contains("  position  #")
        .contains("  order     #")
        .containsPattern("Cancel order \\d+: 10009")
        .containsPattern("Close position \\d+: 10009")
        .containsPattern("2 deals today, realised [-+]\\d+\\.\\d\\d USD; balance \\d+\\.\\d\\d")
        .contains("Logging out")
        .contains("Done.");
    assertThat(text).doesNotContain("demo-password");
  }
}
