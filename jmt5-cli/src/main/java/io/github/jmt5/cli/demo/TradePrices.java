package io.github.jmt5.cli.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Prices a little away from the market, for orders that should not fill at once. */
final class TradePrices {
  private TradePrices() {}

  /** {@code fraction} below {@code price}, rounded down to {@code digits} decimals. */
  static double below(double price, double fraction, int digits) {
    return BigDecimal.valueOf(price * (1 - fraction))
        .setScale(digits, RoundingMode.FLOOR)
        .doubleValue();
  }
}
