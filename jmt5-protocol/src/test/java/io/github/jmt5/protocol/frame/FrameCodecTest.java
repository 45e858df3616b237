package io.github.jmt5.protocol.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.wire.Bytes;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameCodecTest {
  @Test
  void clientAndServerTalkAcrossTheKeySwitch() {
    FrameCodec client = new FrameCodec(new Random(1));
    FrameCodec server = new FrameCodec(new Random(2));
    InnerRequest boot = server.decodeRequest(client.encodeRequest(0, new byte[64]));
    assertThat(boot.command()).isZero();
    byte[] key = new byte[32];
    new Random(3).nextBytes(key);
    BootstrapReply reply = new BootstrapReply(Bytes.zeros(2), Bytes.zeros(64), Bytes.of(key));
    InnerResponse r = client.decodeResponse(server.encodeResponse(0, 0, reply.encode()));
    client.switchKey(BootstrapReply.decode(r.body().toArray()).sessionKey().toArray());
    server.switchKey(key);
    assertThat(client.usesInitialKey()).isFalse();
    for (int len : new int[] {0, 1, 11, 12, 13, 27, 28, 29, 1000}) {
      InnerRequest req = server.decodeRequest(client.encodeRequest(12, new byte[len]));
      assertThat(req.command()).isEqualTo(12);
      assertThat(req.payload().length()).isEqualTo(len);
      InnerResponse resp = client.decodeResponse(server.encodeResponse(12, 7, new byte[len]));
      assertThat(resp.code()).isEqualTo(7);
      assertThat(resp.body().length()).isEqualTo(len);
    }
  }

  @Test
  void noncesStayBelow255LikeTheWebTerminals() {
    FrameCodec codec = new FrameCodec(new Random(5));
    FrameCodec reader = new FrameCodec();
    for (int i = 0; i < 500; i++) {
      InnerRequest r = reader.decodeRequest(codec.encodeRequest(51, new byte[0]));
      assertThat(r.nonce().get(0) & 0xff).isLessThan(255);
      assertThat(r.nonce().get(1) & 0xff).isLessThan(255);
    }
  }

  @Test
  void malformedMessagesAreProtocolErrors() {
    FrameCodec codec = new FrameCodec();
    assertThatThrownBy(() -> codec.decodeResponse(new byte[5]))
        .isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> codec.decodeResponse(new byte[8]))
        .isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> codec.decodeResponse(OuterFrame.wrap(new byte[17])))
        .isInstanceOf(ProtocolException.class);
    byte[] tooShortInner = codec.seal(new byte[3]);
    assertThatThrownBy(() -> codec.decodeResponse(tooShortInner))
        .hasMessageContaining("shorter than 5");
    assertThatThrownBy(() -> codec.decodeRequest(tooShortInner))
        .hasMessageContaining("shorter than 4");
    assertThatThrownBy(() -> BootstrapReply.decode(new byte[66 + 10]))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void headerMismatchIsReportedNotFatal() {
    byte[] m = OuterFrame.wrap(new byte[16]);
    m[0] = 99;
    OuterFrame.Unwrapped u = OuterFrame.unwrap(m);
    assertThat(u.consistent()).isFalse();
    assertThat(u.bodyLength()).isEqualTo(16);
  }
}
