package io.github.jmt5.ta4j;

/** A risk limit that stopped an order. */
public enum Limit {
  /** The order would have taken the open volume in the symbol over {@code maxPositionVolume}. */
  POSITION_VOLUME,
  /** {@code maxOrdersPerMinute} orders were already sent in the last 60 seconds. */
  ORDER_RATE
}
