package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The {@code order_state} of an order (PROTOCOL.md 9.8). (pymt5 knows 0..6 only.)
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for values this library does not know, so new server values are never lost.
 */
public enum OrderState implements WireEnum {
  /** Started. */
  STARTED(0, "started"),
  /** Placed. */
  PLACED(1, "placed"),
  /** Canceled. */
  CANCELED(2, "canceled"),
  /** Partially filled. */
  PARTIAL(3, "partially filled"),
  /** Filled. */
  FILLED(4, "filled"),
  /** Rejected. */
  REJECTED(5, "rejected"),
  /** Expired. */
  EXPIRED(6, "expired"),
  /** Request adding. */
  REQUEST_ADD(7, "request adding"),
  /** Request modifying. */
  REQUEST_MODIFY(8, "request modifying"),
  /** Request cancelling. */
  REQUEST_CANCEL(9, "request cancelling");

  private static final WireEnums.Table<OrderState> TABLE = WireEnums.table(values());

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

  /**
   * The constant with wire value {@code value}, or empty if this library does not know it.
   *
   * @param value the wire value
   * @return the constant, or empty for a value this library does not know
   */
  public static Optional<OrderState> find(int value) {
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
