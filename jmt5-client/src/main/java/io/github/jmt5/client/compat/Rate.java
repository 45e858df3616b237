package io.github.jmt5.client.compat;

import io.github.jmt5.protocol.message.market.Bar;

/**
 * One bar, as a row of the official {@code copy_rates_*} arrays.
 *
 * @param time bar open time, Unix seconds
 * @param open open price
 * @param high highest price
 * @param low lowest price
 * @param close close price
 * @param tickVolume number of ticks
 * @param spread always 0: the web protocol's bars carry no spread
 * @param realVolume exchange volume (0 for OTC symbols)
 */
public record Rate(
    long time,
    double open,
    double high,
    double low,
    double close,
    long tickVolume,
    int spread,
    long realVolume) {
  static Rate of(Bar b) {
    return new Rate(
        Integer.toUnsignedLong(b.time()),
        b.open(),
        b.high(),
        b.low(),
        b.close(),
        Integer.toUnsignedLong(b.tickVolume()),
        0,
        Math.round(b.realVolume()));
  }
}
