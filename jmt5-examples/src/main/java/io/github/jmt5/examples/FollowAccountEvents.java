package io.github.jmt5.examples;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.event.AccountUpdated;
import io.github.jmt5.client.event.StateChanged;
import io.github.jmt5.client.event.TradeTransactionsReceived;
import io.github.jmt5.protocol.enums.DealType;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.message.trade.DealTransaction;
import io.github.jmt5.protocol.message.trade.OrderTransaction;
import io.github.jmt5.protocol.message.trade.TradeTransaction;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Listens to trade transactions, account updates and connection state changes while it opens and
 * closes a few positions.
 *
 * <pre>
 * java -cp jmt5-examples.jar io.github.jmt5.examples.FollowAccountEvents [--symbol EURUSD] [--seconds 6]
 * </pre>
 */
public final class FollowAccountEvents {
  private FollowAccountEvents() {}

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
    return Examples.run(args, out, FollowAccountEvents::body);
  }

  private static void body(Examples.Args args, Examples.Target target, PrintStream out)
      throws InterruptedException {
    String symbol = args.get("symbol", "EURUSD");
    Duration runTime = args.runTime(Duration.ofSeconds(6));
    try (Mt5Client client = target.connect()) {
      client.on(StateChanged.class, e -> print(out, "state " + e.from() + " -> " + e.to()));
      client.on(
          AccountUpdated.class,
          e -> print(out, "account update: balance " + e.account().main().balance()));
      client.on(
          TradeTransactionsReceived.class,
          e -> e.transactions().forEach(t -> print(out, describe(t))));

      Examples.firstQuote(client, symbol);
      long end = System.nanoTime() + runTime.toNanos();
      boolean buy = true;
      while (System.nanoTime() < end) {
        var unused =
            Examples.join(
                buy ? client.trading().buy(symbol, 0.1) : client.trading().sell(symbol, 0.1));
        buy = !buy;
        Thread.sleep(Math.min(1_000, Math.max(0, (end - System.nanoTime()) / 1_000_000)));
      }
      for (var p : client.positions().positions()) {
        var unused = Examples.join(client.trading().close(p.positionId()));
      }
      Thread.sleep(300); // let the last pushes arrive before closing
      print(out, "done, balance " + client.account().info().orElseThrow().balance());
    }
  }

  private static String describe(TradeTransaction t) {
    if (t instanceof DealTransaction d) {
      if (d.deal().deal() != 0) {
        return "deal #"
            + d.deal().deal()
            + " "
            + DealType.describe(d.deal().tradeAction())
            + " "
            + d.deal().tradeSymbol()
            + " profit "
            + d.deal().profit();
      }
      return "position #" + d.tradePosition().positionId() + " " + d.tradePosition().tradeSymbol();
    }
    OrderTransaction o = (OrderTransaction) t;
    return (o.flagMask() == TradeTransaction.HISTORY_ORDER ? "history order #" : "order #")
        + o.order().tradeOrder()
        + " "
        + OrderType.describe(o.order().orderType())
        + " "
        + o.order().tradeSymbol();
  }

  private static void print(PrintStream out, String line) {
    synchronized (out) {
      out.println(line);
    }
  }
}
