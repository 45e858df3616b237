package io.github.jmt5.bench;

import io.github.jmt5.client.session.Request;
import io.github.jmt5.client.session.Session;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.command.Empty;
import io.github.jmt5.server.Mt5Emulator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Budget: a ping round trip through the client and the emulator over loopback within 1.2 times a
 * bare WebSocket echo of the same size, measured in the same run. Scores are microseconds per round
 * trip.
 *
 * <ul>
 *   <li>{@code pingRoundTrip}: {@code session.request(Request.of(PING, EMPTY)).join()}: a real
 *       {@link Session} against a real {@link Mt5Emulator}: encrypt, send, the emulator decrypts,
 *       answers and encrypts, the client decrypts, matches the reply and completes the future.
 *   <li>{@code pingRoundTripDirectCompletion}: the same with {@code
 *       completionExecutor(Runnable::run)}.
 *   <li>{@code rawEchoRoundTrip}: a 24-byte binary message (the size of a ping frame and of its
 *       reply) through the JDK WebSocket client and the emulator's Netty pipeline with an echo
 *       handler.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RoundTripBenchmark {
  /** Outer header and one AES block: a ping and its reply are both this long. */
  static final int PING_FRAME_BYTES = 24;

  /** A logged-in session on an emulator of its own. */
  @State(Scope.Benchmark)
  public static class Emulated {
    Mt5Emulator emulator = Emulators.builder(1).start();
    Session session =
        new Session(Emulators.options(emulator, Emulators.FIRST_LOGIN, false).build());

    /** State for JMH; starts the emulator, the session connects in {@link #setUp()}. */
    public Emulated() {}

    /** Connects and logs in. */
    @Setup(Level.Trial)
    public void setUp() {
      session.connect().join();
    }

    /** Closes the session and the emulator. */
    @TearDown(Level.Trial)
    public void tearDown() {
      session.close();
      emulator.close();
    }
  }

  /**
   * The same, with futures completed on the thread that read the reply instead of the default
   * common pool: one thread hand-off less per round trip.
   */
  @State(Scope.Benchmark)
  public static class EmulatedDirect {
    Mt5Emulator emulator = Emulators.builder(1).start();
    Session session =
        new Session(
            Emulators.options(emulator, Emulators.FIRST_LOGIN, false)
                .completionExecutor(Runnable::run)
                .build());

    /** State for JMH; starts the emulator, the session connects in {@link #setUp()}. */
    public EmulatedDirect() {}

    /** Connects and logs in. */
    @Setup(Level.Trial)
    public void setUp() {
      session.connect().join();
    }

    /** Closes the session and the emulator. */
    @TearDown(Level.Trial)
    public void tearDown() {
      session.close();
      emulator.close();
    }
  }

  /** The bare echo pair. */
  @State(Scope.Benchmark)
  public static class Echo {
    EchoServer server = new EchoServer();
    EchoClient client = new EchoClient(server.uri());
    final byte[] message = new byte[PING_FRAME_BYTES];

    /** State for JMH; starts the echo server and connects the client. */
    public Echo() {}

    /** Closes the echo client and server. */
    @TearDown(Level.Trial)
    public void tearDown() {
      client.close();
      server.close();
    }
  }

  /** The benchmark class; JMH instantiates it. */
  public RoundTripBenchmark() {}

  /**
   * {@return the ping reply, after a full round trip through the client and the emulator}
   *
   * @param s the session and its emulator
   */
  @Benchmark
  public Empty pingRoundTrip(Emulated s) {
    return s.session.request(Request.of(CommandId.PING, Codecs.EMPTY)).join();
  }

  /**
   * {@return the ping reply, with futures completed on the reading thread}
   *
   * @param s the session and its emulator
   */
  @Benchmark
  public Empty pingRoundTripDirectCompletion(EmulatedDirect s) {
    return s.session.request(Request.of(CommandId.PING, Codecs.EMPTY)).join();
  }

  /**
   * {@return the echoed length, after a bare WebSocket round trip of the same size}
   *
   * @param e the echo pair
   */
  @Benchmark
  public int rawEchoRoundTrip(Echo e) {
    return e.client.roundTrip(e.message);
  }
}
