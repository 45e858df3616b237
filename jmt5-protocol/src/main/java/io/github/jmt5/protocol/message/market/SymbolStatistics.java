package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.wire.PriceScale;

/**
 * {@link SymbolDetails} scaled to real prices and units with the symbol's digits: prices divided by
 * 10^digits, the change in percent, volatility divided by 1000, greeks and sensitivity divided by
 * 10^5.
 *
 * @param symbolId symbol id
 * @param changeMask which fields the push carries; see {@link SymbolDetails#fields()}
 * @param timeMsc quote time, Unix milliseconds
 * @param delayed true for the delayed stream
 * @param bidLast last bid
 * @param bidHigh session high bid
 * @param bidLow session low bid
 * @param askLast last ask
 * @param askHigh session high ask
 * @param askLow session low ask
 * @param lastLast last trade price
 * @param lastHigh session high trade price
 * @param lastLow session low trade price
 * @param priceOpen session open
 * @param priceClose previous close
 * @param priceAw average weighted price
 * @param priceChange change in percent
 * @param priceVolatility volatility
 * @param priceTheoretical theoretical price
 * @param greeksDelta option delta
 * @param greeksTheta option theta
 * @param greeksGamma option gamma
 * @param greeksVega option vega
 * @param greeksRho option rho
 * @param greeksOmega option omega
 * @param sensitivity price sensitivity
 */
public record SymbolStatistics(
    int symbolId,
    long changeMask,
    long timeMsc,
    boolean delayed,
    double bidLast,
    double bidHigh,
    double bidLow,
    double askLast,
    double askHigh,
    double askLow,
    double lastLast,
    double lastHigh,
    double lastLow,
    double priceOpen,
    double priceClose,
    double priceAw,
    double priceChange,
    double priceVolatility,
    double priceTheoretical,
    double greeksDelta,
    double greeksTheta,
    double greeksGamma,
    double greeksVega,
    double greeksRho,
    double greeksOmega,
    double sensitivity) {

  /**
   * Scales {@code d} with the symbol's {@code digits} (from the symbol list, not the record).
   *
   * @param d the symbol details as received (prices in wire scale)
   * @param digits the symbol's price digits
   * @return the statistics in price units
   */
  public static SymbolStatistics of(SymbolDetails d, int digits) {
    return new SymbolStatistics(
        d.symbolId(),
        d.fields(),
        d.lasttime() * 1000L + d.lasttimeMsc(),
        (d.flags() & 1) != 0,
        PriceScale.unscale(d.bidLast(), digits),
        PriceScale.unscale(d.bidHigh(), digits),
        PriceScale.unscale(d.bidLow(), digits),
        PriceScale.unscale(d.askLast(), digits),
        PriceScale.unscale(d.askHigh(), digits),
        PriceScale.unscale(d.askLow(), digits),
        PriceScale.unscale(d.lastLast(), digits),
        PriceScale.unscale(d.lastHigh(), digits),
        PriceScale.unscale(d.lastLow(), digits),
        PriceScale.unscale(d.priceOpen(), digits),
        PriceScale.unscale(d.priceClose(), digits),
        PriceScale.unscale(d.priceAw(), digits),
        PriceScale.normalize(d.priceChange() / 100, 2),
        d.priceVolatility() / 1000,
        PriceScale.unscale(d.priceTheoretical(), digits),
        greek(d.priceGreeksDelta()),
        greek(d.priceGreeksTheta()),
        greek(d.priceGreeksGamma()),
        greek(d.priceGreeksVega()),
        greek(d.priceGreeksRho()),
        greek(d.priceGreeksOmega()),
        greek(d.priceSensitivity()));
  }

  private static double greek(long wire) {
    return PriceScale.normalize(wire / 1e5, 5);
  }
}
