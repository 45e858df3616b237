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
 * history), except that a trade result lost to a drop is only reported.
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
    for (SoakRun.Check c : report.checks()) {
      if (c.name().equals(SoakRun.LOST_RESULTS)) {
        // Open client issue (docs/reliability.md, "Soak"): a cmd 19 result lost to a drop fails
        // the trade with a bare TimeoutException after the request timeout instead of a
        // ConnectionException. Hit only when a drop falls between the cmd 12 reply and the cmd 19
        // push; the long run reports it and fails on it, this short one only prints it so the
        // normal build stays deterministic. Reconciliation below still has to pass.
        continue;
      }
      assertThat(c.passed()).as(c.name() + ": " + c.detail()).isTrue();
    }
  }
}
