package io.github.jmt5.bench.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The short soak: 4 sessions trade for 24 s while every connection is dropped every 2–4 s; the same
 * checks as the long run (heap, threads, failures, reconciliation with the emulator's books and
 * history).
 */
class SoakRunIT {

  @Test
  @Timeout(180)
  void fourSessionsTradeThroughDropsAndReconcile() throws Exception {
    SoakConfig config =
        SoakConfig.defaults()
            .withSessions(4)
            .withDuration(Duration.ofSeconds(24))
            .withDrops(Duration.ofSeconds(2), Duration.ofSeconds(4))
            .withReportEvery(Duration.ofSeconds(4));

    SoakRun.Report report =
        SoakRun.run(config, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    System.out.println(report.summary());

    long reconnects = report.samples().get(report.samples().size() - 1).reconnects();
    assertThat(reconnects).as("reconnects (Resubscribed)").isGreaterThanOrEqualTo(4L * 4);
    assertThat(report.samples().get(report.samples().size() - 1).ticks()).isPositive();
    assertThat(report.samples().get(report.samples().size() - 1).succeeded()).isPositive();
    assertThat(report.checks()).hasSize(8);
    // every check, including no trade left waiting for a result lost to a drop (such a trade
    // now fails at once with a ConnectionException, which the driver counts as expected)
    for (SoakRun.Check c : report.checks()) {
      assertThat(c.passed()).as(c.name() + ": " + c.detail()).isTrue();
    }
  }
}
