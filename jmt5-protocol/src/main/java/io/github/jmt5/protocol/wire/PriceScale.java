package io.github.jmt5.protocol.wire;

/**
 * Tick, symbol-detail and book prices travel multiplied by 10^digits. This class scales them back
 * and rounds the way the web terminal does, so half-pips round half up (87154.5 with 5 digits is
 * 0.87155).
 */
public final class PriceScale {
  private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

  private PriceScale() {}

  /**
   * {@return {@code wire / 10^n} normalised to {@code n} digits, with {@code n = min(digits, 8)}}
   *
   * @param wire a price as sent on the wire
   * @param digits the symbol's digits; values above 8 count as 8
   */
  public static double unscale(double wire, int digits) {
    int n = clampDigits(digits);
    return normalize(wire / POW10[n], n);
  }

  /**
   * {@return the inverse used by servers and tests: {@code price * 10^min(digits, 8)}}
   *
   * @param price a price
   * @param digits the symbol's digits; values above 8 count as 8
   */
  public static double scale(double price, int digits) {
    return price * POW10[clampDigits(digits)];
  }

  /**
   * Rounds {@code x} to {@code digits} decimals, half away from zero with the web terminal's
   * epsilon.
   *
   * @param x the value to round
   * @param digits decimals; values above 8 count as 8
   * @return the rounded value
   */
  public static double normalize(double x, int digits) {
    double p = POW10[clampDigits(digits)];
    return x >= 0 ? Math.floor(x * p + 0.5000001) / p : Math.ceil(x * p - 0.5000001) / p;
  }

  private static int clampDigits(int digits) {
    return Math.max(0, Math.min(digits, 8));
  }
}
