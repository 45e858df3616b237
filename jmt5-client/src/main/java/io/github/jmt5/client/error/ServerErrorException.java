package io.github.jmt5.client.error;

import io.github.jmt5.protocol.Mt5Exception;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.enums.ServerResultCode;

/** The server answered a request with a non-zero result code (PROTOCOL.md 5.9). */
public class ServerErrorException extends Mt5Exception {
  private static final long serialVersionUID = 1L;

  /** Command id of the request the server refused. */
  private final int command;

  /** The non-zero result code of the reply frame. */
  private final int code;

  /**
   * A reply with a non-zero result code.
   *
   * @param command command id of the request
   * @param code the result code, 1..255
   */
  public ServerErrorException(int command, int code) {
    this(command, code, "");
  }

  /**
   * A reply with a non-zero result code, with extra detail for the message.
   *
   * @param command command id of the request
   * @param code the result code
   * @param detail more about the failure, may be empty
   */
  protected ServerErrorException(int command, int code, String detail) {
    super(
        "command "
            + CommandId.describe(command)
            + " failed with code "
            + code
            + " ("
            + ServerResultCode.describe(code)
            + ")"
            + (detail.isEmpty() ? "" : ": " + detail));
    this.command = command;
    this.code = code;
  }

  /** {@return the command id of the failed request} */
  public int command() {
    return command;
  }

  /** {@return the raw result code of the reply} */
  public int code() {
    return code;
  }
}
