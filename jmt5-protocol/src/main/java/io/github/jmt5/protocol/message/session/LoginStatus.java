package io.github.jmt5.protocol.message.session;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;

/**
 * The cmd 15 push: whether the gateway is connected to the trade server.
 *
 * @param state 0 connected, anything else not connected
 */
public record LoginStatus(int state) {
  public static final int SIZE = 4;

  public static final Layout LAYOUT = Layout.builder("LOGIN_STATUS").u32("state").build();

  public boolean tradeServerConnected() {
    return state == 0;
  }

  public static LoginStatus read(WireReader r, int off) {
    return new LoginStatus(r.u32(off, "state"));
  }

  public void write(WireWriter w) {
    w.u32(state);
  }
}
