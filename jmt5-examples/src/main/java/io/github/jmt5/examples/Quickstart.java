package io.github.jmt5.examples;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.account.AccountInfo;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.client.trading.OrderResult;
import io.github.jmt5.protocol.message.trade.Position;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Connects, prints the account and a quote, buys 0.1 lot, and closes the position again.
 *
 * <pre>java -cp jmt5-examples.jar io.github.jmt5.examples.Quickstart [--symbol EURUSD]</pre>
 */
public final class Quickstart {
  private Quickstart() {}

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
    return Examples.run(args, out, Quickstart::body);
  }

  private static void body(Examples.Args args, Examples.Target target, PrintStream out)
      throws InterruptedException {
    String symbol = args.get("symbol", "EURUSD");
    try (Mt5Client client = target.connect()) {
      AccountInfo a = client.account().info().orElseThrow();
      out.printf(
          "Account %d (%s): balance %.2f %s, equity %.2f, leverage 1:%d%n",
          a.login(), a.name(), a.balance(), a.currency(), a.equity(), a.leverage());

      SymbolQuote q = Examples.firstQuote(client, symbol);
      out.printf("Quote %s: bid %s ask %s%n", q.symbol(), q.bid(), q.ask());

      OrderResult buy = Examples.join(client.trading().buy(symbol, 0.1));
      out.printf(
          "Bought %.2f %s at %s: %d %s, deal %d%n",
          buy.volume(), symbol, buy.price(), buy.retcode(), buy.description(), buy.deal());

      Position p =
          Examples.await(
              "position",
              Duration.ofSeconds(10),
              () -> client.positions().positions().stream().findFirst());
      out.printf("Position %d open, profit %.2f%n", p.positionId(), p.profit());

      OrderResult close = Examples.join(client.trading().close(p.positionId()));
      out.printf(
          "Closed position %d at %s: %d %s%n",
          p.positionId(), close.price(), close.retcode(), close.description());
      Examples.await(
          "flat account",
          Duration.ofSeconds(10),
          () ->
              client.positions().positions().isEmpty()
                  ? java.util.Optional.of(true)
                  : java.util.Optional.empty());
      out.printf("Balance now %.2f%n", client.account().info().orElseThrow().balance());
    }
  }
}
