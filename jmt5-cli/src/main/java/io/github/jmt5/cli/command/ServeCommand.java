package io.github.jmt5.cli.command;

import io.github.jmt5.cli.ExitCodes;
import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.cli.Tls;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code jmt5 serve}: the server emulator, with the options of {@code java -jar jmt5-server.jar},
 * until Ctrl-C.
 */
@Command(
    name = "serve",
    sortOptions = false,
    header = "Run the MetaTrader 5 Web Terminal server emulator until Ctrl-C.",
    description = {
      "Serves ws://HOST:PORT/terminal (wss:// with TLS) and prints a line with 'listening' and the"
          + " URI once ready. Without --account a demo account is created and its credentials"
          + " are printed."
    })
public final class ServeCommand implements Callable<Integer> {
  /** Environment variable holding the password of {@code --tls-keystore}. */
  public static final String KEYSTORE_PASSWORD_ENV = "JMT5_KEYSTORE_PASSWORD";

  @SuppressWarnings("NullAway.Init")
  @Spec
  CommandSpec spec;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "18443",
      description = "Port to bind; 0 picks a free port (default: ${DEFAULT-VALUE}).")
  int port = 18443;

  @Option(
      names = "--account",
      paramLabel = "SPEC",
      converter = Converters.AccountConverter.class,
      description = {
        "LOGIN:PASSWORD[:BALANCE[:CURRENCY[:hedging|netting[:LEVERAGE]]]]; repeatable.",
        "Without one, a demo account is created and its credentials are printed."
      })
  List<AccountConfig> accounts = new ArrayList<>();

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed of the market simulation (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(
      names = "--tick-rate",
      paramLabel = "N",
      defaultValue = "4",
      description = "Ticks per second per symbol, at most (default: ${DEFAULT-VALUE}).")
  int tickRate = 4;

  @Option(
      names = "--drop-every",
      paramLabel = "DURATION",
      converter = Converters.DurationConverter.class,
      description = "Drop every client socket at this interval, e.g. 30s, 500ms or PT30S.")
  @Nullable Duration dropEvery;

  @Option(
      names = "--quote-heartbeat",
      paramLabel = "DURATION",
      defaultValue = "1s",
      converter = Converters.DurationConverter.class,
      description = {
        "Repeat an unchanged quote of an open market after this quiet time (default:"
            + " ${DEFAULT-VALUE}; 0s: only send changes)."
      })
  Duration quoteHeartbeat = Duration.ofSeconds(1);

  @Option(
      names = "--market-time",
      paramLabel = "INSTANT",
      converter = Converters.MarketTimeConverter.class,
      description = {
        "Run the market from this moment, e.g. 2026-11-18T12:00:00Z, so FX and indices move on a"
            + " weekend (default: now)."
      })
  @Nullable EmulatorClock marketTime;

  @Option(
      names = "--tls-cert",
      paramLabel = "FILE",
      description = "Serve wss:// with this PEM certificate chain (needs --tls-key).")
  @Nullable Path tlsCert;

  @Option(
      names = "--tls-key",
      paramLabel = "FILE",
      description = "The PEM (PKCS#8) private key of --tls-cert.")
  @Nullable Path tlsKey;

  @Option(
      names = "--tls-keystore",
      paramLabel = "FILE",
      description = {
        "Serve wss:// with the key in this PKCS#12 (or .jks) keystore; its password is read from"
            + " the environment variable "
            + KEYSTORE_PASSWORD_ENV
            + "."
      })
  @Nullable Path tlsKeystore;

  /** Creates the command; picocli fills in its options and parameters. */
  public ServeCommand() {}

  @Override
  public Integer call() {
    Mt5Emulator emulator = start(builder());
    PrintWriter out = spec.commandLine().getOut();
    if (accounts.isEmpty()) {
      out.println(
          "demo account: login "
              + Mt5Emulator.DEMO_LOGIN
              + ", password "
              + Mt5Emulator.DEMO_PASSWORD);
    }
    out.println("jmt5 emulator listening on " + emulator.uri());
    out.flush();
    Foreground.runUntilStopped(emulator, "jmt5-emulator");
    return ExitCodes.OK;
  }

  private Mt5Emulator start(Mt5Emulator.Builder b) {
    try {
      return b.start();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      // a BindException, which Netty throws without declaring it
      IOException io = e instanceof IOException i ? i : new IOException(e.getMessage(), e);
      throw new UncheckedIOException(
          "cannot listen on " + host + ":" + port + ": " + e.getMessage(), io);
    }
  }

  /** The emulator these options describe. */
  Mt5Emulator.Builder builder() {
    Mt5Emulator.Builder b = Mt5Emulator.builder().host(host);
    try {
      b.port(port).seed(seed).tickRate(tickRate).quoteHeartbeat(quoteHeartbeat);
      EmulatorClock clock = marketTime;
      if (clock != null) {
        b.clock(clock);
      }
      accounts.forEach(b::account);
      Duration drop = dropEvery;
      if (drop != null) {
        b.dropEvery(drop);
      }
      Path cert = tlsCert;
      Path key = tlsKey;
      if ((cert == null) != (key == null)) {
        throw new IllegalArgumentException("--tls-cert and --tls-key go together");
      }
      if (cert != null && key != null) {
        b.tls(Tls.fromPem(cert, key));
      }
      Path keystore = tlsKeystore;
      if (keystore != null) {
        String pw = System.getenv(KEYSTORE_PASSWORD_ENV);
        b.tls(Tls.fromKeystore(keystore, pw == null ? new char[0] : pw.toCharArray()));
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()), e);
    }
    return b;
  }
}
