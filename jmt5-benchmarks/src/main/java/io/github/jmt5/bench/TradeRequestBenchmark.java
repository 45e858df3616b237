package io.github.jmt5.bench;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.crypto.FrameCipher;
import io.github.jmt5.protocol.frame.FrameCodec;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.wire.WireWriter;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Budget: a trade request encoded and encrypted into a frame at 2 M/s or more. Scores are requests
 * per second.
 *
 * <ul>
 *   <li>{@code tradeRequestEncode}: what the session does for cmd 12: {@code Codecs.TRADE_REQUEST}
 *       encodes the 248-byte record, {@link FrameCodec#encodeRequest} adds nonce and command,
 *       encrypts and wraps it (the default codec, with its secure nonce source).
 *   <li>{@code tradeRequestEncodeReusedWriter}: the same into a kept {@link WireWriter}, handing
 *       its buffer to the codec without a copy.
 *   <li>{@code tradeRequestEncodeAesBaseline}: only a plain {@code AES/CBC} encrypt of the same
 *       252-byte inner frame into a kept buffer, the cipher initialised once: the ceiling the
 *       cipher sets.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@SuppressWarnings("NullAway.Init") // JMH calls setUp first
public class TradeRequestBenchmark {
  private static final int COMMAND = 12;

  private final TradeRequest request = Fixtures.tradeRequest();
  private FrameCodec codec = new FrameCodec();
  private final WireWriter writer = new WireWriter(TradeRequest.SIZE);
  private byte[] inner = new byte[0];
  private byte[] out = new byte[0];
  private Cipher aes;
  private SecretKeySpec key = new SecretKeySpec(Fixtures.sessionKey(), "AES");
  private final IvParameterSpec zeroIv = new IvParameterSpec(new byte[16]);

  /** State for JMH; {@link #setUp()} builds the fixture. */
  public TradeRequestBenchmark() {}

  /** Builds the codec, the request and the AES baseline's buffers. */
  @Setup
  public void setUp() {
    codec = new FrameCodec();
    codec.switchKey(Fixtures.sessionKey());
    inner = new byte[4 + TradeRequest.SIZE];
    inner[2] = COMMAND;
    byte[] payload = Codecs.TRADE_REQUEST.encode(request);
    System.arraycopy(payload, 0, inner, 4, payload.length);
    out = new byte[FrameCipher.encryptedLength(inner.length)];
    aes = newCipher();
    key = new SecretKeySpec(Fixtures.sessionKey(), "AES");
    try {
      aes.init(Cipher.ENCRYPT_MODE, key, zeroIv); // doFinal returns it to this state
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@return the encrypted frame} */
  @Benchmark
  public byte[] tradeRequestEncode() {
    return codec.encodeRequest(COMMAND, Codecs.TRADE_REQUEST.encode(request));
  }

  /** {@return the encrypted frame, encoded through a reused writer} */
  @Benchmark
  public byte[] tradeRequestEncodeReusedWriter() {
    writer.reset();
    request.write(writer);
    return codec.encodeRequest(COMMAND, writer.buffer(), 0, writer.size());
  }

  /**
   * {@return the encrypted length, the AES encryption alone as a baseline}
   *
   * @throws GeneralSecurityException never for the fixture
   */
  @Benchmark
  public int tradeRequestEncodeAesBaseline() throws GeneralSecurityException {
    return aes.doFinal(inner, 0, inner.length, out, 0);
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance("AES/CBC/PKCS5Padding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
