package io.github.jmt5.protocol.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.compress.SymbolListCompression;
import io.github.jmt5.protocol.wire.Hex;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every decoder of the command table, fed truncated, count-corrupted and random bodies, must either
 * return or throw {@link ProtocolException}: never an index, arithmetic or allocation error, never
 * an OOM.
 */
class HostileInputTest {
  private static final CommandTable TABLE = CommandTable.standard();

  @TestFactory
  Stream<DynamicTest> truncatedAndCorruptedVectorBodies() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode v : vectors("bodies.json")) {
      if (!v.path("kind").asText().equals("body")) {
        continue;
      }
      int command = v.path("inputs").path("command").asInt();
      byte[] body = Hex.decode(v.path("inputs").path("body_hex").asText());
      tests.add(DynamicTest.dynamicTest(v.path("name").asText(), () -> hammer(command, body)));
    }
    return tests.stream();
  }

  private static void hammer(int command, byte[] body) {
    int step = Math.max(1, body.length / 400);
    for (int len = 0; len < body.length; len += step) {
      decodeAll(command, Arrays.copyOf(body, len));
    }
    for (int at = 0; at + 4 <= Math.min(body.length, 64); at++) {
      byte[] corrupt = body.clone();
      Arrays.fill(corrupt, at, at + 4, (byte) 0xff);
      decodeAll(command, corrupt);
      corrupt[at + 3] = 0x7f;
      decodeAll(command, corrupt);
    }
  }

  @TestFactory
  Stream<DynamicTest> randomBodiesForEveryCommand() {
    return TABLE.specs().stream()
        .map(
            spec ->
                DynamicTest.dynamicTest(
                    spec.id().label(),
                    () -> {
                      Random random = new Random(spec.id().id());
                      for (int i = 0; i < 300; i++) {
                        byte[] b = new byte[random.nextInt(i < 150 ? 64 : 4096)];
                        random.nextBytes(b);
                        decodeAll(spec.id().id(), b);
                      }
                    }));
  }

  @Test
  void hugeCountIsRejectedBeforeAllocating() {
    byte[] body = {(byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f, 1, 2, 3};
    assertThatThrownBy(() -> TABLE.decodeReply(6, body))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("count 2147483647")
        .hasMessageContaining("command 6")
        .hasMessageContaining("field symbols");
  }

  @Test
  void truncatedRecordNamesFieldAndOffset() {
    byte[] body = new byte[100]; // a LOGIN_RESP needs 168
    assertThatThrownBy(() -> TABLE.decodeReply(28, body))
        .isInstanceOfSatisfying(
            ProtocolException.class,
            e -> {
              assertThat(e.command()).isEqualTo(28);
              assertThat(e.field()).isEqualTo("password_blob");
              assertThat(e.offset()).isZero();
            });
  }

  @Test
  void zipBombStopsAtTheLimit() {
    byte[] plain = new byte[4 << 20]; // compresses to a few KiB
    byte[] body = SymbolListCompression.deflate(plain);
    assertThat(body.length).isLessThan(64 << 10);
    assertThatThrownBy(() -> SymbolListCompression.inflate(body, 0, body.length, 1 << 20))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("exceeds the limit");
    assertThat(SymbolListCompression.inflate(body, 0, body.length, 8 << 20)).hasSize(plain.length);
  }

  @Test
  void corruptOrTruncatedCompressedStreamsAreProtocolErrors() {
    byte[] body = SymbolListCompression.deflate(new byte[10_000]);
    assertThatThrownBy(() -> SymbolListCompression.inflate(Arrays.copyOf(body, body.length / 2)))
        .isInstanceOf(ProtocolException.class);
    byte[] garbage = body.clone();
    Arrays.fill(garbage, 6, garbage.length, (byte) 0x55);
    assertThatThrownBy(() -> SymbolListCompression.inflate(garbage))
        .isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> SymbolListCompression.inflate(new byte[] {1, 0, 0, 0, 0x42, 0x42}))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("neither a zlib nor a gzip");
  }

  private static void decodeAll(int command, byte[] body) {
    run(() -> TABLE.decodeRequest(command, body));
    run(() -> TABLE.decodeReply(command, body));
    run(() -> TABLE.decodePush(command, body));
  }

  private static void run(Runnable decode) {
    try {
      decode.run();
    } catch (ProtocolException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    } catch (RuntimeException | Error e) {
      fail("decoder threw " + e + " instead of ProtocolException", e);
    }
  }

  static List<JsonNode> vectors(String file) throws IOException {
    try (InputStream in = HostileInputTest.class.getResourceAsStream("/vectors/" + file)) {
      List<JsonNode> out = new ArrayList<>();
      new ObjectMapper().readTree(in).path("vectors").forEach(out::add);
      return out;
    }
  }
}
