package io.github.jmt5.cli;

import io.github.jmt5.cli.command.DecodeCommand;
import io.github.jmt5.cli.command.ServeCommand;
import io.github.jmt5.cli.command.SniffCommand;
import io.github.jmt5.cli.demo.DemoCommand;
import io.github.jmt5.cli.logging.LogFormat;
import io.github.jmt5.cli.logging.LogLevel;
import io.github.jmt5.cli.logging.Logging;
import io.github.jmt5.cli.remote.AccountCommand;
import io.github.jmt5.cli.remote.BarsCommand;
import io.github.jmt5.cli.remote.HistoryCommand;
import io.github.jmt5.cli.remote.OrdersCommand;
import io.github.jmt5.cli.remote.PositionsCommand;
import io.github.jmt5.cli.remote.QuotesCommand;
import io.github.jmt5.cli.remote.SymbolsCommand;
import io.github.jmt5.cli.remote.TradeCommand;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code jmt5} command.
 *
 * <p>To add a command, write a picocli {@code @Command} class (a {@link Callable} returning an exit
 * code from {@link ExitCodes}) in {@code io.github.jmt5.cli.command} and list it in {@code
 * subcommands} below. It inherits {@code --help}, {@code --version}, the logging options and the
 * exit-code table; failures it throws are mapped to exit codes by {@link ExitCodes#of}.
 */
@Command(
    name = "jmt5",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "MetaTrader 5 Web Terminal tools: emulator, protocol debugger and client.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      AccountCommand.class,
      SymbolsCommand.class,
      QuotesCommand.class,
      BarsCommand.class,
      PositionsCommand.class,
      OrdersCommand.class,
      HistoryCommand.class,
      TradeCommand.class,
      SniffCommand.class,
      DecodeCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:success",
      " 1:any other failure",
      " 2:bad usage (unknown option, missing or invalid value)",
      " 3:connection failed, lost or timed out",
      " 4:authentication refused",
      " 5:server or trade error"
    },
    footerHeading = "%n",
    footer = "Logs go to standard error; results to standard output.")
public final class Jmt5 implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(Jmt5.class);

  static final String LOG_FORMAT = "--log-format";
  static final String LOG_LEVEL = "--log-level";

  @SuppressWarnings("NullAway.Init")
  @Spec
  CommandSpec spec;

  @Option(
      names = LOG_FORMAT,
      scope = ScopeType.INHERIT,
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Log line format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  LogFormat logFormat = LogFormat.TEXT;

  @Option(
      names = LOG_LEVEL,
      scope = ScopeType.INHERIT,
      paramLabel = "LEVEL",
      defaultValue = "info",
      description = "Log threshold: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  LogLevel logLevel = LogLevel.INFO;

  /** Creates the root command; picocli fills in its options and runs the chosen subcommand. */
  public Jmt5() {}

  /** {@code jmt5} without a command: the usage, as bad usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** {@return the configured command line: execute it with the arguments to get the exit code} */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Jmt5());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionStrategy(
        parseResult -> {
          configureLogging(parseResult, cl.getErr());
          return new CommandLine.RunLast().execute(parseResult);
        });
    cl.setExitCodeExceptionMapper(ExitCodes::of);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          Throwable cause = ExitCodes.unwrap(ex);
          log.debug("command failed", cause);
          commandLine.getErr().println("error: " + describe(cause));
          commandLine.getErr().flush();
          return ExitCodes.of(cause);
        });
    return cl;
  }

  /** The logging options of the innermost command that has them set, else the defaults. */
  static void configureLogging(ParseResult parseResult, PrintWriter err) {
    LogFormat format = LogFormat.TEXT;
    LogLevel level = LogLevel.INFO;
    for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
      if (pr.hasMatchedOption(LOG_FORMAT)) {
        format = pr.matchedOptionValue(LOG_FORMAT, format);
      }
      if (pr.hasMatchedOption(LOG_LEVEL)) {
        level = pr.matchedOptionValue(LOG_LEVEL, level);
      }
    }
    Logging.configure(format, level, err);
  }

  static String describe(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
  }

  /**
   * Runs the command line and exits the JVM with the command's exit code (see {@link ExitCodes}).
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
