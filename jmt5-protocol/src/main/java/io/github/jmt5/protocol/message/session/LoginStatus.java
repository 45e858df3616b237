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
  /** Size in bytes: one u32. */
  public static final int SIZE = 4;

  /** The layout: {@code state} (u32). */
  public static final Layout LAYOUT = Layout.builder("LOGIN_STATUS").u32("state").build();

  /** {@return true when the state is 0, the trade server is connected} */
  public boolean tradeServerConnected() {
    return state == 0;
  }

  /**
   * {@return the status at {@code off}}
   *
   * @param r reader over the body
   * @param off byte offset of the record
   * @throws io.github.jmt5.protocol.ProtocolException if fewer than 4 bytes follow
   */
  public static LoginStatus read(WireReader r, int off) {
    return new LoginStatus(r.u32(off, "state"));
  }

  /**
   * Appends the u32 state.
   *
   * @param w the writer
   */
  public void write(WireWriter w) {
    w.u32(state);
  }
}
