package io.github.jmt5.protocol.enums;

/**
 * Bit sets of symbols and accounts: fill, time and order flags of a symbol's trade settings,
 * account rights and permissions.
 */
public final class Flags {
  /** Symbol fill flag: fill or kill allowed. */
  public static final int FILL_FOK = 1;

  /** Symbol fill flag: immediate or cancel allowed. */
  public static final int FILL_IOC = 2;

  /** Symbol fill flag: book or cancel allowed. */
  public static final int FILL_BOC = 4;

  /** Symbol time flag: good till cancelled. */
  public static final int TIME_GTC = 1;

  /** Symbol time flag: day orders. */
  public static final int TIME_DAY = 2;

  /** Symbol time flag: until a time. */
  public static final int TIME_SPECIFIED = 4;

  /** Symbol time flag: until a day. */
  public static final int TIME_SPECIFIED_DAY = 8;

  /** Symbol order flag: market orders. */
  public static final int ORDER_MARKET = 1;

  /** Symbol order flag: limit orders. */
  public static final int ORDER_LIMIT = 2;

  /** Symbol order flag: stop orders. */
  public static final int ORDER_STOP = 4;

  /** Symbol order flag: stop-limit orders. */
  public static final int ORDER_STOP_LIMIT = 8;

  /** Symbol order flag: stop loss. */
  public static final int ORDER_SL = 16;

  /** Symbol order flag: take profit. */
  public static final int ORDER_TP = 32;

  /** Symbol order flag: close by. */
  public static final int ORDER_CLOSE_BY = 64;

  /** Account right: trading disabled. */
  public static final int RIGHT_TRADE_DISABLED = 4;

  /** Account right: investor (read-only) login. */
  public static final int RIGHT_INVESTOR = 8;

  /** Account right: read-only. */
  public static final int RIGHT_READ_ONLY = 512;

  /** Account right: the password must be reset. */
  public static final int RIGHT_RESET_PASSWORD = 1024;

  /** Account permission: the risk warning must be accepted (cmd 42 with code 1). */
  public static final int PERMISSION_RISK_WARNING = 16;

  /** Tick flag: the tick belongs to the delayed stream. */
  public static final int TICK_DELAYED = 0x200;

  private Flags() {}

  /** True when every bit of {@code flag} is set in {@code bits}. */
  public static boolean has(int bits, int flag) {
    return (bits & flag) == flag;
  }

  /**
   * The filling a market order should use for a symbol's fill flags: IOC, else FOK, else RETURN.
   */
  public static OrderFilling marketFilling(int fillFlags) {
    if (has(fillFlags, FILL_IOC)) {
      return OrderFilling.IOC;
    }
    if (has(fillFlags, FILL_FOK)) {
      return OrderFilling.FOK;
    }
    return OrderFilling.RETURN;
  }
}
