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

  /** Command id of the refused request. */
  private final int command;

  /** Name of the exhausted command group. */
  private final String group;

  /** How long until the group's next permit. */
  private final Duration wait;

  /**
   * A refused request.
   *
   * @param command command id of the request
   * @param group name of the exhausted command group
   * @param wait how long until the group's next permit
   */
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

  /** {@return the command id of the refused request} */
  public int command() {
    return command;
  }

  /** {@return the command group whose bucket is empty} */
  public String group() {
    return group;
  }

  /** {@return how long the request would have had to wait for a permit} */
  public Duration waitNeeded() {
    return wait;
  }
}
