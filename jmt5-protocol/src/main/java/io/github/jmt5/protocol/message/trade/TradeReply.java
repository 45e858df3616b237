package io.github.jmt5.protocol.message.trade;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;

/**
 * The cmd 12 reply: one u32. 0 means accepted, with the outcome to follow in a cmd 19 push;
 * anything else is an immediate rejection with that trade return code.
 *
 * @param result 0 or a trade return code
 */
public record TradeReply(int result) {
  /** Size in bytes: one u32. */
  public static final int SIZE = 4;

  /** The layout: {@code result} (u32). */
  public static final Layout LAYOUT = Layout.builder("TRADE_REPLY").u32("result").build();

  /** {@return true when the result is 0, the server took the request} */
  public boolean accepted() {
    return result == 0;
  }

  /**
   * {@return the reply at {@code off}}
   *
   * @param r reader over the body
   * @param off byte offset of the record
   * @throws io.github.jmt5.protocol.ProtocolException if fewer than 4 bytes follow
   */
  public static TradeReply read(WireReader r, int off) {
    return new TradeReply(r.u32(off, "result"));
  }

  /**
   * Appends the u32 result.
   *
   * @param w the writer
   */
  public void write(WireWriter w) {
    w.u32(result);
  }
}
