package io.github.jmt5.protocol.command;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What travels under one command id: the client's request payload, the server's reply body and the
 * push body. A null codec means that direction does not occur (or carries nothing anyone uses).
 *
 * @param id the command
 * @param request codec of the request payload
 * @param reply codec of the reply body
 * @param push codec of the push body
 */
public record CommandSpec(
    CommandId id,
    @Nullable BodyCodec<?> request,
    @Nullable BodyCodec<?> reply,
    @Nullable BodyCodec<?> push) {
  /**
   * Checks that {@code id} is not null.
   *
   * @param id the command
   * @param request codec of the request payload, or {@code null}
   * @param reply codec of the reply body
   * @param push codec of the push body
   * @throws NullPointerException if it is null
   */
  public CommandSpec {
    Objects.requireNonNull(id, "id");
  }
}
