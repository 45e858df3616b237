package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** Account types. */
public enum AccountType implements WireEnum {
  REAL(0, "real"),
  DEMO(1, "demo"),
  CONTEST(2, "contest"),
  PRELIMINARY(3, "preliminary");

  private static final Map<Integer, AccountType> BY_VALUE = WireEnums.index(values());

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

  /** The constant for a wire value, if known. */
  public static Optional<AccountType> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
