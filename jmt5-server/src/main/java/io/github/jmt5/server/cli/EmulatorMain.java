package io.github.jmt5.server.cli;

import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar jmt5-server.jar [options]}: runs the emulator until interrupted and prints a
 * line with {@code listening} and its URI once ready.
 */
public final class EmulatorMain {
  static final String USAGE =
      """
      Usage: java -jar jmt5-server.jar [options]
        --host HOST            address to bind (default 127.0.0.1)
        --port N               port to bind (default 18443; 0 picks a free port)
        --account SPEC         LOGIN:PASSWORD[:BALANCE[:CURRENCY[:hedging|netting[:LEVERAGE]]]]; repeatable.
                               Without one, a demo account is created and its credentials are printed.
        --seed N               seed of the market simulation (default 1)
        --tick-rate N          ticks per second per symbol, at most (default 4)
        --drop-every DURATION  drop every client socket at this interval, e.g. 30s or PT30S
        --quote-heartbeat DURATION
                               repeat an unchanged quote after this quiet time (default 1s; 0s: never)
        --market-time INSTANT  run the market from this moment, e.g. 2026-11-18T12:00:00Z, to see FX
                               and indices move on a weekend (default: now)
        --tls-cert FILE        serve wss:// with this PEM certificate chain (needs --tls-key)
        --tls-key FILE         the PEM (PKCS#8) private key of --tls-cert
        --tls-keystore FILE    serve wss:// with the key in this PKCS#12 (or .jks) keystore; its password
                               is read from the environment variable JMT5_KEYSTORE_PASSWORD
        --help                 print this help
      """;

  private EmulatorMain() {}

  /**
   * Starts the standalone emulator and serves until the process is stopped; {@code --help} lists
   * the options.
   *
   * @param args the command-line arguments
   * @throws InterruptedException if the main thread is interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    // the standalone server's own logging setup, unless the user points logback elsewhere
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "jmt5-server-logback.xml");
    }
    Mt5Emulator.Builder builder = Mt5Emulator.builder().port(18443);
    boolean anyAccount = false;
    String tlsCert = null;
    String tlsKey = null;
    String tlsKeystore = null;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--help", "-h" -> {
            System.out.print(USAGE);
            return;
          }
          case "--host" -> builder.host(value(args, ++i, a));
          case "--port" -> builder.port(Integer.parseInt(value(args, ++i, a)));
          case "--account" -> {
            builder.account(AccountConfig.parse(value(args, ++i, a)));
            anyAccount = true;
          }
          case "--seed" -> builder.seed(Long.parseLong(value(args, ++i, a)));
          case "--tick-rate" -> builder.tickRate(Integer.parseInt(value(args, ++i, a)));
          case "--drop-every" -> builder.dropEvery(DurationArg.parse(value(args, ++i, a)));
          case "--quote-heartbeat" ->
              builder.quoteHeartbeat(DurationArg.parse(value(args, ++i, a)));
          case "--market-time" -> builder.clock(MarketTimeArg.parse(value(args, ++i, a)));
          case "--tls-cert" -> tlsCert = value(args, ++i, a);
          case "--tls-key" -> tlsKey = value(args, ++i, a);
          case "--tls-keystore" -> tlsKeystore = value(args, ++i, a);
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
      }
      if ((tlsCert == null) != (tlsKey == null)) {
        throw new IllegalArgumentException("--tls-cert and --tls-key go together");
      }
      if (tlsCert != null) {
        builder.tls(Tls.fromPem(Path.of(tlsCert), Path.of(tlsKey)));
      }
      if (tlsKeystore != null) {
        String pw = System.getenv("JMT5_KEYSTORE_PASSWORD");
        builder.tls(
            Tls.fromKeystore(Path.of(tlsKeystore), pw == null ? new char[0] : pw.toCharArray()));
      }
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    Mt5Emulator emulator = builder.start();
    PrintStream out = System.out;
    if (!anyAccount) {
      out.println(
          "demo account: login "
              + Mt5Emulator.DEMO_LOGIN
              + ", password "
              + Mt5Emulator.DEMO_PASSWORD);
    }
    out.println("jmt5 emulator listening on " + emulator.uri());
    out.flush();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  emulator.close();
                  stop.countDown();
                },
                "jmt5-emulator-shutdown"));
    stop.await();
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
