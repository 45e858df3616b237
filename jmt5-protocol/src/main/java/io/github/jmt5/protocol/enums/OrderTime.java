package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** Order lifetime ({@code type_time}). */
public enum OrderTime implements WireEnum {
  GTC(0, "good till cancelled"),
  DAY(1, "good till end of day"),
  SPECIFIED(2, "good till the expiration time"),
  SPECIFIED_DAY(3, "good till the expiration day");

  private static final Map<Integer, OrderTime> BY_VALUE = WireEnums.index(values());

  private final int value;
  private final String description;

  OrderTime(int value, String description) {
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
  public static Optional<OrderTime> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
