package io.github.jmt5.client.calc;

/** Argument checks that name the argument and the allowed range. */
final class Args {
  private Args() {}

  /** {@code value} if it is finite and above 0. */
  static double positive(double value, String name) {
    if (!(Double.isFinite(value) && value > 0)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
    }
    return value;
  }

  /** {@code value} if it is finite and at least 0. */
  static double nonNegative(double value, String name) {
    if (!(Double.isFinite(value) && value >= 0)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
    }
    return value;
  }

  /** {@code value} if it is finite. */
  static double finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite, was " + value);
    }
    return value;
  }

  /** {@code value} if it is at least 0. */
  static int nonNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + value);
    }
    return value;
  }

  /** {@code currency} if it is not blank. */
  static String currency(String currency, String name) {
    if (currency.isBlank()) {
      throw new IllegalArgumentException(name + " must be a non-blank currency code");
    }
    return currency;
  }
}
