package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * The {@code entry} of a deal: whether it opened, closed or reversed a position (PROTOCOL.md 9.7).
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for values this library does not know, so new server values are never lost.
 */
public enum DealEntry implements WireEnum {
  /** In. */
  IN(0, "in"),
  /** Out. */
  OUT(1, "out"),
  /** In/out (reversal). */
  INOUT(2, "in/out (reversal)"),
  /** Out by (close by). */
  OUT_BY(3, "out by (close by)");

  private static final WireEnums.Table<DealEntry> TABLE = WireEnums.table(values());

  private final int value;
  private final String description;

  DealEntry(int value, String description) {
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
  public static Optional<DealEntry> find(int value) {
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
