package io.github.jmt5.server.internal.session;

import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.enums.ServerResultCode;
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
   * {@return a success reply (code 0) to or push of {@code command} with {@code body}}
   *
   * @param command the command
   * @param body the body
   */
  public static Reply ok(CommandId command, byte[] body) {
    return ok(command.id(), body);
  }

  /**
   * {@return a success reply (code 0) to {@code command} with an empty body}
   *
   * @param command the command
   */
  public static Reply empty(CommandId command) {
    return empty(command.id());
  }

  /**
   * {@return an error reply to {@code command}: result code {@code code} and an empty body}
   *
   * @param command the command id
   * @param code the frame result code
   */
  public static Reply error(int command, ServerResultCode code) {
    return error(command, code.value());
  }

  /**
   * {@return an error reply to {@code command}: result code {@code code} and an empty body}
   *
   * @param command the command
   * @param code the frame result code
   */
  public static Reply error(CommandId command, ServerResultCode code) {
    return error(command.id(), code.value());
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
