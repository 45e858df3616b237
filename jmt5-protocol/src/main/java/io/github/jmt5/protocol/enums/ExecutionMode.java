package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** Symbol execution modes ({@code trade_exemode}). */
public enum ExecutionMode implements WireEnum {
  REQUEST(0, "request execution"),
  INSTANT(1, "instant execution"),
  MARKET(2, "market execution"),
  EXCHANGE(3, "exchange execution");

  private static final Map<Integer, ExecutionMode> BY_VALUE = WireEnums.index(values());

  private final int value;
  private final String description;

  ExecutionMode(int value, String description) {
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
  public static Optional<ExecutionMode> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
