package io.github.jmt5.bench.soak;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.event.ConnectionState;
import io.github.jmt5.client.event.EventOptions;
import io.github.jmt5.client.event.Resubscribed;
import io.github.jmt5.client.event.TicksReceived;
import io.github.jmt5.client.ratelimit.RateLimitOptions;
import io.github.jmt5.client.reconnect.ReconnectOptions;
import io.github.jmt5.client.session.Credentials;
import io.github.jmt5.client.session.LoginOptions;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.client.transport.JdkTransport;
import io.github.jmt5.protocol.message.trade.PositionsAndOrders;
import io.github.jmt5.protocol.message.trade.TradeHistory;
import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The soak run: N {@link Mt5Client} sessions against an in-process emulator, each subscribed to
 * three symbols and trading in a loop (buy, close; every fourth round a buy limit, then cancel),
 * while a timer drops every connection at random intervals. Reports heap after GC, live threads,
 * ticks, reconnects and trades every few seconds, and at the end checks: no heap growth beyond the
 * tolerance, no thread growth, no trade failure but the expected {@code ConnectionException}, and
 * for every session the client's positions and orders equal the emulator's and every successful
 * result is in the emulator's history. Exit code 0 only when every check passes.
 *
 * <pre>
 * java -cp jmt5-benchmarks/target/benchmarks.jar io.github.jmt5.bench.soak.SoakRun \
 *     --minutes 10 --sessions 20
 * </pre>
 *
 * Options: {@code --minutes} or {@code --seconds} (duration, default 10 minutes), {@code
 * --sessions} (20), {@code --drop-min} / {@code --drop-max} (seconds between drops, 5 / 20), {@code
 * --report} (seconds between reports, 30), {@code --tick-rate} (ticks per second per symbol, 5).
 *
 * <p>The emulator runs in the same JVM (the reconciliation reads its books), so the heap samples
 * include its trade history, which grows with every deal by design: the heap tolerance is {@value
 * #HEAP_TOLERANCE_MIB} MiB plus {@value #HISTORY_ALLOWANCE_BYTES} bytes per deal and history order
 * the emulator recorded between the two samples.
 */
public final class SoakRun {
  static final long FIRST_LOGIN = 80_001;
  static final long HEAP_TOLERANCE_MIB = 16;
  static final long HISTORY_ALLOWANCE_BYTES = 1024;
  static final int THREAD_TOLERANCE = 4;

  /** Name of the check that no trade result was lost to a drop. */
  static final String LOST_RESULTS =
      "no trade result lost to a drop (every accepted request completes with its result or a"
          + " ConnectionException)";

  private static final String PASSWORD = "soak-password";
  private static final List<String> SYMBOLS =
      List.of("BTCUSD", "EURUSD", "GBPUSD", "USDJPY", "ETHUSD", "AUDUSD");
  private static final long SETTLE_SECONDS = 60;

  private SoakRun() {}

  /** One progress sample. */
  record Sample(
      long elapsedMillis,
      long heapBytes,
      int threads,
      long ticks,
      long reconnects,
      long drops,
      long sent,
      long succeeded,
      long failed,
      long historyEntries) {}

  /** One pass/fail check with what it saw. */
  record Check(String name, boolean passed, String detail) {}

  /** Everything the run measured. */
  record Report(List<Sample> samples, List<Check> checks, String summary) {
    boolean passed() {
      return checks.stream().allMatch(Check::passed);
    }
  }

  /**
   * Runs the soak with the options in {@code args}, prints the report and exits non-zero when a
   * check failed.
   *
   * @param args the options; see the class description
   * @throws Exception if the run cannot start
   */
  public static void main(String[] args) throws Exception {
    SoakConfig config = parse(args);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Report report = run(config, out);
    out.println(report.summary());
    System.exit(report.passed() ? 0 : 1);
  }

  static SoakConfig parse(String[] args) {
    SoakConfig c = SoakConfig.defaults();
    Duration dropMin = c.dropMin();
    Duration dropMax = c.dropMax();
    int tickRate = c.tickRate();
    for (int i = 0; i + 1 < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--minutes" ->
            c = c.withDuration(Duration.ofMillis((long) (Double.parseDouble(v) * 60_000)));
        case "--seconds" -> c = c.withDuration(Duration.ofSeconds(Long.parseLong(v)));
        case "--sessions" -> c = c.withSessions(Integer.parseInt(v));
        case "--drop-min" -> dropMin = Duration.ofMillis((long) (Double.parseDouble(v) * 1000));
        case "--drop-max" -> dropMax = Duration.ofMillis((long) (Double.parseDouble(v) * 1000));
        case "--report" -> c = c.withReportEvery(Duration.ofSeconds(Long.parseLong(v)));
        case "--tick-rate" -> tickRate = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    c = c.withDrops(dropMin, dropMax);
    return new SoakConfig(
        c.sessions(), c.duration(), c.dropMin(), c.dropMax(), c.reportEvery(), tickRate, c.seed());
  }

  /**
   * Runs the soak and returns its report; progress lines go to {@code out}.
   *
   * @param config sessions, duration, drops and tick rate
   * @param out receives the progress lines
   * @return every sample and check, and a summary
   * @throws InterruptedException if the calling thread is interrupted
   */
  public static Report run(SoakConfig config, PrintStream out) throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
    int threadsAtStart = threadBean.getThreadCount();
    Mt5Emulator emulator = emulator(config);
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(daemon("soak-scheduler"));
    ExecutorService events = Executors.newFixedThreadPool(2, daemon("soak-events"));
    ScheduledExecutorService dropper =
        Executors.newSingleThreadScheduledExecutor(daemon("soak-drops"));
    JdkTransport transport = new JdkTransport(ConnectionOptions.builder(emulator.uri()).build());
    TradeCounters counters = new TradeCounters();
    AtomicReference<ScheduledFuture<?>> nextDrop = new AtomicReference<>();
    List<SessionDriver> drivers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    List<Sample> samples = new ArrayList<>();
    List<Check> checks = new ArrayList<>();
    try {
      for (int i = 0; i < config.sessions(); i++) {
        long login = FIRST_LOGIN + i;
        Mt5Client client =
            Mt5Client.connect(options(config, emulator, login, transport, scheduler, events))
                .join();
        client.on(TicksReceived.class, e -> counters.ticks.add(e.ticks().size()));
        client.on(Resubscribed.class, e -> counters.reconnects.increment());
        List<String> mine =
            List.of(
                SYMBOLS.get(0),
                SYMBOLS.get(1 + i % (SYMBOLS.size() - 1)),
                SYMBOLS.get(1 + (i + 1) % (SYMBOLS.size() - 1)));
        client.market().subscribeTicks(mine.toArray(String[]::new)).join();
        SessionDriver driver =
            new SessionDriver(
                login,
                client,
                mine,
                counters,
                config.seed() + i,
                order -> openOnEmulator(emulator, login, order));
        client.on(Resubscribed.class, e -> driver.reconnected());
        drivers.add(driver);
      }
      awaitQuotes(drivers);
      long started = System.nanoTime();
      for (SessionDriver d : drivers) {
        Thread t = new Thread(d, "soak-driver-" + d.login);
        t.setDaemon(true);
        threads.add(t);
        t.start();
      }
      scheduleDrop(
          dropper, nextDrop, emulator, counters, new SplittableRandom(config.seed()), config);
      out.println(
          String.format(
              Locale.ROOT,
              "soak: %d sessions for %ds, drops every %.1f-%.1fs, report every %ds",
              config.sessions(),
              config.duration().toSeconds(),
              config.dropMin().toMillis() / 1000.0,
              config.dropMax().toMillis() / 1000.0,
              config.reportEvery().toSeconds()));
      out.println(
          "elapsed s | heap MiB after GC | threads | ticks | reconnects | drops | trades sent"
              + " / ok / failed | emulator history entries");
      long end = started + config.duration().toNanos();
      long next = started;
      while (true) {
        next += config.reportEvery().toNanos();
        long wait = Math.min(next, end) - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        Sample s = sample(started, memory, threadBean, counters, emulator, drivers);
        samples.add(s);
        out.println(format(s) + "  failures " + counters.failedByType());
        if (System.nanoTime() >= end) {
          break;
        }
      }
      ScheduledFuture<?> pending = nextDrop.get();
      if (pending != null) {
        pending.cancel(false);
      }
      dropper.shutdownNow();
      drivers.forEach(SessionDriver::stop);
      for (Thread t : threads) {
        t.join(TimeUnit.SECONDS.toMillis(SETTLE_SECONDS));
      }
      checks.add(heapCheck(config, samples));
      checks.add(threadCheck(config, samples));
      checks.add(failureCheck(counters));
      checks.add(lostResultCheck(counters));
      checks.add(mirroredCheck(drivers));
      checks.addAll(reconcile(emulator, drivers));
    } finally {
      dropper.shutdownNow();
      drivers.forEach(SessionDriver::stop);
      for (SessionDriver d : drivers) {
        d.client.close();
      }
      transport.close();
      scheduler.shutdownNow();
      events.shutdownNow();
      emulator.close();
    }
    String summary = summary(config, samples, counters, checks, threadsAtStart, threadBean);
    return new Report(samples, checks, summary);
  }

  private static Mt5Emulator emulator(SoakConfig config) {
    Mt5Emulator.Builder b =
        Mt5Emulator.builder()
            .seed(config.seed())
            .tickRate(config.tickRate())
            // FX symbols tick on weekdays only: a fixed Wednesday noon gives the same market on
            // any day
            .clock(EmulatorClock.forTests())
            .maxConnections(Math.max(16, config.sessions() * 4))
            .idleTimeout(Duration.ZERO);
    for (int i = 0; i < config.sessions(); i++) {
      b.account(AccountConfig.of(FIRST_LOGIN + i, PASSWORD, 1_000_000));
    }
    return b.start();
  }

  private static SessionOptions options(
      SoakConfig config,
      Mt5Emulator emulator,
      long login,
      JdkTransport transport,
      ScheduledExecutorService scheduler,
      ExecutorService events) {
    return SessionOptions.builder(
            ConnectionOptions.builder(emulator.uri()).build(),
            LoginOptions.of(Credentials.of(login, PASSWORD.toCharArray())))
        .requestTimeout(Duration.ofSeconds(10))
        .reconnect(
            ReconnectOptions.builder()
                .initialDelay(Duration.ofMillis(100))
                .maxDelay(Duration.ofSeconds(2))
                .build())
        .rateLimits(RateLimitOptions.disabled())
        .transport(transport)
        .scheduler(scheduler)
        .events(EventOptions.defaults().withExecutor(events))
        .random(new java.util.Random(config.seed() + login))
        .build();
  }

  private static void awaitQuotes(List<SessionDriver> drivers) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SETTLE_SECONDS);
    for (SessionDriver d : drivers) {
      for (String s : d.symbols) {
        while (d.client.market().quote(s).isEmpty()) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("no quote for " + s + " on " + d.login);
          }
          Thread.sleep(20);
        }
      }
    }
  }

  private static void scheduleDrop(
      ScheduledExecutorService dropper,
      AtomicReference<ScheduledFuture<?>> nextDrop,
      Mt5Emulator emulator,
      TradeCounters counters,
      SplittableRandom random,
      SoakConfig config) {
    long min = config.dropMin().toMillis();
    long delay = min + random.nextLong(Math.max(1, config.dropMax().toMillis() - min + 1));
    nextDrop.set(
        dropper.schedule(
            () -> {
              emulator.dropConnections();
              counters.drops.increment();
              scheduleDrop(dropper, nextDrop, emulator, counters, random, config);
            },
            delay,
            TimeUnit.MILLISECONDS));
  }

  private static Sample sample(
      long started,
      MemoryMXBean memory,
      ThreadMXBean threads,
      TradeCounters counters,
      Mt5Emulator emulator,
      List<SessionDriver> drivers)
      throws InterruptedException {
    long history = 0;
    for (SessionDriver d : drivers) {
      TradeHistory h = emulator.broker().history(d.login, 0, 0);
      history += h.deals().size() + h.orders().size();
    }
    return new Sample(
        (System.nanoTime() - started) / 1_000_000,
        usedHeapAfterGc(memory),
        threads.getThreadCount(),
        counters.ticks.sum(),
        counters.reconnects.sum(),
        counters.drops.sum(),
        counters.sent.sum(),
        counters.succeeded.sum(),
        counters.failedTotal(),
        history);
  }

  static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static List<Sample> firstWindow(SoakConfig config, List<Sample> samples) {
    long w = config.window().toMillis();
    List<Sample> l = samples.stream().filter(s -> s.elapsedMillis() <= w + 500).toList();
    return l.isEmpty() ? samples.subList(0, 1) : l;
  }

  private static List<Sample> lastWindow(SoakConfig config, List<Sample> samples) {
    long from = samples.get(samples.size() - 1).elapsedMillis() - config.window().toMillis();
    List<Sample> l = samples.stream().filter(s -> s.elapsedMillis() >= from - 500).toList();
    return l.isEmpty() ? samples.subList(samples.size() - 1, samples.size()) : l;
  }

  static Check heapCheck(SoakConfig config, List<Sample> samples) {
    Sample first = minHeap(firstWindow(config, samples));
    Sample last = minHeap(lastWindow(config, samples));
    long growth = last.heapBytes() - first.heapBytes();
    long allowance =
        HEAP_TOLERANCE_MIB * 1024 * 1024
            + HISTORY_ALLOWANCE_BYTES * Math.max(0, last.historyEntries() - first.historyEntries());
    return new Check(
        "heap after GC: lowest sample of the last window vs the first",
        growth <= allowance,
        String.format(
            Locale.ROOT,
            "%.1f MiB at %ds -> %.1f MiB at %ds (growth %.1f MiB, allowed %.1f MiB: %d MiB + 1 KiB"
                + " x %d new emulator history entries)",
            mib(first.heapBytes()),
            first.elapsedMillis() / 1000,
            mib(last.heapBytes()),
            last.elapsedMillis() / 1000,
            mib(growth),
            mib(allowance),
            HEAP_TOLERANCE_MIB,
            last.historyEntries() - first.historyEntries()));
  }

  private static Sample minHeap(List<Sample> l) {
    Sample m = l.get(0);
    for (Sample s : l) {
      if (s.heapBytes() < m.heapBytes()) {
        m = s;
      }
    }
    return m;
  }

  static Check threadCheck(SoakConfig config, List<Sample> samples) {
    int first = firstWindow(config, samples).stream().mapToInt(Sample::threads).max().orElse(0);
    int last = lastWindow(config, samples).stream().mapToInt(Sample::threads).max().orElse(0);
    return new Check(
        "live threads: most in the last window vs the first",
        last <= first + THREAD_TOLERANCE,
        first + " -> " + last + " (allowed +" + THREAD_TOLERANCE + ")");
  }

  private static Check failureCheck(TradeCounters counters) {
    var unexpected = counters.unexpectedFailures();
    return new Check(
        "trades failed only because the link dropped (ConnectionException) or on a requote",
        unexpected.isEmpty(),
        unexpected.isEmpty() ? "none other" : unexpected.toString());
  }

  private static Check lostResultCheck(TradeCounters counters) {
    long n = counters.lostResults.sum();
    return new Check(
        LOST_RESULTS,
        n == 0,
        n
            + " trades accepted by the server whose result never came failed with a bare"
            + " java.util.concurrent.TimeoutException after the request timeout");
  }

  private static boolean openOnEmulator(Mt5Emulator emulator, long login, long order) {
    return emulator.broker().positionsAndOrders(login).positions().stream()
        .anyMatch(p -> p.positionId() == order || p.tradeOrder() == order);
  }

  private static Check mirroredCheck(List<SessionDriver> drivers) {
    long n = drivers.stream().mapToLong(SessionDriver::notMirrored).sum();
    List<String> notes = new ArrayList<>();
    drivers.forEach(d -> d.mirrorNotes().forEach(note -> notes.add(d.login + ": " + note)));
    return new Check(
        "every position a successful buy opened showed in the client's mirror within 2 s"
            + " (link up, position open on the emulator)",
        n == 0,
        n + " missing" + (notes.isEmpty() ? "" : "; all late or missing: " + notes));
  }

  /**
   * Waits for every session to be READY after the last drop, then until the mirrors agree with the
   * emulator (or the settle time is over), and checks the mirrors and the histories.
   */
  private static List<Check> reconcile(Mt5Emulator emulator, List<SessionDriver> drivers)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SETTLE_SECONDS);
    List<String> notReady = new ArrayList<>();
    for (SessionDriver d : drivers) {
      while (d.client.session().state() != ConnectionState.READY && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      if (d.client.session().state() != ConnectionState.READY) {
        notReady.add(d.login + " " + d.client.session().state());
      }
    }
    List<String> diffs = new ArrayList<>();
    while (true) {
      diffs.clear();
      for (SessionDriver d : drivers) {
        for (String diff :
            Reconciliation.mirrorDifferences(
                d.client.positions().positions(),
                d.client.positions().orders(),
                emulator.broker().positionsAndOrders(d.login))) {
          diffs.add(d.login + ": " + diff);
        }
      }
      if (diffs.isEmpty() || System.nanoTime() > deadline) {
        break;
      }
      Thread.sleep(100);
    }
    List<String> missing = new ArrayList<>();
    long checked = 0;
    for (SessionDriver d : drivers) {
      long[] deals = d.deals.toArray();
      long[] orders = d.orders.toArray();
      checked += deals.length + orders.length;
      PositionsAndOrders open = emulator.broker().positionsAndOrders(d.login);
      for (String m :
          Reconciliation.missingFromHistory(
              deals, orders, emulator.broker().history(d.login, 0, 0), open)) {
        missing.add(d.login + ": " + m);
      }
    }
    int open = 0;
    for (SessionDriver d : drivers) {
      PositionsAndOrders p = emulator.broker().positionsAndOrders(d.login);
      open += p.positions().size() + p.orders().size();
    }
    return List.of(
        new Check(
            "every session READY after the last drop",
            notReady.isEmpty(),
            notReady.isEmpty() ? drivers.size() + " of " + drivers.size() : notReady.toString()),
        new Check(
            "client positions and orders equal the emulator's",
            diffs.isEmpty(),
            diffs.isEmpty()
                ? "all " + drivers.size() + " sessions agree (" + open + " left open)"
                : diffs.size() + " differences: " + diffs),
        new Check(
            "every successful result is in the emulator's history",
            missing.isEmpty(),
            missing.isEmpty()
                ? checked + " tickets found"
                : missing.size() + " of " + checked + " missing: " + missing));
  }

  private static String summary(
      SoakConfig config,
      List<Sample> samples,
      TradeCounters counters,
      List<Check> checks,
      int threadsAtStart,
      ThreadMXBean threads) {
    StringBuilder b = new StringBuilder();
    Sample last = samples.isEmpty() ? null : samples.get(samples.size() - 1);
    b.append(
        String.format(
            Locale.ROOT,
            "%nsoak result: %d sessions, %ds%n",
            config.sessions(),
            config.duration().toSeconds()));
    if (last != null) {
      b.append(
          String.format(
              Locale.ROOT,
              "ticks %d, drops %d, reconnects %d, trades sent %d, succeeded %d, failed %d %s%n",
              last.ticks(),
              counters.drops.sum(),
              counters.reconnects.sum(),
              counters.sent.sum(),
              counters.succeeded.sum(),
              counters.failedTotal(),
              counters.failedByType()));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "threads before start %d, after everything closed %d%n",
            threadsAtStart,
            threads.getThreadCount()));
    for (Check c : checks) {
      b.append(c.passed() ? "PASS " : "FAIL ")
          .append(c.name())
          .append(": ")
          .append(c.detail())
          .append(System.lineSeparator());
    }
    b.append(checks.stream().allMatch(Check::passed) ? "SOAK PASSED" : "SOAK FAILED");
    return b.toString();
  }

  static String format(Sample s) {
    return String.format(
        Locale.ROOT,
        "%9.0f | %17.1f | %7d | %d | %d | %d | %d / %d / %d | %d",
        s.elapsedMillis() / 1000.0,
        mib(s.heapBytes()),
        s.threads(),
        s.ticks(),
        s.reconnects(),
        s.drops(),
        s.sent(),
        s.succeeded(),
        s.failed(),
        s.historyEntries());
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
