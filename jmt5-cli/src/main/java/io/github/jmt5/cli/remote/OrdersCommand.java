package io.github.jmt5.cli.remote;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.message.trade.Order;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code jmt5 orders}. */
@Command(name = "orders", mixinStandardHelpOptions = true, description = "List pending orders.")
public final class OrdersCommand extends RemoteCommand {
  /** Creates the command; picocli fills in its options and parameters. */
  public OrdersCommand() {}

  @Override
  void run(Mt5Client client, PrintWriter out, PrintWriter err) {
    for (Order o : client.positions().orders()) {
      output.print(
          out,
          o,
          String.format(
              Locale.ROOT,
              "#%d %-15s %-10s %s lots  at %s  sl %s  tp %s",
              o.tradeOrder(),
              OrderType.describe(o.orderType()),
              o.tradeSymbol(),
              Formats.lots(o.volumeInitial()),
              Formats.price(o.priceOrder(), o.digits()),
              Formats.price(o.priceSl(), o.digits()),
              Formats.price(o.priceTp(), o.digits())));
    }
  }
}
