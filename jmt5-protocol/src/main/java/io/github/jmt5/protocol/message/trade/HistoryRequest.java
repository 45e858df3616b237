package io.github.jmt5.protocol.message.trade;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;

/**
 * The cmd 5 request: a period in Unix seconds. {@code to = 0} means "until now"; {@code 0, 0} asks
 * for everything.
 *
 * @param from start of the period, Unix seconds
 * @param to end of the period, Unix seconds, or 0 for now
 */
public record HistoryRequest(int from, int to) {
  /** Size in bytes: two i32. */
  public static final int SIZE = 8;

  /** The layout: {@code from} and {@code to} (i32 Unix seconds). */
  public static final Layout LAYOUT = Layout.builder("HISTORY_REQ").i32("from").i32("to").build();

  /**
   * {@return the request at {@code off}}
   *
   * @param r reader over the body
   * @param off byte offset of the record
   * @throws io.github.jmt5.protocol.ProtocolException if fewer than 8 bytes follow
   */
  public static HistoryRequest read(WireReader r, int off) {
    return new HistoryRequest(r.i32(off, "from"), r.i32(off + 4, "to"));
  }

  /**
   * Appends {@code from} and {@code to}.
   *
   * @param w the writer
   */
  public void write(WireWriter w) {
    w.i32(from).i32(to);
  }
}
