package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** Order states. */
public enum OrderState implements WireEnum {
  STARTED(0, "started"),
  PLACED(1, "placed"),
  CANCELED(2, "canceled"),
  PARTIAL(3, "partially filled"),
  FILLED(4, "filled"),
  REJECTED(5, "rejected"),
  EXPIRED(6, "expired"),
  REQUEST_ADD(7, "request adding"),
  REQUEST_MODIFY(8, "request modifying"),
  REQUEST_CANCEL(9, "request cancelling");

  private static final Map<Integer, OrderState> BY_VALUE = WireEnums.index(values());

  private final int value;
  private final String description;

  OrderState(int value, String description) {
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
  public static Optional<OrderState> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
