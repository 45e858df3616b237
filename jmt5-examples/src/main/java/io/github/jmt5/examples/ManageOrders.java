package io.github.jmt5.examples;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.client.trading.OrderRequest;
import io.github.jmt5.client.trading.OrderResult;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.Position;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;

/**
 * The life of orders: a market buy with stops, a pending buy limit below the market, moving the
 * pending order, cancelling it, changing the position's stops and closing the position.
 *
 * <pre>java -cp jmt5-examples.jar io.github.jmt5.examples.ManageOrders [--symbol EURUSD]</pre>
 */
public final class ManageOrders {
  private ManageOrders() {}

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
    return Examples.run(args, out, ManageOrders::body);
  }

  private static void body(Examples.Args args, Examples.Target target, PrintStream out)
      throws InterruptedException {
    String symbol = args.get("symbol", "EURUSD");
    try (Mt5Client client = target.connect()) {
      SymbolQuote q = Examples.firstQuote(client, symbol);
      double point = Math.pow(10, -Examples.join(client.symbols().get(symbol)).digits());
      out.printf("%s bid %s ask %s (point %s)%n", symbol, q.bid(), q.ask(), point);

      // 1. a market buy with a stop loss and take profit 200 points away
      OrderResult buy =
          Examples.join(
              client
                  .trading()
                  .send(
                      OrderRequest.builder(symbol, OrderType.BUY, 0.1)
                          .sl(q.bid() - 200 * point)
                          .tp(q.bid() + 200 * point)
                          .comment("example buy")
                          .build()));
      print(out, "Market buy", buy);
      Position position =
          Examples.await(
              "position",
              Duration.ofSeconds(10),
              () -> client.positions().positions().stream().findFirst());

      // 2. a pending buy limit 300 points below the market
      double limit = q.bid() - 300 * point;
      OrderResult pending =
          Examples.join(
              client
                  .trading()
                  .send(
                      OrderRequest.builder(symbol, OrderType.BUY_LIMIT, 0.2)
                          .price(limit)
                          .comment("example limit")
                          .build()));
      print(out, "Pending buy limit at " + limit, pending);
      Order order =
          Examples.await(
              "pending order",
              Duration.ofSeconds(10),
              () -> client.positions().order(pending.order()));
      out.printf("Order %d is %s at %s%n", order.tradeOrder(), "buy limit", order.priceOrder());

      // 3. move it 100 points lower, with a stop loss
      double moved = limit - 100 * point;
      print(
          out,
          "Moved order to " + moved,
          Examples.join(
              client.trading().modifyOrder(order.tradeOrder(), moved, moved - 200 * point, 0)));

      // 4. cancel it
      print(
          out,
          "Cancelled order " + order.tradeOrder(),
          Examples.join(client.trading().cancel(order.tradeOrder())));
      Examples.await(
          "order gone",
          Duration.ofSeconds(10),
          () ->
              client.positions().order(order.tradeOrder()).isEmpty()
                  ? Optional.of(true)
                  : Optional.empty());

      // 5. tighten the position's stops, then close it
      print(
          out,
          "New stops on position " + position.positionId(),
          Examples.join(
              client
                  .trading()
                  .modifyPosition(
                      position.positionId(), q.bid() - 100 * point, q.bid() + 100 * point)));
      print(
          out,
          "Closed position " + position.positionId(),
          Examples.join(client.trading().close(position.positionId())));
      Examples.await(
          "flat account",
          Duration.ofSeconds(10),
          () -> client.positions().positions().isEmpty() ? Optional.of(true) : Optional.empty());
      out.printf(
          "Open positions: %d, pending orders: %d%n",
          client.positions().positions().size(), client.positions().orders().size());
    }
  }

  private static void print(PrintStream out, String what, OrderResult r) {
    out.printf(
        "%s: %d %s (order %d, deal %d)%n", what, r.retcode(), r.description(), r.order(), r.deal());
  }
}
