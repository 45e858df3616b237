package io.github.jmt5.cli.remote;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.TradeHistory;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jmt5 history}. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = "List deals over a time range (default: the last 7 days).")
public final class HistoryCommand extends RemoteCommand {
  @Option(
      names = "--from",
      paramLabel = "INSTANT",
      description = "Start, e.g. 2026-11-01T00:00:00Z.")
  @Nullable Instant from;

  @Option(names = "--to", paramLabel = "INSTANT", description = "End (default: now).")
  @Nullable Instant to;

  /** Creates the command; picocli fills in its options and parameters. */
  public HistoryCommand() {}

  @Override
  void run(Mt5Client client, PrintWriter out, PrintWriter err) throws Exception {
    Instant end = to != null ? to : Instant.now().plus(Duration.ofDays(1));
    Instant start = from != null ? from : end.minus(Duration.ofDays(8));
    TradeHistory h =
        client.history().range(start, end).get(remote.timeoutSeconds, TimeUnit.SECONDS);
    for (Deal d : h.deals()) {
      output.print(
          out,
          d,
          String.format(
              Locale.ROOT,
              "deal #%d %s %-10s %s lots at %s  profit %s  %s",
              d.deal(),
              Formats.time(d.timeCreate()),
              d.tradeSymbol(),
              Formats.lots(d.tradeVolume()),
              Formats.price(d.priceOpen(), d.digits()),
              Formats.money(d.profit()),
              d.comment()));
    }
  }
}
