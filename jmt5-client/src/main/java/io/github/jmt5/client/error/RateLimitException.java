package io.github.jmt5.client.error;

import io.github.jmt5.protocol.Mt5Exception;
import io.github.jmt5.protocol.command.CommandId;
import java.time.Duration;

/**
 * A request was refused locally because its command group's rate limit was exhausted (fail-fast
 * policy), or the wait for a permit would have exceeded the allowed maximum. Nothing was sent.
 */
public class RateLimitException extends Mt5Exception {
  private static final long serialVersionUID = 1L;

  private final int command;
  private final String group;
  private final Duration wait;

  public RateLimitException(int command, String group, Duration wait) {
    super(
        "rate limit of group "
            + group
            + " exhausted for command "
            + CommandId.describe(command)
            + "; next permit in "
            + wait);
    this.command = command;
    this.group = group;
    this.wait = wait;
  }

  public int command() {
    return command;
  }

  /** The command group whose bucket is empty. */
  public String group() {
    return group;
  }

  /** How long the request would have had to wait for a permit. */
  public Duration waitNeeded() {
    return wait;
  }
}
