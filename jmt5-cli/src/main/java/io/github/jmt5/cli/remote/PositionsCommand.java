package io.github.jmt5.cli.remote;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.protocol.message.trade.Position;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code jmt5 positions}. */
@Command(name = "positions", mixinStandardHelpOptions = true, description = "List open positions.")
public final class PositionsCommand extends RemoteCommand {
  /** Creates the command; picocli fills in its options and parameters. */
  public PositionsCommand() {}

  @Override
  void run(Mt5Client client, PrintWriter out, PrintWriter err) {
    for (Position p : client.positions().positions()) {
      output.print(
          out,
          p,
          String.format(
              Locale.ROOT,
              "#%d %-4s %-10s %s lots  open %s  sl %s  tp %s  %s",
              p.positionId(),
              p.tradeAction() == 0 ? "buy" : "sell",
              p.tradeSymbol(),
              Formats.lots(p.tradeVolume()),
              Formats.price(p.priceOpen(), p.digits()),
              Formats.price(p.sl(), p.digits()),
              Formats.price(p.tp(), p.digits()),
              Formats.time(p.timeCreate())));
    }
  }
}
