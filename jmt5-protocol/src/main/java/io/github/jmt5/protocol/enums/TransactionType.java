package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The {@code transaction_type} of a cmd 10 trade-transaction record (PROTOCOL.md 7.6, 9.11).
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for values this library does not know, so new server values are never lost.
 */
public enum TransactionType implements WireEnum {
  /** Add. */
  ADD(0, "add"),
  /** Update. */
  UPDATE(1, "update"),
  /** Delete. */
  DELETE(2, "delete");

  private static final WireEnums.Table<TransactionType> TABLE = WireEnums.table(values());

  private final int value;
  private final String description;

  TransactionType(int value, String description) {
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
  public static Optional<TransactionType> find(int value) {
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
