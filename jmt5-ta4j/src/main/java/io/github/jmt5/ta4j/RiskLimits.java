package io.github.jmt5.ta4j;

/**
 * The limits a {@link StrategyRunner} trades within.
 *
 * @param orderVolume lots of every entry order
 * @param maxPositionVolume the most lots the account may hold open in the symbol (all positions,
 *     either side, including ones the runner did not open); an entry that would exceed it is
 *     skipped
 * @param maxOrdersPerMinute the most orders (entries and exits) in any 60 seconds; an entry beyond
 *     it is skipped, an exit is always sent (it reduces risk) but counts
 */
public record RiskLimits(double orderVolume, double maxPositionVolume, int maxOrdersPerMinute) {

  /** Checks the components. */
  public RiskLimits {
    if (!(orderVolume > 0) || Double.isInfinite(orderVolume)) {
      throw new IllegalArgumentException("orderVolume must be a positive number of lots");
    }
    if (!(maxPositionVolume >= orderVolume)) {
      throw new IllegalArgumentException(
          "maxPositionVolume must be at least orderVolume, was " + maxPositionVolume);
    }
    if (maxOrdersPerMinute < 1) {
      throw new IllegalArgumentException(
          "maxOrdersPerMinute must be >= 1, was " + maxOrdersPerMinute);
    }
  }
}
