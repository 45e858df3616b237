package io.github.jmt5.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.cli.Cli;
import io.github.jmt5.cli.ExitCodes;
import io.github.jmt5.cli.output.CaptureWriter;
import io.github.jmt5.cli.output.Direction;
import io.github.jmt5.cli.output.FrameRecord;
import io.github.jmt5.cli.output.Json;
import io.github.jmt5.protocol.wire.Bytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodeCommandTest {
  private static final Instant TS = Instant.parse("2026-01-02T03:04:05.678Z");

  @SuppressWarnings("NullAway.Init") // set by JUnit
  @TempDir
  Path dir;

  private Path capture() throws Exception {
    Path file = dir.resolve("capture.jsonl");
    try (CaptureWriter w = new CaptureWriter(file)) {
      w.write(record(Direction.C2S, 51, -1, "request"));
      w.write(record(Direction.S2C, 51, 0, "reply"));
      w.write(record(Direction.C2S, 3, -1, "request"));
      w.write(record(Direction.S2C, 3, 0, "reply"));
      w.write(record(Direction.S2C, 15, 0, "push"));
    }
    return file;
  }

  private static FrameRecord record(Direction d, int cmd, int code, String kind) {
    return new FrameRecord(TS, 1, d, cmd, code, kind, 0, Bytes.empty(), Map.of(), null);
  }

  @Test
  void printsEveryFrame() throws Exception {
    Cli.Result r = Cli.run("decode", capture().toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines()).hasSize(5);
    assertThat(r.out()).contains("C->S   51 ping", "S->C   15 login status");
  }

  @Test
  void filtersByCommandAndDirection() throws Exception {
    String file = capture().toString();
    Cli.Result byCommand = Cli.run("decode", file, "--command", "51", "--command", "15");
    assertThat(byCommand.out().lines()).hasSize(3);

    Cli.Result both = Cli.run("decode", file, "--command", "3", "--direction", "s2c", "--json");
    List<String> lines = both.out().lines().toList();
    assertThat(lines).hasSize(1);
    FrameRecord only = Json.parse(lines.get(0));
    assertThat(only.command()).isEqualTo(3);
    assertThat(only.direction()).isEqualTo(Direction.S2C);

    assertThat(Cli.run("decode", file, "--direction", "c2s").out().lines()).hasSize(2);
    assertThat(Cli.run("decode", file, "--direction", "sideways").exitCode())
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void decodesHexBodiesStoredWithoutFields() throws Exception {
    Path file = dir.resolve("hex-only.jsonl");
    Files.writeString(
        file,
        "{\"ts\":\"2026-01-02T03:04:05.678Z\",\"dir\":\"s2c\",\"cmd\":15,\"kind\":\"push\","
            + "\"code\":0,\"hex\":\"00000000\"}\n",
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("decode", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("15 login status").contains("size=4 {");
  }

  @Test
  void reportsBadLinesAndGoesOn() throws Exception {
    Path file = capture();
    Files.writeString(file, Files.readString(file) + "garbage\n\n", StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("decode", file.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.OTHER);
    assertThat(r.out().lines()).hasSize(5);
    assertThat(r.err()).contains(":6: skipped");
  }

  @Test
  void aMissingFileIsBadUsage() {
    Cli.Result r = Cli.run("decode", dir.resolve("none.jsonl").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("cannot read capture file");
  }
}
