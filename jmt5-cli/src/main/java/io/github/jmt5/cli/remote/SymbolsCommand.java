package io.github.jmt5.cli.remote;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.protocol.message.market.SymbolBasic;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jmt5 symbols}. */
@Command(name = "symbols", mixinStandardHelpOptions = true, description = "List the symbols.")
public final class SymbolsCommand extends RemoteCommand {
  @Option(
      names = "--group",
      paramLabel = "PATTERN",
      description = "Only symbols whose path or name matches PATTERN (* matches anything).")
  @Nullable String group;

  /** Creates the command; picocli fills in its options and parameters. */
  public SymbolsCommand() {}

  @Override
  void run(Mt5Client client, PrintWriter out, PrintWriter err) throws Exception {
    Pattern p = group == null ? null : glob(group);
    for (SymbolBasic s : client.symbols().list().get(remote.timeoutSeconds, TimeUnit.SECONDS)) {
      if (p != null
          && !p.matcher(s.symbolPath()).matches()
          && !p.matcher(s.tradeSymbol()).matches()) {
        continue;
      }
      output.print(
          out,
          s,
          String.format(
              Locale.ROOT,
              "%-12s %d  %-28s %s",
              s.tradeSymbol(),
              s.digits(),
              s.symbolPath(),
              s.symbolDescription()));
    }
  }

  static Pattern glob(String pattern) {
    StringBuilder re = new StringBuilder();
    for (String part : pattern.split("\\*", -1)) {
      if (re.length() > 0) {
        re.append(".*");
      }
      re.append(Pattern.quote(part));
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE);
  }
}
