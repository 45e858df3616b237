package io.github.jmt5.cli.demo;

import io.github.jmt5.cli.Terminal;
import io.github.jmt5.cli.command.Converters;
import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.account.AccountInfo;
import io.github.jmt5.client.event.Subscription;
import io.github.jmt5.client.event.TicksReceived;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.client.session.Credentials;
import io.github.jmt5.client.session.LoginOptions;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.trading.OrderRequest;
import io.github.jmt5.client.trading.OrderResult;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.wire.Volume;
import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A tour of jmt5 against an emulator started in this process: log in, watch live quotes, load bars,
 * trade, look at the account, clean up, log out.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the emulator in-process and shows what jmt5 does: login, a live quote table, bars,",
      "a market and a pending order, account and positions, then closes everything and logs out."
    })
public final class DemoCommand implements Callable<Integer> {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final List<String> WATCH =
      List.of("EURUSD", "GBPUSD", "USDJPY", "XAUUSD", "BTCUSD", "ETHUSD");

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Spec
  private CommandSpec spec;

  @Option(
      names = "--seconds",
      defaultValue = "4",
      description = "How long the live quote table runs (default: ${DEFAULT-VALUE}).")
  private int seconds;

  @Option(
      names = "--seed",
      defaultValue = "7",
      description = "Market seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--market-time",
      paramLabel = "INSTANT",
      converter = Converters.MarketTimeConverter.class,
      description = {
        "Run the market from this moment, e.g. 2026-11-18T12:00:00Z, to see FX move on a weekend"
            + " (default: now)."
      })
  private @Nullable EmulatorClock marketTime;

  /** Creates the command; picocli fills in its options and parameters. */
  public DemoCommand() {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (seconds < 0 || seconds > 3600) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--seconds must be in [0, 3600], was " + seconds);
    }
    char[] password = Mt5Emulator.DEMO_PASSWORD.toCharArray();
    EmulatorClock clock =
        marketTime != null ? marketTime : EmulatorClock.startingAt(System.currentTimeMillis());
    try (Mt5Emulator emulator =
        Mt5Emulator.builder()
            .clock(clock)
            .seed(seed)
            .tickRate(10)
            .account(AccountConfig.of(Mt5Emulator.DEMO_LOGIN, Mt5Emulator.DEMO_PASSWORD, 10_000))
            .start()) {
      step(out, "Emulator listening on " + emulator.uri());
      SessionOptions options =
          SessionOptions.builder(
                  ConnectionOptions.builder(emulator.uri()).build(),
                  LoginOptions.of(Credentials.of(Mt5Emulator.DEMO_LOGIN, password)))
              .build();
      try (Mt5Client client = Mt5Client.connect(options).get(30, TimeUnit.SECONDS)) {
        tour(out, client, emulator, clock);
        step(out, "Logging out");
      }
    } finally {
      java.util.Arrays.fill(password, '\0');
    }
    out.println("Done. Next: see README.md for the library, jmt5 --help for the other commands.");
    out.flush();
    return 0;
  }

  private void tour(PrintWriter out, Mt5Client client, Mt5Emulator emulator, EmulatorClock clock)
      throws Exception {
    AccountInfo a = client.account().info().orElseThrow();
    step(
        out,
        String.format(
            Locale.ROOT,
            "Logged in to %d (%s) on %s: %s %.2f, leverage 1:%d, %s",
            a.login(),
            a.name(),
            a.server(),
            a.currency(),
            a.balance(),
            a.leverage(),
            a.hedging() ? "hedging" : "netting"));
    step(out, client.symbols().list().get(10, TimeUnit.SECONDS).size() + " symbols available");

    Map<String, Integer> ticks = new ConcurrentHashMap<>();
    client.market().subscribeTicks(WATCH.toArray(String[]::new)).get(10, TimeUnit.SECONDS);
    Subscription counting =
        client.on(
            TicksReceived.class,
            e ->
                e.ticks()
                    .forEach(
                        t ->
                            client
                                .symbols()
                                .nameOf(t.symbolId())
                                .ifPresent(n -> ticks.merge(n, 1, Integer::sum))));
    try {
      step(out, "Live quotes for " + seconds + " s");
      QuoteTable table = new QuoteTable(out, Terminal.console().isPresent(), WATCH);
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      do {
        table.draw(quotes(client), ticks);
        TimeUnit.MILLISECONDS.sleep(500); // screen refresh, not synchronisation
      } while (System.nanoTime() < end);
      table.draw(quotes(client), ticks);
    } finally {
      counting.close();
    }

    String symbol = tradable(emulator, clock);
    await(() -> client.market().quote(symbol).isPresent());
    Instant now = clock.now();
    List<Bar> bars =
        client.market().lastBars(symbol, Timeframe.H1, 24, now).get(30, TimeUnit.SECONDS);
    step(out, "Last " + bars.size() + " H1 bars of " + symbol + ": " + Sparkline.of(bars));
    for (Bar b : bars.subList(Math.max(0, bars.size() - 3), bars.size())) {
      out.println(
          String.format(
              Locale.ROOT,
              "  %s  O %s  H %s  L %s  C %s",
              TIME.format(Instant.ofEpochSecond(b.time())),
              QuoteTable.price(b.open()),
              QuoteTable.price(b.high()),
              QuoteTable.price(b.low()),
              QuoteTable.price(b.close())));
    }

    OrderResult bought = client.trading().buy(symbol, 0.1).get(30, TimeUnit.SECONDS);
    step(out, "Bought 0.1 " + symbol + ": " + describe(bought));
    SymbolQuote q = client.market().quote(symbol).orElseThrow();
    int digits = client.symbols().get(symbol).get(10, TimeUnit.SECONDS).digits();
    double limit = TradePrices.below(q.bid(), 0.01, digits);
    OrderResult placed =
        client
            .trading()
            .send(OrderRequest.pending(symbol, OrderType.BUY_LIMIT, 0.1, limit))
            .get(30, TimeUnit.SECONDS);
    step(
        out,
        "Buy limit 0.1 " + symbol + " at " + QuoteTable.price(limit) + ": " + describe(placed));
    await(
        () -> !client.positions().positions().isEmpty() && !client.positions().orders().isEmpty());

    printState(out, client);

    Position p = client.positions().positions().get(0);
    double sl = TradePrices.below(q.bid(), 0.02, digits);
    step(
        out,
        "Stop loss to "
            + QuoteTable.price(sl)
            + ": "
            + describe(
                client.trading().modifyPosition(p.positionId(), sl, 0).get(30, TimeUnit.SECONDS)));
    for (Order o : client.positions().orders()) {
      step(
          out,
          "Cancel order "
              + o.tradeOrder()
              + ": "
              + describe(client.trading().cancel(o.tradeOrder()).get(30, TimeUnit.SECONDS)));
    }
    for (Position open : client.positions().positions()) {
      step(
          out,
          "Close position "
              + open.positionId()
              + ": "
              + describe(client.trading().close(open.positionId()).get(30, TimeUnit.SECONDS)));
    }
    await(() -> client.positions().positions().isEmpty() && client.positions().orders().isEmpty());

    List<Deal> deals =
        client
            .history()
            .deals(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)))
            .get(30, TimeUnit.SECONDS);
    double realised =
        deals.stream().mapToDouble(d -> d.profit() + d.commission() + d.storage()).sum();
    AccountInfo after = client.account().refresh().get(30, TimeUnit.SECONDS);
    step(
        out,
        String.format(
            Locale.ROOT,
            "%d deals today, realised %+.2f %s; balance %.2f",
            deals.size(),
            realised,
            after.currency(),
            after.balance()));
  }

  private static void printState(PrintWriter out, Mt5Client client) {
    AccountInfo a = client.account().info().orElseThrow();
    out.println(
        String.format(
            Locale.ROOT,
            "  account   balance %.2f  equity %.2f  margin %.2f  free %.2f  level %.1f%%",
            a.balance(),
            a.equity(),
            a.margin(),
            a.freeMargin(),
            a.marginLevel()));
    for (Position p : client.positions().positions()) {
      out.println(
          String.format(
              Locale.ROOT,
              "  position  #%d %s %s %.2f lots at %s",
              p.positionId(),
              p.tradeAction() == 0 ? "buy" : "sell",
              p.tradeSymbol(),
              Volume.toLots(p.tradeVolume()),
              QuoteTable.price(p.priceOpen())));
    }
    for (Order o : client.positions().orders()) {
      out.println(
          String.format(
              Locale.ROOT,
              "  order     #%d %s %s %.2f lots at %s",
              o.tradeOrder(),
              OrderType.describe(o.orderType()),
              o.tradeSymbol(),
              Volume.toLots(o.volumeInitial()),
              QuoteTable.price(o.priceOrder())));
    }
    out.flush();
  }

  /** EURUSD when its market is open, else a crypto symbol (they trade every day). */
  private static String tradable(Mt5Emulator emulator, EmulatorClock clock) {
    boolean fxOpen =
        emulator
            .market()
            .catalog()
            .spec("EURUSD")
            .map(s -> s.hours().isOpen(clock.getAsLong()))
            .orElse(false);
    return fxOpen ? "EURUSD" : "BTCUSD";
  }

  private static Map<String, Optional<SymbolQuote>> quotes(Mt5Client client) {
    Map<String, Optional<SymbolQuote>> m = new LinkedHashMap<>();
    for (String s : WATCH) {
      m.put(s, client.market().quote(s));
    }
    return m;
  }

  private static String describe(OrderResult r) {
    return r.retcode()
        + " "
        + r.description()
        + (r.deal() != 0 ? ", deal #" + r.deal() : "")
        + (r.order() != 0 ? ", order #" + r.order() : "")
        + (r.price() != 0 ? ", price " + QuoteTable.price(r.price()) : "");
  }

  private static void step(PrintWriter out, String text) {
    out.println("> " + text);
    out.flush();
  }

  /** Waits for mirrored state to catch up with a push (bounded). */
  private static void await(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new IllegalStateException("the client's state did not update within 10 s");
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
  }
}
