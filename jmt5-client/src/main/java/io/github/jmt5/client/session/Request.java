package io.github.jmt5.client.session;

import io.github.jmt5.protocol.command.BodyCodec;
import io.github.jmt5.protocol.command.CommandId;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One request: the command, its encoded payload, how to decode the reply, and an optional deadline
 * overriding the session's default. Immutable.
 *
 * @param <R> the reply type
 */
public final class Request<R> {
  private final CommandId command;
  private final byte[] payload;
  private final BodyCodec<R> reply;
  private final @Nullable Duration timeout;

  /**
   * A request.
   *
   * @param command the command id
   * @param payload the encoded payload (not copied; do not change it after submitting)
   * @param reply decodes the reply body
   * @param timeout deadline from submission, or null for the session default
   */
  public Request(
      CommandId command, byte[] payload, BodyCodec<R> reply, @Nullable Duration timeout) {
    this.command = Objects.requireNonNull(command, "command");
    this.payload = Objects.requireNonNull(payload, "payload");
    this.reply = Objects.requireNonNull(reply, "reply");
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    this.timeout = timeout;
  }

  /**
   * {@return a request with an empty payload}
   *
   * @param <R> the reply type
   * @param command the command
   * @param reply decodes the reply body
   */
  public static <R> Request<R> of(CommandId command, BodyCodec<R> reply) {
    return new Request<>(command, new byte[0], reply, null);
  }

  /**
   * {@return a request whose payload {@code encoder} encodes from {@code value}}
   *
   * @param <Q> the payload type
   * @param <R> the reply type
   * @param command the command
   * @param encoder encodes the payload
   * @param value the payload value
   * @param reply decodes the reply body
   */
  public static <Q, R> Request<R> of(
      CommandId command, BodyCodec<Q> encoder, Q value, BodyCodec<R> reply) {
    return new Request<>(command, encoder.encode(value), reply, null);
  }

  /**
   * {@return the same request with its own deadline}
   *
   * @param timeout the deadline from submission, positive
   */
  public Request<R> withTimeout(Duration timeout) {
    return new Request<>(command, payload, reply, timeout);
  }

  /** {@return the command} */
  public CommandId command() {
    return command;
  }

  /** The encoded payload; the session's own view, not a copy. */
  byte[] payload() {
    return payload;
  }

  /** {@return the payload size in bytes} */
  public int payloadLength() {
    return payload.length;
  }

  /** {@return the codec that decodes the reply body} */
  public BodyCodec<R> reply() {
    return reply;
  }

  /** {@return the request's own deadline, or null for the session default} */
  public @Nullable Duration timeout() {
    return timeout;
  }

  @Override
  public String toString() {
    return "Request["
        + CommandId.describe(command.id())
        + ", "
        + payload.length
        + " bytes, timeout="
        + timeout
        + "]";
  }
}
