package io.github.jmt5.bench;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.frame.FrameCodec;
import io.github.jmt5.protocol.frame.InnerResponse;
import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.protocol.state.MergeResult;
import io.github.jmt5.protocol.state.TickMerger;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Budget: an encrypted 100-tick cmd 8 push decrypted, parsed and merged at 10 M ticks/s or more on
 * one core, with at most one object per tick. Scores are ticks per second.
 *
 * <ul>
 *   <li>{@code tickFrameDecode}: the record path, as the client's event stream uses it: {@link
 *       FrameCodec#decodeResponse}, {@code Codecs.TICKS}, {@link TickMerger#apply} per tick.
 *   <li>{@code tickFrameDecodeDirect}: the allocation-free path: {@link FrameCodec#openInto} into a
 *       kept buffer, then {@link TickMerger#applyAll} straight from the bytes.
 *   <li>{@code tickFrameDecodeAesBaseline}: only a plain {@code AES/CBC/NoPadding} decrypt of the
 *       same bytes with a {@link Cipher} of its own, initialised once: the ceiling the cipher sets.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@SuppressWarnings("NullAway.Init") // JMH calls setUp first
public class TickDecodeBenchmark {
  private byte[] message = new byte[0];
  private FrameCodec codec = Fixtures.codec();
  private TickMerger merger = Fixtures.merger();
  private byte[] inner = new byte[0];
  private Cipher aes;
  private SecretKeySpec key = new SecretKeySpec(Fixtures.sessionKey(), "AES");
  private final IvParameterSpec zeroIv = new IvParameterSpec(new byte[16]);

  /** State for JMH; {@link #setUp()} builds the fixture. */
  public TickDecodeBenchmark() {}

  /**
   * Builds the encrypted frame and the merger, and checks that the direct path applies every tick.
   */
  @Setup
  public void setUp() {
    message = Fixtures.tickFrame();
    codec = Fixtures.codec();
    merger = Fixtures.merger();
    inner = new byte[FrameCodec.maxInnerLength(message)];
    aes = newCipher("AES/CBC/NoPadding");
    key = new SecretKeySpec(Fixtures.sessionKey(), "AES");
    try {
      aes.init(Cipher.DECRYPT_MODE, key, zeroIv); // doFinal returns it to this state
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    int applied = tickFrameDecodeDirect();
    if (applied != Fixtures.TICKS_PER_FRAME) {
      throw new IllegalStateException("expected every tick applied, got " + applied);
    }
  }

  /** {@return the ticks applied, through the allocating decode path} */
  @Benchmark
  @OperationsPerInvocation(Fixtures.TICKS_PER_FRAME)
  public int tickFrameDecode() {
    InnerResponse frame = codec.decodeResponse(message);
    List<Tick> ticks = Codecs.TICKS.decode(frame.body().toArray(), frame.command());
    int applied = 0;
    for (Tick t : ticks) {
      if (merger.apply(t) == MergeResult.APPLIED) {
        applied++;
      }
    }
    return applied;
  }

  /** {@return the ticks applied, through the allocation-free path} */
  @Benchmark
  @OperationsPerInvocation(Fixtures.TICKS_PER_FRAME)
  public int tickFrameDecodeDirect() {
    int n = codec.openInto(message, inner, 0);
    int command = (inner[2] & 0xff) | (inner[3] & 0xff) << 8;
    if (command != 8 || inner[4] != 0) {
      throw new IllegalStateException("not a tick push");
    }
    return merger.applyAll(inner, 5, n - 5);
  }

  /**
   * {@return the decrypted length, the AES decryption alone as a baseline}
   *
   * @throws GeneralSecurityException never for the fixture
   */
  @Benchmark
  @OperationsPerInvocation(Fixtures.TICKS_PER_FRAME)
  public int tickFrameDecodeAesBaseline() throws GeneralSecurityException {
    return aes.doFinal(message, 8, message.length - 8, inner, 0);
  }

  private static Cipher newCipher(String transformation) {
    try {
      return Cipher.getInstance(transformation);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
