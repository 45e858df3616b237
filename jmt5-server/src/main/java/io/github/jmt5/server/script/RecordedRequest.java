package io.github.jmt5.server.script;

import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.wire.Bytes;
import java.util.Objects;

/**
 * A request the emulator received, for assertions in tests.
 *
 * @param connection id of the socket it came on
 * @param sequence its position on that socket, 1 for the bootstrap
 * @param command command id
 * @param payload raw payload after decryption
 * @param decoded the payload decoded with the command table (a typed record, or a raw body)
 * @param receivedAtMs when it arrived, Unix milliseconds
 */
public record RecordedRequest(
    String connection,
    int sequence,
    int command,
    Bytes payload,
    Object decoded,
    long receivedAtMs) {
  /**
   * Checks that {@code connection}, {@code payload} and {@code decoded} are not null.
   *
   * @param connection id of the socket it came on
   * @param sequence its position on that socket, 1 for the bootstrap
   * @param command command id
   * @param payload raw payload after decryption
   * @param decoded the payload decoded with the command table
   * @param receivedAtMs when it arrived, Unix milliseconds
   * @throws NullPointerException if any of them is null
   */
  public RecordedRequest {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(decoded, "decoded");
  }

  /** {@return {@code "28 login"}} */
  public String commandName() {
    return CommandId.describe(command);
  }
}
