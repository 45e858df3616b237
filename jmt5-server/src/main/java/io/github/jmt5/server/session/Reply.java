package io.github.jmt5.server.session;

import java.util.Objects;

/**
 * A frame the emulator sends: a reply to a request or a push.
 *
 * @param command command id
 * @param code result code, 0 for success
 * @param body body bytes
 */
// the body is built once per frame and never changed; copying it on every push would cost the tick
// path
@SuppressWarnings("ArrayRecordComponent")
public record Reply(int command, int code, byte[] body) {
  /**
   * Checks that {@code body} is not null.
   *
   * @param command command id
   * @param code result code, 0 for success
   * @param body body bytes
   * @throws NullPointerException if it is null
   */
  public Reply {
    Objects.requireNonNull(body, "body");
  }

  /**
   * {@return a success reply (code 0) with {@code body}}
   *
   * @param command the command id
   * @param body the body
   */
  public static Reply ok(int command, byte[] body) {
    return new Reply(command, 0, body);
  }

  /**
   * {@return a success reply (code 0) with an empty body}
   *
   * @param command the command id
   */
  public static Reply empty(int command) {
    return new Reply(command, 0, new byte[0]);
  }

  /**
   * {@return an error reply: result code {@code code} and an empty body}
   *
   * @param command the command id
   * @param code the frame result code, 1..255
   */
  public static Reply error(int command, int code) {
    return new Reply(command, code, new byte[0]);
  }
}
