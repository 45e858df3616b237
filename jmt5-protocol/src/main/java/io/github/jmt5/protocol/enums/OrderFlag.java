package io.github.jmt5.protocol.enums;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The bits of a symbol's {@code trade_order_flags}: the order types and stops it allows
 * (PROTOCOL.md 9.11). See {@link OrderType#flag()}.
 *
 * <p>Fields keep the raw {@code int}; bits without a constant are ignored by {@link #of(int)} and
 * reported by {@link #unknownBits(int)}.
 */
public enum OrderFlag implements WireFlag {
  /** Bit 1: market orders. */
  MARKET(1, "market orders"),
  /** Bit 2: limit orders. */
  LIMIT(2, "limit orders"),
  /** Bit 4: stop orders. */
  STOP(4, "stop orders"),
  /** Bit 8: stop-limit orders. */
  STOP_LIMIT(8, "stop-limit orders"),
  /** Bit 16: stop loss. */
  SL(16, "stop loss"),
  /** Bit 32: take profit. */
  TP(32, "take profit"),
  /** Bit 64: close by. */
  CLOSE_BY(64, "close by");

  private static final WireEnums.Flags<OrderFlag> FLAGS =
      WireEnums.flags(OrderFlag.class, values());

  private final int value;
  private final String description;

  OrderFlag(int value, String description) {
    this.value = value;
    this.description = description;
  }

  /** The bit mask of this flag. */
  @Override
  public int value() {
    return value;
  }

  @Override
  public String description() {
    return description;
  }

  /**
   * True when {@code flag} is set in {@code bits}.
   *
   * @param bits the field value
   * @param flag the flag to test
   * @return {@code true} when the flag's bit is set in {@code bits}
   */
  public static boolean has(int bits, OrderFlag flag) {
    return flag.isSetIn(bits);
  }

  /**
   * The known flags set in {@code bits}, as a new mutable set; unknown bits are ignored.
   *
   * @param bits the field value
   * @return a new mutable set of the known flags whose bits are set
   */
  public static EnumSet<OrderFlag> of(int bits) {
    return FLAGS.of(bits);
  }

  /**
   * The field value with exactly the bits of {@code flags}.
   *
   * @param flags the flags to set; may be empty
   * @return the field value with those bits and no others
   */
  public static int toBits(Set<OrderFlag> flags) {
    return WireEnums.toBits(flags);
  }

  /**
   * The bits of {@code bits} that have no constant here (0 if all are known).
   *
   * @param bits the field value
   * @return the set bits that have no constant, 0 if all are known
   */
  public static int unknownBits(int bits) {
    return FLAGS.unknownBits(bits);
  }

  /**
   * The set flags' names joined by {@code |}, unknown bits in hex, or {@code "none"} for 0.
   *
   * @param bits the field value
   * @return the set flags' names joined by {@code |}, unknown bits in hex, or {@code "none"} for 0
   */
  public static String describeBits(int bits) {
    return FLAGS.describeBits(bits);
  }

  /**
   * The flag whose bit mask is exactly {@code value}, if known.
   *
   * @param value a single-bit mask
   * @return the flag with exactly that mask, or empty if none
   */
  public static Optional<OrderFlag> find(int value) {
    return FLAGS.table().find(value);
  }

  /**
   * The description of the single-bit mask {@code value}, or {@code "unknown (N)"}.
   *
   * @param value a single-bit mask, known or not
   * @return the flag's description, or {@code "unknown (N)"}
   */
  public static String describe(int value) {
    return WireEnums.describe(FLAGS.table(), value);
  }
}
