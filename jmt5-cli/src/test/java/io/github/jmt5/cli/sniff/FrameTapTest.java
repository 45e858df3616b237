package io.github.jmt5.cli.sniff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.cli.output.Direction;
import io.github.jmt5.cli.output.FrameRecord;
import io.github.jmt5.protocol.frame.BootstrapReply;
import io.github.jmt5.protocol.frame.FrameCodec;
import io.github.jmt5.protocol.message.session.LoginPayload;
import io.github.jmt5.protocol.message.session.LoginRequest;
import io.github.jmt5.protocol.message.session.LoginResponse;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.Hex;
import io.github.jmt5.protocol.wire.WireWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameTapTest {
  private static final String PASSWORD = "Plain-Secret-77";
  private static final Bytes CID = Bytes.fromHex("98ed2a4f74cb8e3a5161012cc8f9d658");

  private final FrameCodec client = new FrameCodec(new Random(1));
  private final FrameCodec server = new FrameCodec(new Random(2));
  private final FrameTap tap =
      new FrameTap(
          1,
          new FrameDecoder(),
          Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));

  private final byte[] sessionKey = new byte[32];

  FrameTapTest() {
    new Random(3).nextBytes(sessionKey);
  }

  private static String hex(FrameRecord r) {
    return Objects.requireNonNull(r.body()).hex();
  }

  private void bootstrap() {
    FrameRecord request = tap.fromClient(client.encodeRequest(0, new byte[64]));
    assertThat(request.command()).isZero();
    assertThat(request.kind()).isEqualTo("request");

    byte[] token = new byte[64];
    Arrays.fill(token, (byte) 7);
    byte[] body =
        new BootstrapReply(Bytes.zeros(2), Bytes.of(token), Bytes.of(sessionKey)).encode();
    FrameRecord reply = tap.fromServer(server.encodeResponse(0, 0, body));
    assertThat(reply.kind()).isEqualTo("reply");
    assertThat(reply.error()).isNull();
    // neither the token nor the key leaves the tap
    assertThat(hex(reply)).isEqualTo("00".repeat(body.length));
    assertThat(reply.fields().toString()).doesNotContain(Hex.encode(sessionKey));
    assertThat(tap.switched()).isTrue();
    client.switchKey(sessionKey);
    server.switchKey(sessionKey);
  }

  @Test
  void followsTheKeySwitchAndMasksTheLogin() {
    bootstrap();
    byte[] payload = LoginPayload.encode(50001, PASSWORD, "123456", CID, 0, "");
    FrameRecord login = tap.fromClient(client.encodeRequest(28, payload));

    assertThat(login.direction()).isEqualTo(Direction.C2S);
    assertThat(login.command()).isEqualTo(28);
    assertThat(login.size()).isEqualTo(LoginRequest.SIZE);
    assertThat(login.fields())
        .containsEntry("password", "***")
        .containsEntry("otp", "***")
        .containsEntry("password_blob", "none")
        .containsEntry("cid", CID.hex());
    assertThat(String.valueOf(login.fields().get("login"))).isEqualTo("50001");
    String masked = hex(login);
    assertThat(masked).doesNotContain(Hex.encode(PASSWORD.getBytes(StandardCharsets.UTF_16LE)));
    assertThat(masked).contains(CID.hex());

    byte[] blob = new byte[160];
    Arrays.fill(blob, (byte) 0x5a);
    WireWriter w = new WireWriter(LoginResponse.SIZE);
    w.raw(blob).u64(99);
    FrameRecord reply = tap.fromServer(server.encodeResponse(28, 0, w.toByteArray()));
    assertThat(reply.kind()).isEqualTo("reply");
    assertThat(reply.fields()).containsEntry("password_blob", "***");
    assertThat(String.valueOf(reply.fields().get("session"))).isEqualTo("99");
    assertThat(hex(reply)).doesNotContain("5a5a");
  }

  @Test
  void serverFramesWithoutARequestArePushes() {
    bootstrap();
    byte[] status = new WireWriter(4).u32(0).toByteArray();
    FrameRecord push = tap.fromServer(server.encodeResponse(15, 0, status));
    assertThat(push.kind()).isEqualTo("push");
    assertThat(push.error()).isNull();

    tap.fromClient(client.encodeRequest(51, new byte[0]));
    assertThat(tap.fromServer(server.encodeResponse(51, 0, new byte[0])).kind()).isEqualTo("reply");
    assertThat(tap.fromServer(server.encodeResponse(51, 0, new byte[0])).kind()).isEqualTo("push");
  }

  @Test
  void framesThatDoNotDecryptAreReportedNotThrown() {
    FrameRecord bad = tap.fromClient(new byte[] {1, 2, 3});
    assertThat(bad.decrypted()).isFalse();
    assertThat(bad.kind()).isEqualTo(FrameRecord.UNDECRYPTABLE);
    assertThat(bad.error()).isNotBlank();

    byte[] garbage = new byte[8 + 32];
    garbage[0] = 32;
    garbage[4] = 1;
    new Random(4).nextBytes(garbage);
    assertThat(tap.fromServer(garbage).decrypted()).isFalse();
    // still usable afterwards
    bootstrap();
  }

  @Test
  void errorRepliesWithoutBodyDecodeToNothing() {
    bootstrap();
    tap.fromClient(client.encodeRequest(3, new byte[0]));
    FrameRecord refused = tap.fromServer(server.encodeResponse(3, 9, new byte[0]));
    assertThat(refused.code()).isEqualTo(9);
    assertThat(refused.fields()).isEmpty();
    assertThat(refused.error()).isNull();
  }
}
