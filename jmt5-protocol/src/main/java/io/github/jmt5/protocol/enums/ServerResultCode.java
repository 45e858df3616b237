package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/**
 * Result codes of a reply frame (the inner {@code code} byte), and the related values that reply
 * bodies or local checks use.
 */
public enum ServerResultCode implements WireEnum {
  OK(0, "success"),
  INTERNAL_ERROR(1, "internal error"),
  TRADE_SERVER_UNAVAILABLE(2, "trade server not available"),
  INVALID_ACCOUNT(3, "invalid account or password"),
  NO_TEXT(4, "error 4"),
  OTP_REQUIRED(5, "one-time password required or invalid"),
  OTP_MUST_BE_ENABLED(6, "two-factor authentication must be enabled for this account"),
  INVALID_EMAIL(7, "invalid e-mail"),
  INVALID_PHONE(8, "invalid phone"),
  SSL_NOT_SUPPORTED(9, "SSL-certificate authorization not supported"),
  INVALID_OTP(201, "invalid one-time password"),
  INVALID_VERIFICATION_CODE(1031, "invalid verification code"),
  PASSWORD_TOO_SHORT(2000, "password too short"),
  PASSWORD_TOO_SIMPLE(2001, "password needs lower and upper case letters, digits and symbols"),
  PASSWORD_INCORRECT(2005, "current password incorrect"),
  PASSWORD_MISMATCH(2006, "passwords do not match"),
  PASSWORD_EMPTY(2007, "password is empty"),
  NEW_PASSWORD_EMPTY(2008, "new password is empty");

  private static final Map<Integer, ServerResultCode> BY_VALUE = WireEnums.index(values());

  private final int value;
  private final String description;

  ServerResultCode(int value, String description) {
    this.value = value;
    this.description = description;
  }

  @Override
  public int value() {
    return value;
  }

  @Override
  public String description() {
    return description;
  }

  /** The constant for a wire value, if known. */
  public static Optional<ServerResultCode> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
