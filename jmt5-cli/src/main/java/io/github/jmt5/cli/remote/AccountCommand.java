package io.github.jmt5.cli.remote;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.account.AccountInfo;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code jmt5 account}. */
@Command(name = "account", mixinStandardHelpOptions = true, description = "Show the account.")
public final class AccountCommand extends RemoteCommand {
  /** Creates the command; picocli fills in its options and parameters. */
  public AccountCommand() {}

  @Override
  void run(Mt5Client client, PrintWriter out, PrintWriter err) {
    AccountInfo a = client.account().info().orElseThrow();
    output.print(
        out,
        a,
        String.format(
            Locale.ROOT,
            "%d %s (%s, %s)%n  balance %s %s  credit %s  equity %s%n  margin %s  free %s  level %.2f%%"
                + "  leverage 1:%d  %s%s",
            a.login(),
            a.name(),
            a.server(),
            a.company(),
            Formats.money(a.balance()),
            a.currency(),
            Formats.money(a.credit()),
            Formats.money(a.equity()),
            Formats.money(a.margin()),
            Formats.money(a.freeMargin()),
            a.marginLevel(),
            a.leverage(),
            a.hedging() ? "hedging" : "netting",
            a.tradeAllowed() ? "" : "  (trading not allowed)"));
  }
}
