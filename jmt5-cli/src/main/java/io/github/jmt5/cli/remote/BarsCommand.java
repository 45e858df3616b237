package io.github.jmt5.cli.remote;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.market.Bar;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jmt5 bars}. */
@Command(
    name = "bars",
    mixinStandardHelpOptions = true,
    description = "Load bars by count or over a range; progress goes to standard error.")
public final class BarsCommand extends RemoteCommand {
  @SuppressWarnings("NullAway.Init")
  @Parameters(index = "0", paramLabel = "SYMBOL")
  String symbol;

  @Option(
      names = "--timeframe",
      required = true,
      paramLabel = "TF",
      description = "One of ${COMPLETION-CANDIDATES}.")
  Timeframe timeframe = Timeframe.H1;

  @ArgGroup(exclusive = true, multiplicity = "1")
  @SuppressWarnings("NullAway.Init")
  Span span;

  /** By count or by range. */
  static final class Span {
    @Option(names = "--count", paramLabel = "N", description = "The last N bars up to now.")
    int count;

    @ArgGroup(exclusive = false)
    @Nullable Range range;
  }

  /** A range. */
  static final class Range {
    @SuppressWarnings("NullAway.Init")
    @Option(names = "--from", required = true, paramLabel = "INSTANT")
    Instant from;

    @SuppressWarnings("NullAway.Init")
    @Option(names = "--to", required = true, paramLabel = "INSTANT")
    Instant to;
  }

  @Option(names = "--csv", paramLabel = "FILE", description = "Write the bars to FILE as CSV.")
  @Nullable Path csv;

  /** Creates the command; picocli fills in its options and parameters. */
  public BarsCommand() {}

  /**
   * The server's "now", for the last N bars: the time of the symbol's latest quote when one comes
   * within two seconds of subscribing, since bar and tick times are the server's (its time zone,
   * its clock). A closed market sends none: then a day past this machine's clock, which covers a
   * server in any time zone.
   */
  private Instant serverNow(Mt5Client client) throws Exception {
    client.market().subscribeTicks(symbol).get(remote.timeoutSeconds, TimeUnit.SECONDS);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (client.market().quote(symbol).isEmpty() && System.nanoTime() < end) {
      TimeUnit.MILLISECONDS.sleep(20); // the first tick after subscribing
    }
    return client
        .market()
        .quote(symbol)
        .map(q -> q.time().plusSeconds(60))
        .orElseGet(() -> Instant.now().plus(Duration.ofDays(1)));
  }

  @Override
  void run(Mt5Client client, PrintWriter out, PrintWriter err) throws Exception {
    int digits = client.symbols().get(symbol).get(remote.timeoutSeconds, TimeUnit.SECONDS).digits();
    List<Bar> bars;
    Range r = span.range;
    if (r != null) {
      Progress progress = new Progress(err);
      bars =
          client
              .market()
              .bars(symbol, timeframe, r.from, r.to, progress::update)
              .get(remote.timeoutSeconds * 20L, TimeUnit.SECONDS);
      progress.done(bars.size());
    } else {
      if (span.count < 1) {
        throw new IllegalArgumentException("--count must be positive");
      }
      bars =
          client
              .market()
              .lastBars(symbol, timeframe, span.count, serverNow(client))
              .get(remote.timeoutSeconds * 20L, TimeUnit.SECONDS);
    }
    Path file = csv;
    if (file != null) {
      StringBuilder sb = new StringBuilder("time,open,high,low,close,tick_volume,real_volume\n");
      for (Bar b : bars) {
        sb.append(line(b, digits, ",")).append('\n');
      }
      Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
      err.println(bars.size() + " bars written to " + file);
      err.flush();
      return;
    }
    for (Bar b : bars) {
      output.print(out, b, line(b, digits, "  "));
    }
  }

  private static String line(Bar b, int digits, String sep) {
    return String.join(
        sep,
        Instant.ofEpochSecond(b.time()).toString(),
        Formats.price(b.open(), digits),
        Formats.price(b.high(), digits),
        Formats.price(b.low(), digits),
        Formats.price(b.close(), digits),
        Integer.toString(b.tickVolume()),
        String.format(Locale.ROOT, "%.0f", b.realVolume()));
  }

  /** A one-line progress report on standard error. */
  private static final class Progress {
    private final PrintWriter err;

    Progress(PrintWriter err) {
      this.err = err;
    }

    void update(int bars) {
      err.print("\rloading… " + bars + " bars");
      err.flush();
    }

    void done(int bars) {
      err.println("\rloaded " + bars + " bars      ");
      err.flush();
    }
  }
}
