package io.github.jmt5.bench;

import io.github.jmt5.client.event.TicksReceived;
import io.github.jmt5.client.session.Session;
import io.github.jmt5.server.Mt5Emulator;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Budget: ticks pushed over loopback into a client listener at 1 M ticks/s or more. Scores are
 * ticks per second counted by a {@link TicksReceived} listener of a real {@link Session}; an
 * invocation waits until a batch of ticks ({@value #EMULATOR_BATCH} from the emulator, {@value
 * #BATCH} from the flood server) has arrived.
 *
 * <ul>
 *   <li>{@code pushThroughput}: the emulator with {@code extraSymbols} synthetic symbols on top of
 *       its standard set, each ticking up to 1,000 times a second, all subscribed. This measures
 *       the emulator: it simulates, encodes and encrypts per socket on one scheduler thread.
 *   <li>{@code pushThroughputFlood}: a {@link TickFloodServer} that answers the handshake for real
 *       and then sends one pre-encrypted 100-tick push back to back while the socket is writable.
 *       This measures the client: socket, decrypt, decode, event bus, listener.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PushThroughputBenchmark {
  static final int BATCH = 10_000;

  /** The emulator's batch: it pushes a few thousand ticks a second. */
  static final int EMULATOR_BATCH = 1_000;

  /** An invocation that waits this long for its batch fails instead of hanging the run. */
  static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(30);

  /** A session whose listener counts ticks. */
  abstract static class Counting {
    final AtomicLong delivered = new AtomicLong();
    long target;

    Session start(URI uri) {
      Session session = new Session(Emulators.options(uri, Emulators.FIRST_LOGIN, true).build());
      session.on(TicksReceived.class, e -> delivered.addAndGet(e.ticks().size()));
      session.connect().join();
      return session;
    }

    long awaitBatch(Session session, int batch) {
      target += batch;
      long deadline = System.nanoTime() + STALL_NANOS;
      long now;
      while ((now = delivered.get()) < target) {
        if (System.nanoTime() - deadline > 0) {
          throw new IllegalStateException(
              "batch incomplete after 30 s: "
                  + session
                  + ", delivered "
                  + now
                  + ", coalesced "
                  + session.events().coalescedTicks());
        }
        LockSupport.parkNanos(50_000);
      }
      return now;
    }
  }

  /** The emulator, every symbol subscribed. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH calls setUp first
  public static class Emulated extends Counting {
    /** Symbols added to the standard set, all subscribed, so pushes carry many ticks. */
    @Param({"5000"})
    public int extraSymbols;

    private Mt5Emulator emulator;
    private Session session;

    /** State for JMH; {@link #setUp()} starts the emulator. */
    public Emulated() {}

    /** Starts the emulator and a logged-in session subscribed to every symbol. */
    @Setup(Level.Trial)
    public void setUp() {
      emulator = Emulators.builder(1).tickRate(1000).extraSymbols(extraSymbols).start();
      session = start(emulator.uri());
      List<Integer> ids = Emulators.symbolIds(emulator);
      session.subscribeTicks(ids).acknowledged().join();
      target = delivered.get();
    }

    /** Closes the session and the emulator. */
    @TearDown(Level.Trial)
    public void tearDown() {
      session.close();
      emulator.close();
    }
  }

  /** The flood server. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init") // JMH calls setUp first
  public static class Flood extends Counting {
    private TickFloodServer server;
    private Session session;

    /** State for JMH; {@link #setUp()} starts the flood server. */
    public Flood() {}

    /** Starts the flood server and a logged-in session. */
    @Setup(Level.Trial)
    public void setUp() {
      server = new TickFloodServer();
      session = start(server.uri());
      session.subscribeTicks(List.of(1)).acknowledged().join();
      target = delivered.get();
    }

    /** Closes the session and the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
      session.close();
      server.close();
    }
  }

  /** The benchmark class; JMH instantiates it. */
  public PushThroughputBenchmark() {}

  /**
   * {@return the ticks counted for one batch from the emulator}
   *
   * @param s the emulator and its session
   */
  @Benchmark
  @OperationsPerInvocation(EMULATOR_BATCH)
  public long pushThroughput(Emulated s) {
    return s.awaitBatch(s.session, EMULATOR_BATCH);
  }

  /**
   * {@return the ticks counted for one batch from the flood server}
   *
   * @param s the flood server and its session
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long pushThroughputFlood(Flood s) {
    return s.awaitBatch(s.session, BATCH);
  }
}
