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
  /** Size in bytes: one i32. */
  public static final int SIZE = 4;

  /** The layout: {@code result} (i32). */
  public static final Layout LAYOUT = Layout.builder("CHANGE_PASSWORD_RESP").i32("result").build();

  /** {@return true when the result is 0, the password was changed} */
  public boolean changed() {
    return result == 0;
  }

  /**
   * {@return the reply at {@code off}}
   *
   * @param r reader over the body
   * @param off byte offset of the record
   * @throws io.github.jmt5.protocol.ProtocolException if fewer than 4 bytes follow
   */
  public static ChangePasswordReply read(WireReader r, int off) {
    return new ChangePasswordReply(r.i32(off, "result"));
  }

  /**
   * Appends the i32 result.
   *
   * @param w the writer
   */
  public void write(WireWriter w) {
    w.i32(result);
  }
}
