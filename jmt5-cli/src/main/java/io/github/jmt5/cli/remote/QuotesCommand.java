package io.github.jmt5.cli.remote;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.event.BookUpdated;
import io.github.jmt5.client.event.ReconnectScheduled;
import io.github.jmt5.client.event.Resubscribed;
import io.github.jmt5.client.instrument.Instrumentation;
import io.github.jmt5.client.market.BookSnapshot;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.micrometer.MetricsSummary;
import io.github.jmt5.micrometer.MicrometerInstrumentation;
import io.github.jmt5.protocol.message.market.BookUpdate;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jmt5 quotes}: one line per quote update, across reconnects. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Stream quotes, one line per update, until --count updates or Ctrl-C.",
      "Keeps streaming across reconnects and says so on standard error; a first connect that"
          + " fails for a network reason is retried too (--no-retry-connect turns that off)."
    })
public final class QuotesCommand extends RemoteCommand {
  @Parameters(arity = "1..*", paramLabel = "SYMBOL", description = "Symbols to watch.")
  List<String> symbols = new ArrayList<>();

  @Option(
      names = "--count",
      paramLabel = "N",
      description = "Stop after N updates (default: never).")
  long count;

  @Option(names = "--book", description = "Also print the order book of each symbol as it changes.")
  boolean book;

  @Option(names = "--metrics", description = "Print a metrics summary at exit.")
  boolean metrics;

  // created only with --metrics: picocli builds every command up front, even unused ones
  private @Nullable SimpleMeterRegistry registry;

  /** Creates the command; picocli fills in its options and parameters. */
  public QuotesCommand() {}

  @Override
  Instrumentation instrumentation() {
    if (!metrics) {
      return Instrumentation.NONE;
    }
    SimpleMeterRegistry r = new SimpleMeterRegistry();
    registry = r;
    return MicrometerInstrumentation.of(r);
  }

  /** Streaming: a brief network failure at start should not end the command. */
  @Override
  boolean retriesConnectByDefault() {
    return true;
  }

  @Override
  void run(Mt5Client client, PrintWriter out, PrintWriter err) throws Exception {
    if (count < 0) {
      throw new IllegalArgumentException("--count must be >= 0");
    }
    CountDownLatch done = new CountDownLatch(1);
    AtomicLong seen = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    client.on(
        ReconnectScheduled.class,
        e -> {
          err.println(
              "connection lost ("
                  + e.cause().getMessage()
                  + "); reconnecting, attempt "
                  + e.attempt());
          err.flush();
        });
    client.on(
        Resubscribed.class,
        e -> {
          err.println("reconnected; " + e.tickSymbols() + " symbols resubscribed");
          err.flush();
        });
    client
        .market()
        .onQuote(
            q -> {
              if (done.getCount() == 0) {
                return;
              }
              try {
                print(out, q);
              } catch (RuntimeException e) {
                failure.compareAndSet(null, e); // ends the command with the error
                done.countDown();
                return;
              }
              if (count > 0 && seen.incrementAndGet() >= count) {
                done.countDown();
              }
            });
    if (book) {
      client.on(
          BookUpdated.class,
          e -> {
            for (BookUpdate u : e.updates()) {
              client
                  .symbols()
                  .nameOf(u.header().symbolId())
                  .flatMap(n -> client.market().book(n))
                  .ifPresent(b -> printBook(out, b));
            }
          });
      client
          .market()
          .subscribeBook(symbols.toArray(String[]::new))
          .get(remote.timeoutSeconds, TimeUnit.SECONDS);
    }
    client
        .market()
        .subscribeTicks(symbols.toArray(String[]::new))
        .get(remote.timeoutSeconds, TimeUnit.SECONDS);
    done.await();
    Throwable f = failure.get();
    if (f != null) {
      throw new IllegalStateException("cannot print quotes: " + f.getMessage(), f);
    }
  }

  private void print(PrintWriter out, SymbolQuote q) {
    output.print(
        out,
        q,
        String.format(
            Locale.ROOT,
            "%s %-10s bid %s ask %s%s",
            q.time(),
            q.symbol(),
            q.bid(),
            q.ask(),
            q.last() > 0 ? " last " + q.last() : ""));
  }

  private void printBook(PrintWriter out, BookSnapshot b) {
    String best =
        String.format(
            Locale.ROOT,
            "book %-10s %d bids (best %s) %d asks (best %s)",
            b.symbol(),
            b.bids().size(),
            b.bids().isEmpty() ? "-" : b.bids().get(0).price(),
            b.asks().size(),
            b.asks().isEmpty() ? "-" : b.asks().get(0).price());
    output.print(out, b, best);
  }

  @Override
  void afterClose(PrintWriter err) {
    SimpleMeterRegistry r = registry;
    if (r != null) {
      err.println(MetricsSummary.render(r));
      err.flush();
    }
  }
}
