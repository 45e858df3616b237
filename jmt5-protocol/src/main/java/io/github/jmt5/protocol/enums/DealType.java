package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** Deal types ({@code trade_action} of a deal). */
public enum DealType implements WireEnum {
  BUY(0, "buy"),
  SELL(1, "sell"),
  BALANCE(2, "balance"),
  CREDIT(3, "credit"),
  CHARGE(4, "charge"),
  CORRECTION(5, "correction"),
  BONUS(6, "bonus"),
  COMMISSION(7, "commission"),
  COMMISSION_DAILY(8, "daily commission"),
  COMMISSION_MONTHLY(9, "monthly commission"),
  COMMISSION_AGENT_DAILY(10, "daily agent commission"),
  COMMISSION_AGENT_MONTHLY(11, "monthly agent commission"),
  INTEREST(12, "interest"),
  BUY_CANCELED(13, "canceled buy"),
  SELL_CANCELED(14, "canceled sell"),
  DIVIDEND(15, "dividend"),
  DIVIDEND_FRANKED(16, "franked dividend"),
  TAX(17, "tax");

  private static final Map<Integer, DealType> BY_VALUE = WireEnums.index(values());

  private final int value;
  private final String description;

  DealType(int value, String description) {
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
  public static Optional<DealType> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }
}
