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
  public RawBody {
    Objects.requireNonNull(body, "body");
  }
}
