package io.github.jmt5.examples;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.market.BookSnapshot;
import io.github.jmt5.client.session.SymbolSubscription;
import io.github.jmt5.protocol.state.OrderBook.Level;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Subscribes to a symbol's order book (market depth) and prints a snapshot of it every second.
 *
 * <pre>java -cp jmt5-examples.jar io.github.jmt5.examples.OrderBook [--symbol EURUSD] [--seconds 5]
 * </pre>
 */
public final class OrderBook {
  private OrderBook() {}

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
    return Examples.run(args, out, OrderBook::body);
  }

  private static void body(Examples.Args args, Examples.Target target, PrintStream out)
      throws InterruptedException {
    String symbol = args.get("symbol", "EURUSD");
    Duration runTime = args.runTime(Duration.ofSeconds(5));
    try (Mt5Client client = target.connect()) {
      SymbolSubscription book = Examples.join(client.market().subscribeBook(symbol));
      out.println("Subscribed to the book of " + symbol);
      Examples.await(
          "book of " + symbol, Duration.ofSeconds(20), () -> client.market().book(symbol));
      long end = System.nanoTime() + runTime.toNanos();
      int snapshots = 0;
      do {
        BookSnapshot s = client.market().book(symbol).orElseThrow();
        snapshots++;
        out.printf(
            "%s book #%d: %d bids, %d asks%n", symbol, snapshots, s.bids().size(), s.asks().size());
        print(out, s.asks(), s.bids());
        Thread.sleep(1_000);
      } while (System.nanoTime() < end);
      book.close();
      out.println("Printed " + snapshots + " snapshots");
    }
  }

  /** Asks above (best last), bids below (best first), as a depth-of-market window shows them. */
  private static void print(PrintStream out, List<Level> asks, List<Level> bids) {
    for (int i = Math.min(asks.size(), 5) - 1; i >= 0; i--) {
      out.printf("    ask %-12s %8.2f lots%n", asks.get(i).price(), asks.get(i).lots());
    }
    out.println("    ------------");
    for (int i = 0; i < Math.min(bids.size(), 5); i++) {
      out.printf("    bid %-12s %8.2f lots%n", bids.get(i).price(), bids.get(i).lots());
    }
  }
}
