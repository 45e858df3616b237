package io.github.jmt5.client.error;

import io.github.jmt5.protocol.command.CommandId;

/**
 * The login was refused (cmd 28 with a non-zero code). {@link #reason()} tells a wrong password
 * from a missing or wrong one-time password; reconnecting never retries after this error.
 */
public class AuthenticationException extends ServerErrorException {
  private static final long serialVersionUID = 1L;

  /** Why the server refused the login. */
  public enum Reason {
    /** Code 3: unknown account or wrong password. */
    INVALID_CREDENTIALS,
    /** Code 5 with no OTP sent: the account has 2FA and needs a one-time password. */
    OTP_REQUIRED,
    /** Code 201, or code 5 when an OTP was sent: the one-time password is wrong. */
    INVALID_OTP,
    /** Code 6: the account must enable 2FA before it may log in. */
    TOTP_SETUP_REQUIRED,
    /** Any other non-zero code. */
    OTHER
  }

  /** The login that was refused. */
  private final long login;

  /** Why the login was refused. */
  private final Reason reason;

  /**
   * A refused login.
   *
   * @param login the account number
   * @param code the cmd 28 reply code
   * @param otpSent whether a one-time password was sent (tells code 5 apart)
   */
  public AuthenticationException(long login, int code, boolean otpSent) {
    super(
        CommandId.LOGIN.id(),
        code,
        "login " + login + " refused: " + describe(reasonOf(code, otpSent)));
    this.login = login;
    this.reason = reasonOf(code, otpSent);
  }

  /** {@return the account that was refused} */
  public long login() {
    return login;
  }

  /** {@return why it was refused} */
  public Reason reason() {
    return reason;
  }

  static Reason reasonOf(int code, boolean otpSent) {
    return switch (code) {
      case 3 -> Reason.INVALID_CREDENTIALS;
      case 5 -> otpSent ? Reason.INVALID_OTP : Reason.OTP_REQUIRED;
      case 201 -> Reason.INVALID_OTP;
      case 6 -> Reason.TOTP_SETUP_REQUIRED;
      default -> Reason.OTHER;
    };
  }

  private static String describe(Reason reason) {
    return switch (reason) {
      case INVALID_CREDENTIALS -> "invalid account or password";
      case OTP_REQUIRED -> "a one-time password is required";
      case INVALID_OTP -> "the one-time password is wrong";
      case TOTP_SETUP_REQUIRED -> "2FA must be enabled for this account first";
      case OTHER -> "authorization error";
    };
  }
}
