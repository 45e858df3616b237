package io.github.jmt5.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.protocol.wire.Bytes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class JsonTest {
  private static final Instant TS = Instant.parse("2026-01-02T03:04:05.678Z");

  @Test
  void aRecordSurvivesTheRoundTrip() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("login", 50001L);
    fields.put("names", List.of("EURUSD", "GBPUSD"));
    FrameRecord r =
        new FrameRecord(
            TS, 2, Direction.S2C, 28, 0, "reply", 3, Bytes.of(new byte[] {1, 2, 3}), fields, null);

    String line = Json.line(r);
    assertThat(line)
        .startsWith("{\"ts\":\"2026-01-02T03:04:05.678Z\",\"conn\":2,\"dir\":\"s2c\",\"cmd\":28")
        .contains("\"name\":\"login\"", "\"code\":0", "\"hex\":\"010203\"");
    FrameRecord back = Json.parse(line);
    assertThat(back.ts()).isEqualTo(TS);
    assertThat(back.connection()).isEqualTo(2);
    assertThat(back.direction()).isEqualTo(Direction.S2C);
    assertThat(back.command()).isEqualTo(28);
    assertThat(back.code()).isZero();
    assertThat(back.kind()).isEqualTo("reply");
    assertThat(back.size()).isEqualTo(3);
    assertThat(Objects.requireNonNull(back.body()).toArray()).containsExactly(1, 2, 3);
    assertThat(back.fields()).containsEntry("login", 50001).containsKey("names");
  }

  @Test
  void clientFramesHaveNoCode() {
    FrameRecord r =
        new FrameRecord(TS, 1, Direction.C2S, 51, -1, "request", 0, Bytes.empty(), Map.of(), null);
    assertThat(Json.line(r)).doesNotContain("\"code\"");
    assertThat(Json.parse(Json.line(r)).code()).isEqualTo(-1);
  }

  @Test
  void plainValuesTurnBytesIntoHex() {
    assertThat(Json.plain(Bytes.of(new byte[] {(byte) 0xab, 1}))).isEqualTo("ab01");
    assertThat(Json.plain(Map.of("k", List.of(Bytes.zeros(1)))))
        .isEqualTo(Map.of("k", List.of("00")));
  }

  @Test
  void rejectsLinesThatAreNotRecords() {
    assertThatThrownBy(() -> Json.parse("not json")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.parse("{\"a\":1}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.parse("{\"dir\":\"up\",\"cmd\":1}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
