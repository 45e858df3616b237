package io.github.jmt5.protocol.command;

import io.github.jmt5.protocol.wire.Bytes;
import java.util.Objects;

/**
 * The body of a command jmt5 has no codec for, kept as it arrived so that nothing is silently
 * dropped.
 *
 * @param command the command id
 * @param body the raw body
 */
public record RawBody(int command, Bytes body) {
  /**
   * Checks that {@code body} is not null.
   *
   * @param command the command id
   * @param body the raw body
   * @throws NullPointerException if it is null
   */
  public RawBody {
    Objects.requireNonNull(body, "body");
  }
}
