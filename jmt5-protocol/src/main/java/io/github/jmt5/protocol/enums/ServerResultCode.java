package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The result code of a reply (PROTOCOL.md 5.9): the u8 {@code code} of the inner frame, 0 on
 * success. Any non-zero code on cmd 28 is an authorization failure. Trade outcomes are never here;
 * see {@link TradeRetcode}.
 *
 * <p>The web terminal's message table also holds values above 255 that cannot be a frame code: 1031
 * and 2000-2008 (password-policy checks) are included because reply bodies carry them (the i32 of
 * cmd 24, the u32 {@code code} of cmd 30/39); {@link #isFrameCode()} tells them apart. The
 * client-side states 100, 104 and 408 are not server values and are not listed. Texts for 2002-2004
 * are not known.
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for codes this library does not know, so new server codes are never lost.
 */
public enum ServerResultCode implements WireEnum {
  /** Success. */
  SUCCESS(0, "success"),
  /** Internal error. */
  INTERNAL_ERROR(1, "internal error"),
  /** Trade server not available. */
  TRADE_SERVER_UNAVAILABLE(2, "trade server not available"),
  /** Invalid account or password. */
  INVALID_ACCOUNT(3, "invalid account or password"),
  /** Error 4 (no message text). */
  CODE_4(4, "error 4 (no message text)"),
  /** OTP required (or invalid OTP if one was sent). */
  OTP_REQUIRED(5, "OTP required (or invalid OTP if one was sent)"),
  /** 2FA/TOTP must be enabled for this account. */
  TOTP_SETUP_REQUIRED(6, "2FA/TOTP must be enabled for this account"),
  /** Invalid e-mail. */
  INVALID_EMAIL(7, "invalid e-mail"),
  /** Invalid phone. */
  INVALID_PHONE(8, "invalid phone"),
  /** SSL-certificate authorization not supported. */
  SSL_CERTIFICATE_UNSUPPORTED(9, "SSL-certificate authorization not supported"),
  /** Invalid OTP. */
  INVALID_OTP(201, "invalid OTP"),
  /** Invalid verification code. */
  INVALID_VERIFICATION_CODE(1031, "invalid verification code"),
  /** Password too short. */
  PASSWORD_TOO_SHORT(2000, "password too short"),
  /** Password needs lower and upper case letters, digits and symbols. */
  PASSWORD_TOO_SIMPLE(2001, "password needs lower and upper case letters, digits and symbols"),
  /** Password-policy check failed (text unknown). */
  PASSWORD_CHECK_2002(2002, "password-policy check failed (text unknown)"),
  /** Password-policy check failed (text unknown). */
  PASSWORD_CHECK_2003(2003, "password-policy check failed (text unknown)"),
  /** Password-policy check failed (text unknown). */
  PASSWORD_CHECK_2004(2004, "password-policy check failed (text unknown)"),
  /** Current password incorrect. */
  CURRENT_PASSWORD_INCORRECT(2005, "current password incorrect"),
  /** Passwords do not match. */
  PASSWORD_MISMATCH(2006, "passwords do not match"),
  /** Password empty. */
  PASSWORD_EMPTY_2007(2007, "password empty"),
  /** Password empty. */
  PASSWORD_EMPTY_2008(2008, "password empty");

  private static final WireEnums.Table<ServerResultCode> TABLE = WireEnums.table(values());

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

  /** {@return true for {@link #SUCCESS}} */
  public boolean isSuccess() {
    return this == SUCCESS;
  }

  /**
   * {@return true when the value fits the u8 {@code code} of a frame; false for the values that
   * only reply bodies carry (1031, 2000-2008)}
   */
  public boolean isFrameCode() {
    return value <= 0xFF;
  }

  /**
   * The constant with wire value {@code value}, or empty if this library does not know it.
   *
   * @param value the wire value
   * @return the constant, or empty for a value this library does not know
   */
  public static Optional<ServerResultCode> find(int value) {
    return TABLE.find(value);
  }

  /**
   * The description of wire value {@code value}, or {@code "unknown (N)"}.
   *
   * @param value the wire value, known or not
   * @return the constant's description, or {@code "unknown (N)"}
   */
  public static String describe(int value) {
    return WireEnums.describe(TABLE, value);
  }
}
