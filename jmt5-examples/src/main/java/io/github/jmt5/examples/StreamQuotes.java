package io.github.jmt5.examples;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.event.Subscription;
import io.github.jmt5.client.session.SymbolSubscription;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Subscribes to the ticks of a few symbols and prints every merged quote for a while.
 *
 * <pre>
 * java -cp jmt5-examples.jar io.github.jmt5.examples.StreamQuotes [--symbols EURUSD,GBPUSD,USDJPY] [--seconds 10]
 * </pre>
 */
public final class StreamQuotes {
  private StreamQuotes() {}

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
    return Examples.run(args, out, StreamQuotes::body);
  }

  private static void body(Examples.Args args, Examples.Target target, PrintStream out)
      throws InterruptedException {
    String[] symbols = args.get("symbols", "EURUSD,GBPUSD,USDJPY").split(",");
    Duration runTime = args.runTime(Duration.ofSeconds(10));
    AtomicLong count = new AtomicLong();
    try (Mt5Client client = target.connect()) {
      Subscription listener =
          client
              .market()
              .onQuote(
                  q -> {
                    count.incrementAndGet();
                    synchronized (out) {
                      out.printf(
                          "%s %-8s bid %-10s ask %-10s spread %.5f%n",
                          q.time(), q.symbol(), q.bid(), q.ask(), q.spread());
                    }
                  });
      SymbolSubscription ticks = Examples.join(client.market().subscribeTicks(symbols));
      out.println("Streaming " + String.join(", ", symbols) + " for " + runTime.toSeconds() + " s");
      Thread.sleep(runTime.toMillis());
      ticks.close();
      listener.close();
      synchronized (out) {
        out.println("Received " + count.get() + " quotes");
      }
    }
  }
}
