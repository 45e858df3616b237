package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** Position direction. */
public enum PositionType implements WireEnum {
  BUY(0, "buy"),
  SELL(1, "sell");

  private static final Map<Integer, PositionType> BY_VALUE = WireEnums.index(values());

  private final int value;
  private final String description;

  PositionType(int value, String description) {
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
  public static Optional<PositionType> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
