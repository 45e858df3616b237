package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The filling policy {@code type_filling} of a trade request or order (PROTOCOL.md 9.4). The
 * symbol's allowed policies are a separate bit set, see {@link FillingFlag}.
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for values this library does not know, so new server values are never lost.
 */
public enum OrderFilling implements WireEnum {
  /** Fill or kill. */
  FOK(0, "fill or kill"),
  /** Immediate or cancel. */
  IOC(1, "immediate or cancel"),
  /** Return (the rest stays in the book). */
  RETURN(2, "return (the rest stays in the book)");

  private static final WireEnums.Table<OrderFilling> TABLE = WireEnums.table(values());

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

  /**
   * {@return the filling the web terminal sends for a market-execution order on a symbol with
   * {@code trade_fill_flags} {@code fillFlags}: IOC if allowed, else FOK if allowed, else RETURN}
   *
   * @param fillFlags the symbol's {@code trade_fill_flags} bits
   */
  public static OrderFilling forMarketExecution(int fillFlags) {
    if (FillingFlag.IOC.isSetIn(fillFlags)) {
      return IOC;
    }
    return FillingFlag.FOK.isSetIn(fillFlags) ? FOK : RETURN;
  }

  /**
   * The constant with wire value {@code value}, or empty if this library does not know it.
   *
   * @param value the wire value
   * @return the constant, or empty for a value this library does not know
   */
  public static Optional<OrderFilling> find(int value) {
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
