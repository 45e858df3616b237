package io.github.jmt5.examples;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.dflib.Frames;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.market.Bar;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.dflib.DataFrame;
import org.dflib.DoubleSeries;

/**
 * Downloads bars of a symbol over a number of days and writes them to a CSV file, through a DFLib
 * DataFrame ({@code jmt5-dflib}).
 *
 * <pre>
 * java -cp jmt5-examples.jar io.github.jmt5.examples.DownloadBars [--symbol EURUSD] [--timeframe H1] [--days 30] [--out EURUSD-H1.csv]
 * </pre>
 */
public final class DownloadBars {
  private DownloadBars() {}

  /**
   * Runs the example and exits with its exit code.
   *
   * @param args {@code --server URI --login N} for a real server, or nothing for an emulator
   *     started here; see {@link Examples.Args}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /**
   * Runs the example; returns the exit code.
   *
   * @param args the options, as for {@link #main}
   * @param out where the example prints
   * @return 0 done, 1 failed, 2 bad options
   */
  public static int run(String[] args, PrintStream out) {
    return Examples.run(args, out, DownloadBars::body);
  }

  private static void body(Examples.Args args, Examples.Target target, PrintStream out) {
    String symbol = args.get("symbol", "EURUSD");
    Timeframe timeframe = Timeframe.valueOf(args.get("timeframe", "H1").toUpperCase(Locale.ROOT));
    long days = args.getLong("days", 30);
    Path file = Path.of(args.get("out", symbol + "-" + timeframe + ".csv"));

    try (Mt5Client client = target.connect()) {
      Instant to = target.now();
      Instant from = to.minus(Duration.ofDays(days));
      out.printf("Loading %s %s bars from %s to %s%n", symbol, timeframe, from, to);
      List<Bar> bars =
          Examples.join(
              client
                  .market()
                  .bars(symbol, timeframe, from, to, n -> out.printf("  %d bars so far%n", n)),
              Duration.ofMinutes(5));

      DataFrame frame = Frames.bars(bars);
      Frames.writeCsv(frame, file);
      out.printf("Wrote %d bars to %s%n", frame.height(), file);
      if (frame.height() > 0) {
        DoubleSeries close = (DoubleSeries) frame.<Double>getColumn("close");
        out.printf("Close: min %s, max %s, mean %.5f%n", close.min(), close.max(), close.avg());
        out.println(frame.tail(3));
      }
    }
  }
}
