package io.github.jmt5.ta4j.example;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.session.Credentials;
import io.github.jmt5.client.session.LoginOptions;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.ta4j.Backtest;
import io.github.jmt5.ta4j.BacktestReport;
import io.github.jmt5.ta4j.LiveBarSeries;
import io.github.jmt5.ta4j.RiskLimits;
import io.github.jmt5.ta4j.StrategyRunner;
import io.github.jmt5.ta4j.TradeDecision;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.ta4j.core.Strategy;

/**
 * A moving-average crossover on an in-process emulator: a backtest over 30 days of H1 history, then
 * a short live run on M1 bars that trades through the client within risk limits.
 *
 * <p>The emulator's clock starts last Wednesday 10:00 UTC (so FX symbols quote on any day), or at
 * {@code --market-time}, and runs {@code --speed} times faster than real time, so M1 bars complete
 * every {@code 60 / speed} seconds.
 *
 * <pre>
 * java -jar jmt5-ta4j/target/jmt5-ta4j-example.jar [--symbol EURUSD] [--bars 30] [--speed 60] [--seconds 60] [--market-time 2026-11-18T10:00:00Z]
 * </pre>
 *
 * Exit codes: 0 done, 1 failed, 2 bad options.
 */
public final class Ta4jExample {
  private static final long LOGIN = 50_001;
  private static final String PASSWORD = "demo-secret";

  private Ta4jExample() {}

  /**
   * Runs the example and exits with its code.
   *
   * @param args {@code --name value} options
   */
  public static void main(String[] args) {
    // before the first logger: the libraries log only warnings
    System.setProperty(
        "logback.configurationFile", "io/github/jmt5/ta4j/example/logback-example.xml");
    System.exit(run(args, System.out));
  }

  /**
   * Runs the example.
   *
   * @param args {@code --name value} options: {@code --symbol}, {@code --bars} (live bars to run
   *     for), {@code --speed} (emulator clock speed), {@code --seconds} (time limit of the live
   *     run), {@code --market-time} (an ISO-8601 instant where the emulator's clock starts)
   * @param out where to print
   * @return the exit code: 0 done, 1 failed, 2 bad options
   */
  public static int run(String[] args, PrintStream out) {
    Map<String, String> options;
    String symbol;
    int bars;
    int speed;
    Duration limit;
    long base;
    try {
      options = parse(args);
      symbol = options.getOrDefault("symbol", "EURUSD");
      bars = Integer.parseInt(options.getOrDefault("bars", "30"));
      speed = Integer.parseInt(options.getOrDefault("speed", "60"));
      limit = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "60")));
      String marketTime = options.get("market-time");
      base =
          marketTime != null
              ? Instant.parse(marketTime).toEpochMilli()
              : EmulatorClock.lastWeekdayMillis(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0));
      if (bars < 1 || speed < 1 || speed > 6_000) {
        throw new IllegalArgumentException("need --bars >= 1 and --speed in [1, 6000]");
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      out.println("Bad options: " + e.getMessage());
      return 2;
    }
    try {
      body(symbol, bars, speed, limit, base, out);
      return 0;
    } catch (RuntimeException e) {
      out.println("Failed: " + e);
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      out.println("Interrupted");
      return 1;
    }
  }

  private static void body(
      String symbol, int bars, int speed, Duration limit, long base, PrintStream out)
      throws InterruptedException {
    long startNanos = System.nanoTime();
    try (Mt5Emulator emulator =
            Mt5Emulator.builder()
                .seed(7)
                .tickRate(50)
                .clock(() -> base + (System.nanoTime() - startNanos) / 1_000_000 * speed)
                .account(AccountConfig.of(LOGIN, PASSWORD, 10_000))
                .start();
        Mt5Client client =
            Mt5Client.connect(
                    SessionOptions.builder(
                            ConnectionOptions.builder(emulator.uri()).build(),
                            LoginOptions.of(Credentials.of(LOGIN, PASSWORD.toCharArray())))
                        .build())
                .join()) {
      out.printf("Started the embedded emulator at %s (clock %dx)%n", emulator.uri(), speed);
      Instant now = Instant.ofEpochMilli(base);

      BacktestReport report =
          Backtest.run(
                  client,
                  symbol,
                  Timeframe.H1,
                  now.minus(Duration.ofDays(30)),
                  now,
                  s -> SmaCrossover.strategy(s, 10, 30))
              .join();
      out.println("Backtest over 30 days of H1 bars:");
      out.print(report.table());

      try (LiveBarSeries live =
          LiveBarSeries.builder(client, symbol, Timeframe.M1)
              .history(60)
              .historyUntil(now)
              .maximumBarCount(500)
              .start()
              .join()) {
        Strategy strategy = live.read(s -> SmaCrossover.strategy(s, 5, 20));
        out.printf(
            "Live %s on %s: %d bars of history, running for %d completed bars%n",
            strategy.getName(), live.name(), live.barCount(), bars);
        RiskLimits limits = new RiskLimits(0.1, 0.1, 6);
        StrategyRunner runner =
            StrategyRunner.builder(client, live, strategy, limits)
                .onDecision(d -> out.println("  " + d))
                .start();
        try {
          long deadline = System.nanoTime() + limit.toNanos();
          while (live.completedBars() < bars && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
          }
        } finally {
          runner.close();
        }
        List<TradeDecision> decisions = runner.decisions();
        OptionalLong open = runner.position();
        if (open.isPresent()) {
          var closed = client.trading().close(open.getAsLong()).join();
          out.printf("Closed position %d at %.5f%n", open.getAsLong(), closed.price());
        }
        out.printf(
            "Live run: %d bars completed, %d decisions%n", live.completedBars(), decisions.size());
      }
      out.printf("Balance now %.2f%n", client.account().refresh().join().balance());
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      values.put(args[i].substring(2), args[i + 1]);
    }
    return values;
  }
}
