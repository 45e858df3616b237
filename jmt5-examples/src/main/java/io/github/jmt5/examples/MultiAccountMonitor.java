package io.github.jmt5.examples;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.account.AccountInfo;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * Two accounts on one server, each with its own client: a position on each, and one summary line
 * per account every second.
 *
 * <p>Against a server: {@code --server URI --login N --login2 M}, passwords from {@code
 * JMT5_PASSWORD} and {@code JMT5_PASSWORD2}. Embedded: the emulator's accounts 50001 and 50002.
 *
 * <pre>
 * java -cp jmt5-examples.jar io.github.jmt5.examples.MultiAccountMonitor [--symbol EURUSD] [--seconds 5]
 * </pre>
 */
public final class MultiAccountMonitor {
  private MultiAccountMonitor() {}

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
    return Examples.run(args, out, MultiAccountMonitor::body);
  }

  private static void body(Examples.Args args, Examples.Target target, PrintStream out)
      throws InterruptedException {
    String symbol = args.get("symbol", "EURUSD");
    Duration runTime = args.runTime(Duration.ofSeconds(5));
    long login2;
    char[] password2;
    if (target.emulator().isPresent()) {
      login2 = Examples.SECOND_LOGIN;
      password2 = Examples.SECOND_PASSWORD.toCharArray();
    } else {
      login2 = args.getLong("login2", -1);
      String env = System.getenv("JMT5_PASSWORD2");
      if (login2 < 0 || env == null) {
        throw new IllegalArgumentException("--server needs --login2 M and JMT5_PASSWORD2");
      }
      password2 = env.toCharArray();
    }

    try (Mt5Client first = target.connect();
        Mt5Client second = target.connect(login2, password2)) {
      List<Mt5Client> clients = List.of(first, second);
      for (Mt5Client c : clients) {
        Examples.firstQuote(c, symbol); // equity needs live quotes
      }
      var bought = Examples.join(first.trading().buy(symbol, 0.1));
      var sold = Examples.join(second.trading().sell(symbol, 0.2));
      out.printf(
          "Account %d bought 0.1 %s (%d), account %d sold 0.2 (%d)%n",
          target.login(), symbol, bought.retcode(), login2, sold.retcode());

      long end = System.nanoTime() + runTime.toNanos();
      do {
        for (Mt5Client c : clients) {
          out.println(summary(c));
        }
        Thread.sleep(1_000);
      } while (System.nanoTime() < end);

      for (Mt5Client c : clients) {
        for (var p : c.positions().positions()) {
          var unused = Examples.join(c.trading().close(p.positionId()));
        }
      }
      out.println("Closed all positions");
    }
  }

  private static String summary(Mt5Client c) {
    AccountInfo a = c.account().info().orElseThrow();
    return String.format(
        "%d  balance %10.2f  equity %10.2f  margin %8.2f  free %10.2f  positions %d",
        a.login(),
        a.balance(),
        a.equity(),
        a.margin(),
        a.freeMargin(),
        c.positions().positions().size());
  }
}
