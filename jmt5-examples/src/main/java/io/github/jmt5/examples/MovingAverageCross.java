package io.github.jmt5.examples;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.event.Subscription;
import io.github.jmt5.client.market.LiveBar;
import io.github.jmt5.client.trading.OrderResult;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.trade.Position;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A simple moving-average crossover: a fast and a slow simple moving average of M1 closes, seeded
 * from the bar history and updated from the live bar forming from the quotes. When the fast average
 * crosses above the slow one the strategy closes its sells and buys; when it crosses below, the
 * reverse. It never holds more than {@code --max-positions} positions, and closes everything at the
 * end.
 *
 * <p>The live-bar listener only computes signals; orders are sent from the main thread, so the
 * event thread never waits for a trade.
 *
 * <pre>
 * java -cp jmt5-examples.jar io.github.jmt5.examples.MovingAverageCross [--symbol EURUSD] [--fast 5] [--slow 20] [--lots 0.1] [--max-positions 1] [--seconds 60]
 * </pre>
 */
public final class MovingAverageCross {
  private MovingAverageCross() {}

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
    return Examples.run(args, out, MovingAverageCross::body);
  }

  /**
   * The averages at {@code price}; {@code crossed} when the fast one has just crossed the slow one,
   * above it if {@code up}.
   */
  record Signal(boolean crossed, boolean up, double price, double fast, double slow) {}

  /** The two averages over closed bars plus the forming one; not thread-safe. */
  static final class Crossover {
    private final int fast;
    private final int slow;
    private final Deque<Double> closed = new ArrayDeque<>();
    private int lastSide;

    Crossover(int fast, int slow) {
      if (fast < 1 || slow <= fast) {
        throw new IllegalArgumentException("need 1 <= fast < slow, got " + fast + ", " + slow);
      }
      this.fast = fast;
      this.slow = slow;
    }

    /** Adds the close of a finished bar. */
    void close(double price) {
      closed.addLast(price);
      while (closed.size() > slow) {
        closed.removeFirst();
      }
    }

    /**
     * The averages with {@code forming} as the newest close; a signal when the side changed since
     * the last call that had a side.
     */
    Signal update(double forming) {
      List<Double> prices = new ArrayList<>(closed);
      prices.add(forming);
      double f = average(prices, fast);
      double s = average(prices, slow);
      int side = prices.size() < slow ? 0 : Double.compare(f, s);
      boolean crossed = side != 0 && lastSide != 0 && side != lastSide;
      if (side != 0) {
        lastSide = side;
      }
      return new Signal(crossed, side > 0, forming, f, s);
    }

    private static double average(List<Double> prices, int n) {
      int from = Math.max(0, prices.size() - n);
      double sum = 0;
      for (int i = from; i < prices.size(); i++) {
        sum += prices.get(i);
      }
      return sum / (prices.size() - from);
    }
  }

  private static void body(Examples.Args args, Examples.Target target, PrintStream out)
      throws InterruptedException {
    String symbol = args.get("symbol", "EURUSD");
    int fastN = (int) args.getLong("fast", 5);
    int slowN = (int) args.getLong("slow", 20);
    double lots = Double.parseDouble(args.get("lots", "0.1"));
    int maxPositions = (int) args.getLong("max-positions", 1);
    Duration runTime = args.runTime(Duration.ofSeconds(60));
    Crossover crossover = new Crossover(fastN, slowN);

    try (Mt5Client client = target.connect()) {
      List<Bar> history =
          Examples.join(client.market().lastBars(symbol, Timeframe.M1, slowN, target.now()));
      // the newest bar may still be forming: it comes again from the live bars
      for (int i = 0; i < history.size() - 1; i++) {
        crossover.close(history.get(i).close());
      }
      out.printf(
          "SMA(%d)/SMA(%d) crossover on %s M1, %s lots, at most %d positions, for %d s; %d bars of history%n",
          fastN, slowN, symbol, lots, maxPositions, runTime.toSeconds(), history.size());

      BlockingQueue<Signal> signals = new LinkedBlockingQueue<>();
      Subscription bars =
          client
              .market()
              .liveBars(
                  symbol,
                  Timeframe.M1,
                  (LiveBar b) -> {
                    if (b.closed()) {
                      crossover.close(b.bar().close());
                      return;
                    }
                    signals.add(crossover.update(b.bar().close()));
                  });
      Examples.firstQuote(client, symbol);

      long end = System.nanoTime() + runTime.toNanos();
      long nextStatus = 0;
      int trades = 0;
      while (System.nanoTime() < end) {
        Signal s = signals.poll(200, TimeUnit.MILLISECONDS);
        if (s == null) {
          continue;
        }
        if (System.nanoTime() >= nextStatus) {
          out.printf(
              "%s %.5f  SMA%d %.5f  SMA%d %.5f  positions %d%n",
              symbol, s.price(), fastN, s.fast(), slowN, s.slow(), open(client, symbol).size());
          nextStatus = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        }
        if (s.crossed()) {
          out.printf("Crossed %s at %.5f%n", s.up() ? "above: buy" : "below: sell", s.price());
          trades += trade(client, symbol, s.up(), lots, maxPositions, out);
        }
      }
      bars.close();
      for (Position p : open(client, symbol)) {
        print(
            out,
            "Closed position " + p.positionId(),
            Examples.join(client.trading().close(p.positionId())));
      }
      out.printf(
          "Done: %d trades, balance %.2f%n",
          trades, client.account().info().orElseThrow().balance());
    }
  }

  /** Closes the positions on the other side, then opens one if under the limit. */
  private static int trade(
      Mt5Client client,
      String symbol,
      boolean buy,
      double lots,
      int maxPositions,
      PrintStream out) {
    int trades = 0;
    int wrongSide = buy ? 1 : 0;
    for (Position p : open(client, symbol)) {
      if (p.tradeAction() == wrongSide) {
        print(
            out,
            "Closed position " + p.positionId(),
            Examples.join(client.trading().close(p.positionId())));
        trades++;
      }
    }
    int held =
        (int) open(client, symbol).stream().filter(p -> p.tradeAction() != wrongSide).count();
    if (held >= maxPositions) {
      out.println("Limit of " + maxPositions + " positions reached: no new order");
      return trades;
    }
    OrderResult r =
        Examples.join(
            buy ? client.trading().buy(symbol, lots) : client.trading().sell(symbol, lots));
    print(out, buy ? "Bought" : "Sold", r);
    return trades + 1;
  }

  private static List<Position> open(Mt5Client client, String symbol) {
    return client.positions().positions().stream()
        .filter(p -> p.tradeSymbol().equals(symbol))
        .toList();
  }

  private static void print(PrintStream out, String what, OrderResult r) {
    out.printf("%s: %d %s at %s%n", what, r.retcode(), r.description(), r.price());
  }
}
