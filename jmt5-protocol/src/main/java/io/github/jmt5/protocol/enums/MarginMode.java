package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** Account margin modes. */
public enum MarginMode implements WireEnum {
  RETAIL_NETTING(0, "retail netting"),
  EXCHANGE(1, "exchange"),
  RETAIL_HEDGING(2, "retail hedging");

  private static final Map<Integer, MarginMode> BY_VALUE = WireEnums.index(values());

  private final int value;
  private final String description;

  MarginMode(int value, String description) {
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
  public static Optional<MarginMode> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
