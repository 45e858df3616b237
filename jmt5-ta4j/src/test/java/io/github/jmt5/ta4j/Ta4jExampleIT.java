package io.github.jmt5.ta4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.ta4j.example.Ta4jExample;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the example in-process against its embedded emulator, with a fast clock. */
class Ta4jExampleIT {

  private static String run(int expectedExit, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code;
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      code = Ta4jExample.run(args, out);
    }
    String output = bytes.toString(StandardCharsets.UTF_8);
    assertThat(code).as(output).isEqualTo(expectedExit);
    return output;
  }

  @Test
  void theExampleBacktestsThenTradesLive() {
    // a market time fixed by the test: the same prices and crossings on any day
    String out =
        run(
            0,
            "--bars",
            "6",
            "--speed",
            "600",
            "--seconds",
            "60",
            "--market-time",
            "2026-11-18T10:00:00Z");

    assertThat(out)
        .contains("Started the embedded emulator")
        .contains("Backtest over 30 days of H1 bars:")
        .contains("SMA(10)/SMA(30) crossover")
        .containsPattern("positions +[1-9][0-9]*")
        .containsPattern(
            "Live SMA\\(5\\)/SMA\\(20\\) crossover on EURUSD M1: 6[0-9] bars of history")
        .containsPattern("Live run: ([6-9]|[1-9][0-9]+) bars completed")
        .contains("Balance now");
  }

  @Test
  void badOptionsExitWithTwo() {
    assertThat(run(2, "--bars")).contains("Bad options");
    assertThat(run(2, "--speed", "0")).contains("Bad options");
  }
}
