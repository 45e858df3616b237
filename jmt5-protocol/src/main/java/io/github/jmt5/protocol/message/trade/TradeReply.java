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
  public static final int SIZE = 4;

  public static final Layout LAYOUT = Layout.builder("TRADE_REPLY").u32("result").build();

  public boolean accepted() {
    return result == 0;
  }

  public static TradeReply read(WireReader r, int off) {
    return new TradeReply(r.u32(off, "result"));
  }

  public void write(WireWriter w) {
    w.u32(result);
  }
}
