package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** Deal entry direction. */
public enum DealEntry implements WireEnum {
  IN(0, "in"),
  OUT(1, "out"),
  INOUT(2, "reversal"),
  OUT_BY(3, "close by");

  private static final Map<Integer, DealEntry> BY_VALUE = WireEnums.index(values());

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

  /** The constant for a wire value, if known. */
  public static Optional<DealEntry> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
