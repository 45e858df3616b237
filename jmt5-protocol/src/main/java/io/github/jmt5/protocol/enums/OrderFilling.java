package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** Filling policy of a request ({@code type_filling}). */
public enum OrderFilling implements WireEnum {
  FOK(0, "fill or kill"),
  IOC(1, "immediate or cancel"),
  RETURN(2, "return");

  private static final Map<Integer, OrderFilling> BY_VALUE = WireEnums.index(values());

  private final int value;
  private final String description;

  OrderFilling(int value, String description) {
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
  public static Optional<OrderFilling> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
