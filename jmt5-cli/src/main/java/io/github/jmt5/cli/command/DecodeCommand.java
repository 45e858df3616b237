package io.github.jmt5.cli.command;

import io.github.jmt5.cli.ExitCodes;
import io.github.jmt5.cli.output.CaptureReader;
import io.github.jmt5.cli.output.Direction;
import io.github.jmt5.cli.output.FrameFormatter;
import io.github.jmt5.cli.output.FrameRecord;
import io.github.jmt5.cli.sniff.FrameDecoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jmt5 decode}: prints a capture written by {@code jmt5 sniff --capture}. */
@Command(
    name = "decode",
    sortOptions = false,
    header = "Print a capture file written by 'jmt5 sniff --capture', with filters.",
    description = {
      "Prints the frames of FILE as sniff does. Records without decoded fields are decoded again"
          + " from their hex body. Lines that are not frame records are reported on standard"
          + " error and skipped (exit code 1)."
    })
public final class DecodeCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init")
  @Spec
  CommandSpec spec;

  @SuppressWarnings("NullAway.Init")
  @Parameters(index = "0", paramLabel = "FILE", description = "The capture (JSON lines).")
  Path file;

  @Option(
      names = "--command",
      paramLabel = "N",
      description = "Only frames of command N; repeatable.")
  List<Integer> commands = new ArrayList<>();

  @Option(
      names = "--direction",
      paramLabel = "DIR",
      converter = Converters.DirectionConverter.class,
      description = "Only frames going this way: c2s (requests) or s2c (replies and pushes).")
  @Nullable Direction direction;

  @Option(names = "--hex", description = "Add a hex dump of each (masked) body.")
  boolean hex;

  @Option(names = "--json", description = "Print one JSON object per frame (the capture format).")
  boolean json;

  @Option(names = "--full", description = "Do not shorten long field lists in text output.")
  boolean full;

  /** Creates the command; picocli fills in its options and parameters. */
  public DecodeCommand() {}

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new ParameterException(spec.commandLine(), "cannot read capture file " + file);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FrameFormatter formatter =
        new FrameFormatter(json, hex, full ? 0 : FrameFormatter.DEFAULT_MAX_FIELDS);
    FrameDecoder decoder = new FrameDecoder();
    int[] bad = {0};
    CaptureReader.read(
        file,
        new CaptureReader.Visitor() {
          @Override
          public void frame(FrameRecord record) {
            if (matches(record)) {
              FrameRecord r = record;
              if (r.fields().isEmpty() && r.error() == null) {
                r = decoder.redecode(r);
              }
              out.print(formatter.format(r));
            }
          }

          @Override
          public void badLine(int line, String problem) {
            bad[0]++;
            err.println(file + ":" + line + ": skipped, " + problem);
          }
        });
    out.flush();
    err.flush();
    return bad[0] == 0 ? ExitCodes.OK : ExitCodes.OTHER;
  }

  /** True when the record passes the filters. */
  boolean matches(FrameRecord r) {
    Direction d = direction;
    if (d != null && r.direction() != d) {
      return false;
    }
    return commands.isEmpty() || commands.contains(r.command());
  }
}
