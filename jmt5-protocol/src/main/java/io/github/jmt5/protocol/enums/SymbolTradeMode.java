package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The symbol {@code trade_mode}: which trades the symbol allows (PROTOCOL.md 9.11). The web
 * terminal checks it locally (retcodes 10017, 10042, 10043, 10044).
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for values this library does not know, so new server values are never lost.
 */
public enum SymbolTradeMode implements WireEnum {
  /** Disabled. */
  DISABLED(0, "disabled"),
  /** Long only. */
  LONG_ONLY(1, "long only"),
  /** Short only. */
  SHORT_ONLY(2, "short only"),
  /** Close only. */
  CLOSE_ONLY(3, "close only"),
  /** Full access. */
  FULL(4, "full access");

  private static final WireEnums.Table<SymbolTradeMode> TABLE = WireEnums.table(values());

  private final int value;
  private final String description;

  SymbolTradeMode(int value, String description) {
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
  public static Optional<SymbolTradeMode> find(int value) {
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
