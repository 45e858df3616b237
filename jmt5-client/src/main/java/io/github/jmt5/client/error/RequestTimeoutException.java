package io.github.jmt5.client.error;

import io.github.jmt5.protocol.Mt5Exception;
import io.github.jmt5.protocol.command.CommandId;
import java.time.Duration;

/** No reply came before the request's deadline. */
public class RequestTimeoutException extends Mt5Exception {
  private static final long serialVersionUID = 1L;

  /** Command id of the request that timed out. */
  private final int command;

  /** The deadline the request had. */
  private final Duration timeout;

  /**
   * A request that got no reply in time.
   *
   * @param command command id of the request
   * @param timeout the deadline it had
   */
  public RequestTimeoutException(int command, Duration timeout) {
    super("no reply to command " + CommandId.describe(command) + " within " + timeout);
    this.command = command;
    this.timeout = timeout;
  }

  /** {@return the command id of the request that timed out} */
  public int command() {
    return command;
  }

  /** {@return the deadline the request had} */
  public Duration timeout() {
    return timeout;
  }
}
