package io.github.jmt5.server.script;

import io.github.jmt5.protocol.wire.Bytes;
import java.util.Objects;

/**
 * A canned answer to the next request with a command id: the emulator sends it instead of computing
 * one.
 *
 * @param command the command it answers
 * @param code result code, 0 for success
 * @param body reply body
 */
public record ScriptedReply(int command, int code, Bytes body) {
  /**
   * Checks that {@code body} is not null.
   *
   * @param command the command it answers
   * @param code result code, 0 for success
   * @param body reply body
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException if {@code code} is outside 0..255
   */
  public ScriptedReply {
    Objects.requireNonNull(body, "body");
    if (code < 0 || code > 255) {
      throw new IllegalArgumentException("code must fit in a byte, was " + code);
    }
  }

  /**
   * {@return a success reply (code 0) with {@code body}}
   *
   * @param command the command id it answers
   * @param body the reply body
   */
  public static ScriptedReply of(int command, byte[] body) {
    return new ScriptedReply(command, 0, Bytes.of(body));
  }

  /**
   * {@return an error reply: result code {@code code} and an empty body}
   *
   * @param command the command id it answers
   * @param code the frame result code, 1..255
   */
  public static ScriptedReply error(int command, int code) {
    return new ScriptedReply(command, code, Bytes.empty());
  }
}
