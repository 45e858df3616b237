package io.github.jmt5.micrometer;

import static io.github.jmt5.micrometer.MeterNames.BOOK_UPDATES_DROPPED;
import static io.github.jmt5.micrometer.MeterNames.CONNECTS;
import static io.github.jmt5.micrometer.MeterNames.CONNECT_FAILURE;
import static io.github.jmt5.micrometer.MeterNames.CONNECT_SUCCESS;
import static io.github.jmt5.micrometer.MeterNames.LISTENER_ERRORS;
import static io.github.jmt5.micrometer.MeterNames.PUSHES;
import static io.github.jmt5.micrometer.MeterNames.PUSH_BYTES;
import static io.github.jmt5.micrometer.MeterNames.RATE_LIMITED;
import static io.github.jmt5.micrometer.MeterNames.RECONNECTS;
import static io.github.jmt5.micrometer.MeterNames.RECONNECTS_SCHEDULED;
import static io.github.jmt5.micrometer.MeterNames.REQUESTS;
import static io.github.jmt5.micrometer.MeterNames.STATE;
import static io.github.jmt5.micrometer.MeterNames.TAG_COMMAND;
import static io.github.jmt5.micrometer.MeterNames.TAG_OUTCOME;
import static io.github.jmt5.micrometer.MeterNames.TICKS;
import static io.github.jmt5.micrometer.MeterNames.TICKS_COALESCED;
import static io.github.jmt5.micrometer.MeterNames.UNKNOWN_COMMAND;

import io.github.jmt5.client.event.ConnectionState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders a short, human-readable summary of the meters {@link MicrometerInstrumentation} records:
 * requests per command (count, mean and max latency, failures), ticks, pushes, reconnects and
 * errors. Meters of several sessions in one registry (told apart by common tags) are added up.
 *
 * <pre>
 * jmt5 metrics (state READY)
 * requests         count       mean        max  failed
 *   ping              12    0.49 ms    1.41 ms       0
 *   get account        3    1.52 ms    2.03 ms       0
 *   login              1    4.10 ms    4.10 ms       0
 * ticks: 1200 (coalesced 0)
 * pushes: 240 (60000 bytes)
 * connects: 1 (failed 0); reconnects: 0 (scheduled 0); rate-limit waits: 0
 * errors: requests 0, connects 0, listeners 0, book updates dropped 0
 * </pre>
 *
 * <p>Max latencies are Micrometer's, which decay over the registry's step.
 */
public final class MetricsSummary {
  private MetricsSummary() {}

  /**
   * The summary of the meters named with the default prefix {@code jmt5}.
   *
   * @param registry the registry the instrumentation records into; only read
   * @return the multi-line summary, lines separated by {@code \n}; meters not yet registered are
   *     left out
   */
  public static String render(MeterRegistry registry) {
    return render(registry, MicrometerInstrumentation.DEFAULT_PREFIX);
  }

  /**
   * The summary of the meters named with {@code prefix}.
   *
   * @param registry the registry the instrumentation records into; only read
   * @param prefix the prefix the instrumentation was built with; trailing dots are ignored
   * @return the multi-line summary, lines separated by {@code \n}; meters not yet registered are
   *     left out
   * @throws IllegalArgumentException if {@code prefix} is empty after dropping trailing dots
   */
  public static String render(MeterRegistry registry, String prefix) {
    String p = MeterNames.normalizePrefix(prefix);
    StringBuilder out = new StringBuilder(512);
    out.append(p).append(" metrics");
    String state = state(registry, p);
    if (!state.isEmpty()) {
      out.append(" (state ").append(state).append(')');
    }
    out.append('\n');

    List<CommandLine> commands = requests(registry.find(MeterNames.name(p, REQUESTS)).timers());
    long failedRequests = 0;
    if (commands.isEmpty()) {
      out.append("requests: none\n");
    } else {
      int width = "requests".length();
      for (CommandLine c : commands) {
        width = Math.max(width, c.command.length() + 2);
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%-" + width + "s %8s %10s %10s %7s%n",
              "requests",
              "count",
              "mean",
              "max",
              "failed"));
      for (CommandLine c : commands) {
        failedRequests += c.failed;
        out.append(
            String.format(
                Locale.ROOT,
                "%-" + width + "s %8d %10s %10s %7d%n",
                "  " + c.command,
                c.count,
                millis(c.count == 0 ? 0 : c.totalMillis / c.count),
                millis(c.maxMillis),
                c.failed));
      }
    }

    long ticks = count(registry.find(MeterNames.name(p, TICKS)).counters());
    long coalesced = count(registry.find(MeterNames.name(p, TICKS_COALESCED)).counters());
    out.append("ticks: ").append(ticks).append(" (coalesced ").append(coalesced).append(")\n");

    long pushes = count(registry.find(MeterNames.name(p, PUSHES)).counters());
    double pushBytes = 0;
    for (DistributionSummary s : registry.find(MeterNames.name(p, PUSH_BYTES)).summaries()) {
      pushBytes += s.totalAmount();
    }
    out.append("pushes: ")
        .append(pushes)
        .append(" (")
        .append(Math.round(pushBytes))
        .append(" bytes)\n");

    long connects =
        count(
            registry
                .find(MeterNames.name(p, CONNECTS))
                .tag(TAG_OUTCOME, CONNECT_SUCCESS)
                .counters());
    long connectFailures =
        count(
            registry
                .find(MeterNames.name(p, CONNECTS))
                .tag(TAG_OUTCOME, CONNECT_FAILURE)
                .counters());
    long reconnects = count(registry.find(MeterNames.name(p, RECONNECTS)).counters());
    long scheduled = count(registry.find(MeterNames.name(p, RECONNECTS_SCHEDULED)).counters());
    long rateLimited = count(registry.find(MeterNames.name(p, RATE_LIMITED)).counters());
    out.append("connects: ")
        .append(connects)
        .append(" (failed ")
        .append(connectFailures)
        .append("); reconnects: ")
        .append(reconnects)
        .append(" (scheduled ")
        .append(scheduled)
        .append("); rate-limit waits: ")
        .append(rateLimited)
        .append('\n');

    long listenerErrors = count(registry.find(MeterNames.name(p, LISTENER_ERRORS)).counters());
    long dropped = count(registry.find(MeterNames.name(p, BOOK_UPDATES_DROPPED)).counters());
    out.append("errors: requests ")
        .append(failedRequests)
        .append(", connects ")
        .append(connectFailures)
        .append(", listeners ")
        .append(listenerErrors)
        .append(", book updates dropped ")
        .append(dropped)
        .append('\n');
    return out.toString();
  }

  /** One row per command, busiest first. */
  private static List<CommandLine> requests(Collection<Timer> timers) {
    Map<String, CommandLine> byCommand = new TreeMap<>();
    for (Timer t : timers) {
      String command = t.getId().getTag(TAG_COMMAND);
      CommandLine line =
          byCommand.computeIfAbsent(command == null ? UNKNOWN_COMMAND : command, CommandLine::new);
      long n = t.count();
      line.count += n;
      line.totalMillis += t.totalTime(TimeUnit.MILLISECONDS);
      line.maxMillis = Math.max(line.maxMillis, t.max(TimeUnit.MILLISECONDS));
      if (!RequestOutcome.SUCCESS.tag().equals(t.getId().getTag(TAG_OUTCOME))) {
        line.failed += n;
      }
    }
    List<CommandLine> lines = new ArrayList<>(byCommand.values());
    lines.removeIf(l -> l.count == 0);
    lines.sort(Comparator.comparingLong((CommandLine l) -> l.count).reversed());
    return lines;
  }

  private static String state(MeterRegistry registry, String prefix) {
    Collection<Gauge> gauges = registry.find(MeterNames.name(prefix, STATE)).gauges();
    if (gauges.size() != 1) {
      return "";
    }
    ConnectionState s = MeterNames.stateOf(gauges.iterator().next().value());
    return s == null ? "" : s.name();
  }

  private static long count(Collection<Counter> counters) {
    double sum = 0;
    for (Counter c : counters) {
      sum += c.count();
    }
    return Math.round(sum);
  }

  private static String millis(double ms) {
    return ms >= 1000
        ? String.format(Locale.ROOT, "%.2f s", ms / 1000)
        : String.format(Locale.ROOT, "%.2f ms", ms);
  }

  private static final class CommandLine {
    final String command;
    long count;
    long failed;
    double totalMillis;
    double maxMillis;

    CommandLine(String command) {
      this.command = command;
    }
  }
}
