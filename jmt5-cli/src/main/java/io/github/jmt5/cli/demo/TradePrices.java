package io.github.jmt5.cli.demo;

/** Prices a little away from the market, for orders that should not fill at once. */
final class TradePrices {
  private TradePrices() {}

  /** {@code fraction} below {@code price}, rounded down to 5 decimals. */
  static double below(double price, double fraction) {
    return Math.floor(price * (1 - fraction) * 1e5) / 1e5;
  }
}
