package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The {@code account_type} of an account (PROTOCOL.md 6.7, 9.11).
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for values this library does not know, so new server values are never lost.
 */
public enum AccountType implements WireEnum {
  /** Real. */
  REAL(0, "real"),
  /** Demo. */
  DEMO(1, "demo"),
  /** Contest. */
  CONTEST(2, "contest"),
  /** Preliminary. */
  PRELIMINARY(3, "preliminary");

  private static final WireEnums.Table<AccountType> TABLE = WireEnums.table(values());

  private final int value;
  private final String description;

  AccountType(int value, String description) {
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

  /**
   * The constant with wire value {@code value}, or empty if this library does not know it.
   *
   * @param value the wire value
   * @return the constant, or empty for a value this library does not know
   */
  public static Optional<AccountType> find(int value) {
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
