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
  public ScriptedReply {
    Objects.requireNonNull(body, "body");
    if (code < 0 || code > 255) {
      throw new IllegalArgumentException("code must fit in a byte, was " + code);
    }
  }

  public static ScriptedReply of(int command, byte[] body) {
    return new ScriptedReply(command, 0, Bytes.of(body));
  }

  public static ScriptedReply error(int command, int code) {
    return new ScriptedReply(command, code, Bytes.empty());
  }
}
