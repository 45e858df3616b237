package io.github.jmt5.cli.remote;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.trading.OrderRequest;
import io.github.jmt5.client.trading.OrderResult;
import io.github.jmt5.protocol.enums.OrderType;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jmt5 trade buy|sell|close|modify|cancel}: one request, its result or the retcode that
 * rejected it (exit code 5).
 */
@Command(
    name = "trade",
    mixinStandardHelpOptions = true,
    description = "Send one trade request and print its result.",
    subcommands = {
      TradeCommand.Buy.class,
      TradeCommand.Sell.class,
      TradeCommand.Close.class,
      TradeCommand.Modify.class,
      TradeCommand.Cancel.class
    })
public final class TradeCommand {
  private TradeCommand() {}

  /** Common to every trade subcommand: send, wait, print. */
  abstract static class TradeAction extends RemoteCommand {
    abstract CompletableFuture<OrderResult> send(Mt5Client client) throws Exception;

    @Override
    void run(Mt5Client client, PrintWriter out, PrintWriter err) throws Exception {
      OrderResult r = send(client).get(remote.timeoutSeconds * 2L, TimeUnit.SECONDS);
      output.print(
          out,
          r,
          r.retcode()
              + " "
              + r.description()
              + (r.deal() != 0 ? "  deal #" + r.deal() : "")
              + (r.order() != 0 ? "  order #" + r.order() : "")
              + (r.price() != 0 ? "  price " + r.price() : "")
              + (r.volume() != 0 ? "  volume " + r.volume() : ""));
    }
  }

  /** Opens at the market, or places a limit/stop order with --limit or --stop. */
  abstract static class Open extends TradeAction {
    @SuppressWarnings("NullAway.Init")
    @Parameters(index = "0", paramLabel = "SYMBOL")
    String symbol;

    @Parameters(index = "1", paramLabel = "LOTS")
    double lots;

    @Option(names = "--limit", paramLabel = "PRICE", description = "Place a limit order at PRICE.")
    double limit;

    @Option(names = "--stop", paramLabel = "PRICE", description = "Place a stop order at PRICE.")
    double stop;

    @Option(names = "--sl", paramLabel = "PRICE", description = "Stop loss.")
    double sl;

    @Option(names = "--tp", paramLabel = "PRICE", description = "Take profit.")
    double tp;

    @Option(names = "--comment", paramLabel = "TEXT", defaultValue = "")
    String comment = "";

    abstract boolean buy();

    @Override
    CompletableFuture<OrderResult> send(Mt5Client client) throws Exception {
      if (limit > 0 && stop > 0) {
        throw new IllegalArgumentException("give --limit or --stop, not both");
      }
      OrderType type;
      double price = 0;
      if (limit > 0) {
        type = buy() ? OrderType.BUY_LIMIT : OrderType.SELL_LIMIT;
        price = limit;
      } else if (stop > 0) {
        type = buy() ? OrderType.BUY_STOP : OrderType.SELL_STOP;
        price = stop;
      } else {
        type = buy() ? OrderType.BUY : OrderType.SELL;
        awaitQuote(client, symbol, remote.timeoutSeconds);
      }
      return client
          .trading()
          .send(
              OrderRequest.builder(symbol, type, lots)
                  .price(price)
                  .sl(sl)
                  .tp(tp)
                  .comment(comment)
                  .build());
    }
  }

  /**
   * Subscribes to {@code symbol} and waits up to 5 s for its first quote: request and instant
   * execution send the quoted price, and closing uses it.
   */
  static void awaitQuote(Mt5Client client, String symbol, int timeoutSeconds) throws Exception {
    client.market().subscribeTicks(symbol).get(timeoutSeconds, TimeUnit.SECONDS);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (client.market().quote(symbol).isEmpty() && System.nanoTime() < end) {
      TimeUnit.MILLISECONDS.sleep(20); // the first tick after subscribing
    }
  }

  /** {@code trade buy}. */
  @Command(
      name = "buy",
      mixinStandardHelpOptions = true,
      description = "Buy at the market, or place a buy limit/stop.")
  static final class Buy extends Open {
    @Override
    boolean buy() {
      return true;
    }
  }

  /** {@code trade sell}. */
  @Command(
      name = "sell",
      mixinStandardHelpOptions = true,
      description = "Sell at the market, or place a sell limit/stop.")
  static final class Sell extends Open {
    @Override
    boolean buy() {
      return false;
    }
  }

  /** {@code trade close}. */
  @Command(
      name = "close",
      mixinStandardHelpOptions = true,
      description = "Close a position, fully or --volume lots of it.")
  static final class Close extends TradeAction {
    @Parameters(index = "0", paramLabel = "TICKET")
    long ticket;

    @Option(names = "--volume", paramLabel = "LOTS", description = "Close only this many lots.")
    double volume;

    @Override
    CompletableFuture<OrderResult> send(Mt5Client client) throws Exception {
      var position = client.positions().position(ticket);
      if (position.isPresent()) {
        awaitQuote(client, position.get().tradeSymbol(), remote.timeoutSeconds);
      }
      return volume > 0 ? client.trading().close(ticket, volume) : client.trading().close(ticket);
    }
  }

  /** {@code trade modify}. */
  @Command(
      name = "modify",
      mixinStandardHelpOptions = true,
      description = "Set the SL/TP of a position (0 removes one).")
  static final class Modify extends TradeAction {
    @Parameters(index = "0", paramLabel = "TICKET")
    long ticket;

    @Option(names = "--sl", paramLabel = "PRICE", description = "Stop loss (0: none).")
    double sl;

    @Option(names = "--tp", paramLabel = "PRICE", description = "Take profit (0: none).")
    double tp;

    @Override
    CompletableFuture<OrderResult> send(Mt5Client client) {
      return client.trading().modifyPosition(ticket, sl, tp);
    }
  }

  /** {@code trade cancel}. */
  @Command(
      name = "cancel",
      mixinStandardHelpOptions = true,
      description = "Delete a pending order.")
  static final class Cancel extends TradeAction {
    @Parameters(index = "0", paramLabel = "TICKET")
    long ticket;

    @Override
    CompletableFuture<OrderResult> send(Mt5Client client) {
      return client.trading().cancel(ticket);
    }
  }
}
