package io.github.jmt5.protocol.enums;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The known bits of an account's {@code rights} (PROTOCOL.md 5.5, 6.7, 9.11). The web terminal
 * checks them right after cmd 3; with {@link #RESET_PASSWORD} set it loads nothing else.
 *
 * <p>Fields keep the raw {@code int}; bits without a constant are ignored by {@link #of(int)} and
 * reported by {@link #unknownBits(int)}.
 */
public enum AccountRights implements WireFlag {
  /** Bit 4: trading disabled. */
  TRADE_DISABLED(4, "trading disabled"),
  /** Bit 8: investor (read-only) login. */
  INVESTOR(8, "investor (read-only) login"),
  /** Bit 512: read-only. */
  READ_ONLY(512, "read-only"),
  /** Bit 1024: password reset required. */
  RESET_PASSWORD(1024, "password reset required");

  private static final WireEnums.Flags<AccountRights> FLAGS =
      WireEnums.flags(AccountRights.class, values());

  private final int value;
  private final String description;

  AccountRights(int value, String description) {
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
   * {@return true when {@code rights} has bit 4, trading disabled}
   *
   * @param rights the account's {@code rights} field
   */
  public static boolean isTradeDisabled(int rights) {
    return TRADE_DISABLED.isSetIn(rights);
  }

  /**
   * {@return true when {@code rights} has bit 8, an investor (read-only) login}
   *
   * @param rights the account's {@code rights} field
   */
  public static boolean isInvestor(int rights) {
    return INVESTOR.isSetIn(rights);
  }

  /**
   * {@return true when {@code rights} has bit 512, read-only}
   *
   * @param rights the account's {@code rights} field
   */
  public static boolean isReadOnly(int rights) {
    return READ_ONLY.isSetIn(rights);
  }

  /**
   * {@return true when {@code rights} has bit 1024: the password must be changed before anything
   * else}
   *
   * @param rights the account's {@code rights} field
   */
  public static boolean isPasswordResetRequired(int rights) {
    return RESET_PASSWORD.isSetIn(rights);
  }

  /**
   * True when {@code flag} is set in {@code bits}.
   *
   * @param bits the field value
   * @param flag the flag to test
   * @return {@code true} when the flag's bit is set in {@code bits}
   */
  public static boolean has(int bits, AccountRights flag) {
    return flag.isSetIn(bits);
  }

  /**
   * The known flags set in {@code bits}, as a new mutable set; unknown bits are ignored.
   *
   * @param bits the field value
   * @return a new mutable set of the known flags whose bits are set
   */
  public static EnumSet<AccountRights> of(int bits) {
    return FLAGS.of(bits);
  }

  /**
   * The field value with exactly the bits of {@code flags}.
   *
   * @param flags the flags to set; may be empty
   * @return the field value with those bits and no others
   */
  public static int toBits(Set<AccountRights> flags) {
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
  public static Optional<AccountRights> find(int value) {
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
