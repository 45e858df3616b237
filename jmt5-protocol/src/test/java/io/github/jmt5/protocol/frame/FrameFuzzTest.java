package io.github.jmt5.protocol.frame;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jmt5.protocol.ProtocolException;
import java.util.Random;

/**
 * The frame layer fed arbitrary messages: the outer header, the decrypted inner frames of both
 * directions and a whole response under the initial key. Each may only return or throw {@link
 * ProtocolException}.
 */
class FrameFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void outerFrame(byte[] message) {
    try {
      OuterFrame.Unwrapped u = OuterFrame.unwrap(message);
      assertThat(u.bodyOffset() + u.bodyLength()).isEqualTo(message.length);
      assertThat(u.declaredLength()).isNotNegative();
    } catch (ProtocolException expected) {
      assertThat(message.length).isLessThan(OuterFrame.HEADER);
    }
  }

  @FuzzTest(maxDuration = "10s")
  void innerResponse(byte[] inner) {
    try {
      InnerResponse r = InnerResponse.decode(inner);
      assertThat(r.encode()).isEqualTo(inner);
    } catch (ProtocolException expected) {
      assertThat(inner.length).isLessThan(5);
    }
  }

  @FuzzTest(maxDuration = "10s")
  void innerRequest(byte[] inner) {
    try {
      InnerRequest r = InnerRequest.decode(inner);
      assertThat(r.encode()).isEqualTo(inner);
    } catch (ProtocolException expected) {
      assertThat(inner.length).isLessThan(4);
    }
  }

  @FuzzTest(maxDuration = "10s")
  void decodeResponse(byte[] message) {
    FrameCodec codec = new FrameCodec(new Random(0));
    try {
      InnerResponse r = codec.decodeResponse(message);
      assertThat(r.body().length()).isLessThanOrEqualTo(message.length);
    } catch (ProtocolException expected) {
      // short, not a whole number of blocks, or bad padding
    }
  }
}
