package io.github.jmt5.protocol.message.session;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;

/**
 * The cmd 24 reply.
 *
 * @param result 0 changed; otherwise an error code such as 2005 (current password incorrect)
 */
public record ChangePasswordReply(int result) {
  public static final int SIZE = 4;

  public static final Layout LAYOUT = Layout.builder("CHANGE_PASSWORD_RESP").i32("result").build();

  public boolean changed() {
    return result == 0;
  }

  public static ChangePasswordReply read(WireReader r, int off) {
    return new ChangePasswordReply(r.i32(off, "result"));
  }

  public void write(WireWriter w) {
    w.i32(result);
  }
}
