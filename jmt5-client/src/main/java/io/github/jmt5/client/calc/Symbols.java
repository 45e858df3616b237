package io.github.jmt5.client.calc;

import io.github.jmt5.protocol.message.market.FullSymbol;

/** Checks of the symbol fields a formula needs, with messages naming symbol and field. */
final class Symbols {
  private Symbols() {}

  static double contractSize(FullSymbol s) {
    return require(s, s.contractSize(), "contract_size");
  }

  static double faceValue(FullSymbol s) {
    return require(s, s.faceValue(), "face_value");
  }

  /** Tick value per tick size, or the tick value alone when the tick size is 0. */
  static double tickRatio(FullSymbol s) {
    double value = require(s, s.tickValue(), "tick_value");
    return s.tickSize() > 0 ? value / s.tickSize() : value;
  }

  private static double require(FullSymbol s, double value, String field) {
    if (!(Double.isFinite(value) && value > 0)) {
      throw new IllegalArgumentException(
          "symbol " + s.tradeSymbol() + ": " + field + " must be finite and > 0, was " + value);
    }
    return value;
  }
}
