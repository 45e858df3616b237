package io.github.jmt5.client.error;

import io.github.jmt5.protocol.Mt5Exception;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.enums.ServerResultCode;

/** The server answered a request with a non-zero result code (PROTOCOL.md 5.9). */
public class ServerErrorException extends Mt5Exception {
  private static final long serialVersionUID = 1L;

  private final int command;
  private final int code;

  public ServerErrorException(int command, int code) {
    this(command, code, "");
  }

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

  /** The command id of the failed request. */
  public int command() {
    return command;
  }

  /** The raw result code of the reply. */
  public int code() {
    return code;
  }
}
