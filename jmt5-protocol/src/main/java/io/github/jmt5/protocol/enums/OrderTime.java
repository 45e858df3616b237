package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The order lifetime {@code type_time} of a trade request or order (PROTOCOL.md 9.5). The symbol's
 * allowed lifetimes are a separate bit set, see {@link TimeFlag}.
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for values this library does not know, so new server values are never lost.
 */
public enum OrderTime implements WireEnum {
  /** Good till canceled. */
  GTC(0, "good till canceled"),
  /** Good for the day. */
  DAY(1, "good for the day"),
  /** Good till time_expiration. */
  SPECIFIED(2, "good till time_expiration"),
  /** Good till the day of time_expiration. */
  SPECIFIED_DAY(3, "good till the day of time_expiration");

  private static final WireEnums.Table<OrderTime> TABLE = WireEnums.table(values());

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

  /** {@return the symbol {@code trade_time_flags} bit that allows this lifetime} */
  public TimeFlag flag() {
    return switch (this) {
      case GTC -> TimeFlag.GTC;
      case DAY -> TimeFlag.DAY;
      case SPECIFIED -> TimeFlag.SPECIFIED;
      case SPECIFIED_DAY -> TimeFlag.SPECIFIED_DAY;
    };
  }

  /**
   * {@return true when a symbol with {@code trade_time_flags} {@code timeFlags} allows this
   * lifetime}
   *
   * @param timeFlags the symbol's {@code trade_time_flags} bits
   */
  public boolean isAllowedBy(int timeFlags) {
    return flag().isSetIn(timeFlags);
  }

  /**
   * The constant with wire value {@code value}, or empty if this library does not know it.
   *
   * @param value the wire value
   * @return the constant, or empty for a value this library does not know
   */
  public static Optional<OrderTime> find(int value) {
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
