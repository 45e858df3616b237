package io.github.jmt5.protocol.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jmt5.protocol.crypto.ClientId;
import io.github.jmt5.protocol.crypto.FrameCipher;
import io.github.jmt5.protocol.crypto.InitialKey;
import io.github.jmt5.protocol.crypto.KeyObfuscation;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.frame.BootstrapReply;
import io.github.jmt5.protocol.frame.FrameCodec;
import io.github.jmt5.protocol.frame.InnerRequest;
import io.github.jmt5.protocol.frame.InnerResponse;
import io.github.jmt5.protocol.frame.OuterFrame;
import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.layout.LayoutCodec;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.FieldType;
import io.github.jmt5.protocol.wire.FileTime;
import io.github.jmt5.protocol.wire.PriceScale;
import io.github.jmt5.protocol.wire.Volume;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Map;

/** {@code codec.json}: keys, AES, framing, handshake, primitives and unit conversions. */
final class CodecVectors {
  private CodecVectors() {}

  static void obfuscation(Vector v) {
    String decoded = KeyObfuscation.decode(v.inputs().path("obfuscated").asText());
    assertThat(decoded).isEqualTo(v.expected().path("decoded").asText());
  }

  static void initialKey(Vector v) {
    assertThat(KeyObfuscation.decode(v.inputs().path("obfuscated").asText()))
        .isEqualTo(v.expected().path("key_hex").asText());
    assertThat(Expect.hex(InitialKey.bytes())).isEqualTo(v.expected().path("key_hex").asText());
    assertThat(InitialKey.bytes()).hasSize(v.expected().path("key_length").asInt());
  }

  static void aes(Vector v) {
    FrameCipher c = new FrameCipher(Expect.hex(v.inputs().path("key_hex")));
    byte[] plain = Expect.hex(v.inputs().path("plaintext_hex"));
    byte[] cipher = c.encrypt(plain, 0, plain.length);
    assertThat(Expect.hex(cipher)).isEqualTo(v.expected().path("ciphertext_hex").asText());
    assertThat(cipher).hasSize(v.expected().path("ciphertext_length").asInt());
    assertThat(Expect.hex(c.decrypt(cipher, 0, cipher.length))).isEqualTo(Expect.hex(plain));
  }

  static void outerFrame(Vector v) {
    byte[] body = Expect.hex(v.inputs().path("body_hex"));
    byte[] frame = OuterFrame.wrap(body);
    assertThat(Expect.hex(frame)).isEqualTo(v.expected().path("frame_hex").asText());
    OuterFrame.Unwrapped u = OuterFrame.unwrap(frame);
    assertThat(u.bodyLength()).isEqualTo(v.expected().path("body_length").asInt());
    assertThat(u.declaredLength()).isEqualTo(v.expected().path("body_length").asLong());
    assertThat(u.version()).isEqualTo(v.expected().path("version").asInt());
    assertThat(u.consistent()).isTrue();
  }

  static void innerRequest(Vector v) {
    InnerRequest r =
        new InnerRequest(
            Bytes.fromHex(v.inputs().path("prefix_hex").asText()),
            v.inputs().path("command").asInt(),
            Bytes.fromHex(v.inputs().path("payload_hex").asText()));
    assertThat(Expect.hex(r.encode())).isEqualTo(v.expected().path("inner_hex").asText());
    assertThat(InnerRequest.decode(r.encode())).isEqualTo(r);
  }

  static void innerResponse(Vector v) {
    InnerResponse r = InnerResponse.decode(Expect.hex(v.inputs().path("inner_hex")));
    assertThat(r.command()).isEqualTo(v.expected().path("command").asInt());
    assertThat(r.code()).isEqualTo(v.expected().path("code").asInt());
    assertThat(r.body().hex()).isEqualTo(v.expected().path("body_hex").asText());
    assertThat(r.nonce().hex()).isEqualTo(v.expected().path("prefix_hex").asText());
    assertThat(Expect.hex(r.encode())).isEqualTo(v.inputs().path("inner_hex").asText());
  }

  /** The full bootstrap and first ping, from both sides, byte for byte. */
  static void handshake(Vector v) {
    JsonNode in = v.inputs();
    JsonNode e = v.expected();
    assertThat(Expect.hex(InitialKey.bytes())).isEqualTo(in.path("initial_key_hex").asText());
    FrameCodec client = new FrameCodec();
    FrameCodec server = new FrameCodec();

    byte[] request =
        client.encodeRequest(
            Bytes.fromHex(in.path("client_prefix_hex").asText()),
            0,
            Expect.hex(in.path("bootstrap_token_hex")));
    assertThat(Expect.hex(request)).isEqualTo(e.path("bootstrap_request_frame_hex").asText());
    InnerRequest seen = server.decodeRequest(request);
    assertThat(seen.command()).isZero();
    assertThat(seen.payload().hex()).isEqualTo(in.path("bootstrap_token_hex").asText());

    byte[] responseBody = Expect.hex(in.path("response_body_hex"));
    byte[] response =
        server.encodeResponse(
            Bytes.fromHex(in.path("server_prefix_hex").asText()), 0, 0, responseBody);
    assertThat(Expect.hex(response)).isEqualTo(e.path("bootstrap_response_frame_hex").asText());
    InnerResponse reply = client.decodeResponse(response);
    assertThat(reply.code()).isEqualTo(e.path("bootstrap_response_code").asInt());
    BootstrapReply boot = BootstrapReply.decode(reply.body().toArray());
    assertThat(boot.token().hex()).isEqualTo(e.path("session_token_hex").asText());
    assertThat(boot.sessionKey().hex()).isEqualTo(e.path("session_key_hex").asText());
    assertThat(boot.headU16()).isEqualTo(e.path("head_u16").asInt());
    assertThat(Expect.hex(boot.encode())).isEqualTo(Expect.hex(responseBody));

    client.switchKey(boot.sessionKey().toArray());
    server.switchKey(boot.sessionKey().toArray());
    byte[] ping =
        client.encodeRequest(Bytes.fromHex(in.path("ping_prefix_hex").asText()), 51, new byte[0]);
    assertThat(Expect.hex(ping)).isEqualTo(e.path("ping_request_frame_hex").asText());
    assertThat(server.decodeRequest(ping).command()).isEqualTo(51);
    byte[] pong =
        server.encodeResponse(
            Bytes.fromHex(in.path("pong_server_prefix_hex").asText()), 51, 0, new byte[0]);
    assertThat(Expect.hex(pong)).isEqualTo(e.path("ping_response_frame_hex").asText());
    assertThat(client.decodeResponse(pong).command()).isEqualTo(51);
  }

  static void responseFrame(Vector v) {
    FrameCodec codec = new FrameCodec();
    codec.switchKey(Expect.hex(v.inputs().path("key_hex")));
    byte[] frame = codec.seal(Expect.hex(v.inputs().path("inner_hex")));
    assertThat(Expect.hex(frame)).isEqualTo(v.expected().path("frame_hex").asText());
    InnerResponse r = codec.decodeResponse(frame);
    assertThat(r.command()).isEqualTo(v.expected().path("command").asInt());
    assertThat(r.code()).isEqualTo(v.expected().path("code").asInt());
    assertThat(r.body().hex()).isEqualTo(v.expected().path("body_hex").asText());
  }

  /** One field encoded with its type and decoded back through a one-field layout. */
  static void primitive(Vector v) {
    JsonNode in = v.inputs();
    FieldType type = FieldType.byWireName(in.path("type").asText()).orElseThrow();
    assertThat(type.code()).isEqualTo(in.path("type_code").asInt());
    int length = in.path("length").asInt();
    Layout.Builder b = Layout.builder("PRIMITIVE");
    switch (type) {
      case I8 -> b.i8("v");
      case U8 -> b.u8("v");
      case I16 -> b.i16("v");
      case U16 -> b.u16("v");
      case I32 -> b.i32("v");
      case U32 -> b.u32("v");
      case I64 -> b.i64("v");
      case U64 -> b.u64("v");
      case F32 -> b.f32("v");
      case F64 -> b.f64("v");
      case TIME -> b.time("v");
      case UTF16 -> b.utf16("v", length);
      case ASCII -> b.ascii("v", length);
      case BYTES -> b.bytes("v", length);
    }
    Layout layout = b.build();
    Object value =
        switch (type) {
          case F32, F64 -> Double.parseDouble(in.path("value").asText());
          case UTF16, ASCII -> in.path("value").asText();
          case BYTES -> Bytes.fromHex(in.path("value").asText());
          default -> in.path("value").asText();
        };
    WireWriter w = new WireWriter();
    LayoutCodec.encode(layout, Map.of("v", value), w);
    assertThat(Expect.hex(w.toByteArray())).isEqualTo(v.expected().path("hex").asText());
    Object decoded = LayoutCodec.decode(layout, WireReader.of(w.toByteArray(), -1), 0).get("v");
    Expect.scalar("decoded", v.expected().path("decoded"), decoded);
  }

  static void filetime(Vector v) {
    long ms = Long.parseLong(v.inputs().path("unix_ms").asText());
    long ft = FileTime.fromUnixMillis(ms);
    assertThat(Long.toUnsignedString(ft)).isEqualTo(v.expected().path("filetime").asText());
    assertThat(Expect.hex(new WireWriter().time(ms).toByteArray()))
        .isEqualTo(v.expected().path("hex").asText());
    assertThat(FileTime.toUnixMillis(ft)).isEqualTo(ms);
  }

  static void clientId(Vector v) {
    JsonNode in = v.inputs();
    Bytes cid =
        ClientId.of(
            in.path("platform").asText(),
            in.path("device_pixel_ratio").asText(),
            in.path("language").asText(),
            in.path("screen").asText(),
            in.path("uniq").asText());
    assertThat(cid.hex()).isEqualTo(v.expected().path("cid_hex").asText());
    assertThat(ClientId.fromJoined(in.path("joined").asText())).isEqualTo(cid);
  }

  static void volume(Vector v) {
    long wire = Volume.toWire(v.inputs().path("lots").asDouble());
    assertThat(Long.toUnsignedString(wire)).isEqualTo(v.expected().path("wire").asText());
    assertThat(Expect.hex(new WireWriter().u64(wire).toByteArray()))
        .isEqualTo(v.expected().path("u64_hex").asText());
    assertThat(Volume.toLots(wire)).isEqualTo(v.inputs().path("lots").asDouble());
  }

  static void periodMap(Vector v) {
    JsonNode minutes = v.inputs().path("minutes");
    for (int i = 0; i < minutes.size(); i++) {
      assertThat(Timeframe.periodCode(minutes.get(i).asInt()))
          .as("minutes " + minutes.get(i).asInt())
          .isEqualTo(v.expected().path("codes").get(i).asInt());
    }
  }

  static void priceScale(Vector v) {
    double price =
        PriceScale.unscale(v.inputs().path("wire").asDouble(), v.inputs().path("digits").asInt());
    Expect.scalar("price", v.expected().path("price"), price);
  }
}
