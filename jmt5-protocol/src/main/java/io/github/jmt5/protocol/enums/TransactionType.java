package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** What a cmd 10 record does ({@code transaction_type}). */
public enum TransactionType implements WireEnum {
  ADD(0, "add"),
  UPDATE(1, "update"),
  DELETE(2, "delete");

  private static final Map<Integer, TransactionType> BY_VALUE = WireEnums.index(values());

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

  /** The constant for a wire value, if known. */
  public static Optional<TransactionType> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
