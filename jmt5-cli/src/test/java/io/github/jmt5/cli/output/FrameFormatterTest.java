package io.github.jmt5.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.wire.Bytes;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameFormatterTest {
  private static final Instant TS = Instant.parse("2026-01-02T03:04:05.678Z");

  @Test
  void textLineHasTimeDirectionCommandCodeSizeAndFields() {
    FrameRecord r =
        new FrameRecord(
            TS,
            1,
            Direction.S2C,
            28,
            0,
            "reply",
            168,
            Bytes.of(new byte[] {0x41, 0, 0x7f}),
            Map.of("session", 12),
            null);
    String text = new FrameFormatter(false, true, 0).format(r);
    assertThat(text.lines().findFirst().orElseThrow())
        .startsWith("2026-01-02T03:04:05.678Z #1 S->C   28 login")
        .contains("reply code=0 size=168 {\"session\":12}");
    assertThat(text).contains("000000  41 00 7f", "|A..|");
  }

  @Test
  void undecryptableFramesSayWhy() {
    FrameRecord r =
        new FrameRecord(
            TS, 3, Direction.C2S, -1, -1, FrameRecord.UNDECRYPTABLE, 40, null, Map.of(), "bad");
    assertThat(new FrameFormatter(false, true, 0).format(r))
        .isEqualTo("2026-01-02T03:04:05.678Z #3 C->S undecryptable size=40: bad\n");
  }

  @Test
  void longFieldsAreShortenedUnlessFull() {
    FrameRecord r =
        new FrameRecord(
            TS, 1, Direction.S2C, 6, 0, "reply", 9, null, Map.of("x", "y".repeat(100)), null);
    assertThat(new FrameFormatter(false, false, 20).format(r)).contains("--full shows all");
    assertThat(new FrameFormatter(false, false, 0).format(r)).contains("y".repeat(100));
  }

  @Test
  void hexDumpPadsTheLastLine() {
    String dump = HexDump.dump(new byte[17], "");
    assertThat(dump.lines()).hasSize(2);
    assertThat(dump.lines().toList().get(1)).startsWith("000010  00 ");
  }
}
