package io.github.jmt5.protocol.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.crypto.FrameCipher;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameCodecBuffersTest {
  private static FrameCodec keyed(long seed) {
    byte[] key = new byte[32];
    new Random(99).nextBytes(key);
    FrameCodec codec = new FrameCodec(new Random(seed));
    codec.switchKey(key);
    return codec;
  }

  @Test
  void openIntoYieldsWhatOpenReturns() {
    FrameCodec server = keyed(1);
    FrameCodec client = keyed(2);
    for (int len : new int[] {0, 1, 10, 11, 12, 26, 27, 28, 5000, 70_000}) {
      byte[] body = new byte[len];
      new Random(len).nextBytes(body);
      byte[] message = server.encodeResponse(8, 0, body);
      byte[] inner = client.open(message);
      byte[] out = new byte[3 + FrameCodec.maxInnerLength(message)];
      int n = client.openInto(message, out, 3);
      assertThat(Arrays.copyOfRange(out, 3, 3 + n)).isEqualTo(inner);
      assertThat(InnerResponse.decode(inner).body().toArray()).isEqualTo(body);
    }
  }

  @Test
  void requestsFromABufferSliceEqualRequestsFromAnArray() {
    byte[] payload = new byte[300];
    new Random(3).nextBytes(payload);
    byte[] padded = new byte[payload.length + 20];
    System.arraycopy(payload, 0, padded, 9, payload.length);
    byte[] a = keyed(5).encodeRequest(12, payload);
    byte[] b = keyed(5).encodeRequest(12, padded, 9, payload.length);
    assertThat(b).isEqualTo(a);
    InnerRequest r = keyed(6).decodeRequest(a);
    assertThat(r.command()).isEqualTo(12);
    assertThat(r.payload().toArray()).isEqualTo(payload);
  }

  @Test
  void defaultNoncesStayBelow255() {
    FrameCodec codec = new FrameCodec();
    FrameCodec reader = new FrameCodec();
    for (int i = 0; i < 2000; i++) {
      InnerRequest r = reader.decodeRequest(codec.encodeRequest(51, new byte[0]));
      assertThat(r.nonce().get(0) & 0xff).isLessThan(255);
      assertThat(r.nonce().get(1) & 0xff).isLessThan(255);
    }
  }

  @Test
  void bufferVariantsRejectShortOutputAndBadInput() {
    FrameCodec codec = keyed(1);
    byte[] message = codec.encodeResponse(8, 0, new byte[40]);
    assertThatThrownBy(() -> codec.openInto(message, new byte[10], 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> codec.openInto(new byte[5], new byte[10], 0))
        .isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> codec.openInto(new byte[8 + 15], new byte[32], 0))
        .isInstanceOf(ProtocolException.class);
    FrameCipher cipher = new FrameCipher(new byte[16]);
    assertThat(FrameCipher.encryptedLength(15)).isEqualTo(16);
    assertThat(FrameCipher.encryptedLength(16)).isEqualTo(32);
    assertThatThrownBy(() -> cipher.encrypt(new byte[16], 0, 16, new byte[31], 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(cipher.encrypt(new byte[16], 0, 16, new byte[32], 0)).isEqualTo(32);
    assertThatThrownBy(() -> codec.encodeRequest(0x10000, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> codec.encodeResponse(8, 256, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
