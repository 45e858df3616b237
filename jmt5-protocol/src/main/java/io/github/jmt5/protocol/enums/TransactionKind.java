package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The {@code flag_mask} of a cmd 10 trade-transaction record (PROTOCOL.md 7.6, 9.11). The first
 * record's value decides the kind of the whole body: 2 means deal records, anything else order
 * records.
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for values this library does not know, so new server values are never lost.
 */
public enum TransactionKind implements WireEnum {
  /** Open order. */
  OPEN_ORDER(0, "open order"),
  /** History order. */
  HISTORY_ORDER(1, "history order"),
  /** Deal/position/balance update. */
  DEAL(2, "deal/position/balance update");

  private static final WireEnums.Table<TransactionKind> TABLE = WireEnums.table(values());

  private final int value;
  private final String description;

  TransactionKind(int value, String description) {
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
   * {@return true for {@link #OPEN_ORDER} and {@link #HISTORY_ORDER}, whose records carry an ORDER}
   */
  public boolean isOrder() {
    return this != DEAL;
  }

  /**
   * The constant with wire value {@code value}, or empty if this library does not know it.
   *
   * @param value the wire value
   * @return the constant, or empty for a value this library does not know
   */
  public static Optional<TransactionKind> find(int value) {
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
