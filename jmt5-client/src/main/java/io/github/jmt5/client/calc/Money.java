package io.github.jmt5.client.calc;

/** Rounding of money amounts to a currency's digits. */
public final class Money {
  private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};

  private Money() {}

  /**
   * Rounds {@code amount} to {@code digits} decimals, half away from zero (with the web terminal's
   * small epsilon, so 0.125 with 2 digits is 0.13).
   *
   * @param amount a finite amount
   * @param digits decimals kept, 0..8 (the account's {@code currency_digits})
   * @return the rounded amount
   * @throws IllegalArgumentException if the amount is not finite or digits is out of range
   */
  public static double round(double amount, int digits) {
    Args.finite(amount, "amount");
    if (digits < 0 || digits > 8) {
      throw new IllegalArgumentException("digits must be 0..8, was " + digits);
    }
    double p = POW10[digits];
    return amount >= 0
        ? Math.floor(amount * p + 0.5000001) / p
        : Math.ceil(amount * p - 0.5000001) / p;
  }
}
