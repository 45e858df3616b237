package io.github.jmt5.bench;

import io.github.jmt5.client.event.EventOptions;
import io.github.jmt5.client.event.TicksReceived;
import io.github.jmt5.client.session.Session;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.client.transport.JdkTransport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * N logged-in sessions in one JVM, each subscribed to 5 symbols, sharing one {@link JdkTransport},
 * one scheduler thread and one event executor: reports heap per session, live threads and ticks
 * delivered per second. The emulator (N accounts) runs in a child process, so heap and threads
 * measured here are the client's alone.
 *
 * <pre>
 * java -cp jmt5-benchmarks/target/benchmarks.jar io.github.jmt5.bench.ScaleScenario 10 100 1000
 * </pre>
 *
 * Options, as system properties: {@code jmt5.scale.tickRate} (ticks per second per symbol, default
 * 10), {@code jmt5.scale.seconds} (measurement, default 10), {@code jmt5.scale.eventThreads}
 * (default 2), {@code jmt5.scale.ioThreads} (the transport's I/O threads, default 0: on demand).
 */
public final class ScaleScenario {
  private static final int SYMBOLS_PER_SESSION = 5;
  private static final int CONNECTS_IN_FLIGHT = 32;

  private ScaleScenario() {}

  /** One row of the table. */
  record Row(
      int sessions,
      double connectSeconds,
      long heapBeforeBytes,
      long heapAfterBytes,
      int threadsBefore,
      int threadsAfter,
      double ticksPerSecond) {
    long heapPerSession() {
      return (heapAfterBytes - heapBeforeBytes) / sessions;
    }
  }

  /**
   * Runs the scenario against an emulator in a child process and prints the measurements; sizes
   * come from {@code jmt5.scale.*} system properties.
   *
   * @param args not used
   * @throws Exception if the emulator process or a session fails
   */
  public static void main(String[] args) throws Exception {
    int tickRate = Integer.getInteger("jmt5.scale.tickRate", 10);
    int seconds = Integer.getInteger("jmt5.scale.seconds", 10);
    int eventThreads = Integer.getInteger("jmt5.scale.eventThreads", 2);
    List<Row> rows = new ArrayList<>();
    for (String arg : args.length == 0 ? new String[] {"10", "100", "1000"} : args) {
      rows.add(run(Integer.parseInt(arg), tickRate, seconds, eventThreads));
      System.out.println(header());
      rows.forEach(r -> System.out.println(format(r)));
    }
  }

  static String header() {
    return "| sessions | connect s | heap/session KiB | threads before → after | ticks/s |\n"
        + "|---:|---:|---:|---:|---:|";
  }

  static String format(Row r) {
    return String.format(
        Locale.ROOT,
        "| %d | %.1f | %.1f | %d → %d | %.0f |",
        r.sessions(),
        r.connectSeconds(),
        r.heapPerSession() / 1024.0,
        r.threadsBefore(),
        r.threadsAfter(),
        r.ticksPerSecond());
  }

  static Row run(int n, int tickRate, int seconds, int eventThreads) throws Exception {
    Process emulator = startEmulator(n, tickRate);
    OutputStream keepAlive = emulator.getOutputStream(); // closed last: the emulator then exits
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      if (line == null || !line.startsWith("READY ")) {
        throw new IllegalStateException("emulator did not start: " + line);
      }
      String[] parts = line.split(" ", -1);
      URI uri = URI.create(parts[1]);
      List<Integer> open = new ArrayList<>();
      for (String id : parts[2].split(",", -1)) {
        open.add(Integer.parseInt(id));
      }
      return measure(n, uri, open, seconds, eventThreads);
    } finally {
      keepAlive.close();
      emulator.destroy();
      emulator.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static Process startEmulator(int accounts, int tickRate) throws IOException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx4g",
            "-cp",
            System.getProperty("java.class.path"),
            ScaleEmulator.class.getName(),
            Integer.toString(accounts),
            Integer.toString(tickRate))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static Row measure(int n, URI uri, List<Integer> open, int seconds, int eventThreads)
      throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    AtomicInteger eventThreadIds = new AtomicInteger();
    ExecutorService events =
        Executors.newFixedThreadPool(
            eventThreads,
            r -> {
              Thread t = new Thread(r, "scale-events-" + eventThreadIds.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "scale-scheduler");
              t.setDaemon(true);
              return t;
            });
    JdkTransport transport =
        new JdkTransport(
            ConnectionOptions.builder(uri)
                .ioThreads(Integer.getInteger("jmt5.scale.ioThreads", 0))
                .build());
    LongAdder ticks = new LongAdder();
    List<Session> sessions = new ArrayList<>(n);
    try {
      long heapBefore = usedHeapAfterGc(memory);
      int threadsBefore = threads.getThreadCount();
      long started = System.nanoTime();
      Semaphore inFlight = new Semaphore(CONNECTS_IN_FLIGHT);
      List<CompletableFuture<Void>> ready = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Session s =
            new Session(
                Emulators.options(uri, Emulators.FIRST_LOGIN + i, true)
                    .transport(transport)
                    .scheduler(scheduler)
                    .events(EventOptions.defaults().withExecutor(events))
                    .build());
        s.on(TicksReceived.class, e -> ticks.add(e.ticks().size()));
        sessions.add(s);
        List<Integer> mine = new ArrayList<>(SYMBOLS_PER_SESSION);
        for (int k = 0; k < SYMBOLS_PER_SESSION; k++) {
          mine.add(open.get((i * SYMBOLS_PER_SESSION + k) % open.size()));
        }
        inFlight.acquire();
        ready.add(
            s.connect()
                .thenCompose(v -> s.subscribeTicks(mine).acknowledged())
                .whenComplete((v, e) -> inFlight.release()));
      }
      CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
      double connectSeconds = (System.nanoTime() - started) / 1e9;
      Thread.sleep(2_000); // let every subscription start ticking
      long t0 = System.nanoTime();
      long c0 = ticks.sum();
      Thread.sleep(seconds * 1000L);
      double ticksPerSecond = (ticks.sum() - c0) / ((System.nanoTime() - t0) / 1e9);
      long heapAfter = usedHeapAfterGc(memory);
      int threadsAfter = threads.getThreadCount();
      System.out.println(n + " sessions, live threads by name: " + threadsByName());
      return new Row(
          n, connectSeconds, heapBefore, heapAfter, threadsBefore, threadsAfter, ticksPerSecond);
    } finally {
      List<CompletableFuture<Void>> closing = new ArrayList<>(sessions.size());
      sessions.forEach(s -> closing.add(s.closeAsync()));
      CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new))
          .completeOnTimeout(null, 30, TimeUnit.SECONDS)
          .join();
      transport.close();
      scheduler.shutdownNow();
      events.shutdownNow();
    }
  }

  /** Live threads counted by name with trailing numbers dropped, e.g. {@code jmt5-io-1-=12}. */
  static Map<String, Integer> threadsByName() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      counts.merge(t.getName().replaceAll("\\d+$", ""), 1, Integer::sum);
    }
    return counts;
  }

  private static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
