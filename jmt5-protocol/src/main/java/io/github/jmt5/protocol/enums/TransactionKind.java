package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** Kinds of cmd 10 records ({@code flag_mask}). */
public enum TransactionKind implements WireEnum {
  OPEN_ORDER(0, "open order"),
  HISTORY_ORDER(1, "history order"),
  DEAL(2, "deal, position and balance");

  private static final Map<Integer, TransactionKind> BY_VALUE = WireEnums.index(values());

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

  /** The constant for a wire value, if known. */
  public static Optional<TransactionKind> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
