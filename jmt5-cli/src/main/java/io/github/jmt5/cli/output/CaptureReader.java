package io.github.jmt5.cli.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a capture file line by line; blank lines are skipped, bad lines reported. */
public final class CaptureReader {
  /** What to do with each line. */
  public interface Visitor {
    /**
     * A frame record.
     *
     * @param record the record read
     */
    void frame(FrameRecord record);

    /**
     * A line (counted from 1) that is not a frame record.
     *
     * @param line line number, counted from 1
     * @param problem why the line is not a frame record
     */
    void badLine(int line, String problem);
  }

  private CaptureReader() {}

  /**
   * Reads every line of {@code file} into {@code visitor}.
   *
   * @param file a capture written by {@link CaptureWriter}
   * @param visitor receives every record and every bad line, in file order
   * @return number of frame records read
   * @throws IOException when the file cannot be read
   */
  public static int read(Path file, Visitor visitor) throws IOException {
    int frames = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        FrameRecord r;
        try {
          r = Json.parse(line);
        } catch (IllegalArgumentException e) {
          visitor.badLine(n, String.valueOf(e.getMessage()));
          continue;
        }
        frames++;
        visitor.frame(r);
      }
    }
    return frames;
  }
}
