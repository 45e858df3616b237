package io.github.jmt5.cli.logging;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Bytes (UTF-8) to a {@link PrintWriter}, one chunk per {@link #flush}. Closing only flushes: the
 * writer (normally standard error) belongs to the caller.
 */
final class WriterOutputStream extends OutputStream {
  private final PrintWriter target;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream(256);

  WriterOutputStream(PrintWriter target) {
    this.target = target;
  }

  @Override
  public synchronized void write(int b) {
    pending.write(b);
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    pending.write(b, off, len);
  }

  @Override
  public synchronized void flush() {
    if (pending.size() > 0) {
      target.print(pending.toString(StandardCharsets.UTF_8));
      pending.reset();
    }
    target.flush();
  }

  @Override
  public void close() {
    flush();
  }
}
