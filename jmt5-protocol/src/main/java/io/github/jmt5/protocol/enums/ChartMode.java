package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** Which price a chart is drawn from. */
public enum ChartMode implements WireEnum {
  BID(0, "bid"),
  LAST(1, "last");

  private static final Map<Integer, ChartMode> BY_VALUE = WireEnums.index(values());

  private final int value;
  private final String description;

  ChartMode(int value, String description) {
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
  public static Optional<ChartMode> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
