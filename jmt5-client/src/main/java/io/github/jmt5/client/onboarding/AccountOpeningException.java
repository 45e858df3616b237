package io.github.jmt5.client.onboarding;

import io.github.jmt5.client.error.ServerErrorException;

/**
 * The server refused to open an account: the cmd 30 (demo) or cmd 39 (real) reply carried a
 * non-zero u32 result code in its body, e.g. 1031 "invalid verification code" (PROTOCOL.md 5.9).
 * {@link #code()} is that value, which may exceed the 8-bit frame code.
 */
public class AccountOpeningException extends ServerErrorException {
  private static final long serialVersionUID = 1L;

  /**
   * A refused opening.
   *
   * @param command the command that reported it (30 or 39)
   * @param code the u32 code of its reply
   */
  public AccountOpeningException(int command, int code) {
    super(command, code, "the account was not opened");
  }
}
