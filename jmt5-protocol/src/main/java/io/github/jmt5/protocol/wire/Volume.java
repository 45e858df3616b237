package io.github.jmt5.protocol.wire;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Volumes travel as lots x 10^8 in a 64-bit integer. */
public final class Volume {
  /** Wire units in one lot. */
  public static final long ONE_LOT = 100_000_000L;

  private Volume() {}

  /**
   * {@return lots to wire units, rounded to 8 decimals half away from zero as the web terminal
   * does}
   *
   * @param lots volume in lots
   * @throws IllegalArgumentException for NaN, infinite or out-of-range lots
   */
  public static long toWire(double lots) {
    if (!Double.isFinite(lots) || Math.abs(lots) > 9.2e10) {
      throw new IllegalArgumentException("volume out of range: " + lots + " lots");
    }
    // BigDecimal.valueOf uses the shortest decimal form, so 0.29 becomes 29000000 exactly
    return BigDecimal.valueOf(lots)
        .movePointRight(8)
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /**
   * {@return wire units to lots}
   *
   * @param wire volume in wire units (lots x 10^8)
   */
  public static double toLots(long wire) {
    return wire / 1e8;
  }
}
