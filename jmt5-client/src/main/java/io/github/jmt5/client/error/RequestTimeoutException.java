package io.github.jmt5.client.error;

import io.github.jmt5.protocol.Mt5Exception;
import io.github.jmt5.protocol.command.CommandId;
import java.time.Duration;

/** No reply came before the request's deadline. */
public class RequestTimeoutException extends Mt5Exception {
  private static final long serialVersionUID = 1L;

  private final int command;
  private final Duration timeout;

  public RequestTimeoutException(int command, Duration timeout) {
    super("no reply to command " + CommandId.describe(command) + " within " + timeout);
    this.command = command;
    this.timeout = timeout;
  }

  public int command() {
    return command;
  }

  public Duration timeout() {
    return timeout;
  }
}
