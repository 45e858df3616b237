package io.github.jmt5.cli.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Appends frames to a capture file, one {@link Json#line} per frame, flushed after each so a
 * capture is complete up to the last frame even when the proxy is killed. Thread-safe.
 */
public final class CaptureWriter implements AutoCloseable {
  private final Path file;
  private final BufferedWriter out;

  /**
   * Creates or truncates {@code file}.
   *
   * @param file the capture file, one JSON line per frame
   * @throws java.io.IOException when the file cannot be created or truncated
   */
  public CaptureWriter(Path file) throws IOException {
    this.file = file;
    this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  /** {@return the capture file} */
  public Path file() {
    return file;
  }

  /**
   * Appends one frame and flushes.
   *
   * @param r the frame to append
   * @throws UncheckedIOException when the file cannot be written
   */
  public synchronized void write(FrameRecord r) {
    try {
      out.write(Json.line(r));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write capture " + file, e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
