package io.github.jmt5.client.calc;

import io.github.jmt5.protocol.wire.PriceScale;

/**
 * The latest bid and ask of a symbol in real (unscaled) prices.
 *
 * <p>Ticks carry prices scaled by 10^digits (PROTOCOL.md 8.2); {@link #fromWire(double, double,
 * int)} scales them back, and {@link #of(io.github.jmt5.protocol.state.Quote)} takes a quote merged
 * by {@link io.github.jmt5.protocol.state.TickMerger}, which is already unscaled.
 *
 * @param bid best bid, finite and above 0
 * @param ask best ask, finite and above 0
 */
public record Quote(double bid, double ask) {

  /**
   * Checks the prices.
   *
   * @param bid best bid, finite and above 0
   * @param ask best ask, finite and above 0
   * @throws IllegalArgumentException if a price is not finite or not above 0
   */
  public Quote {
    Args.positive(bid, "bid");
    Args.positive(ask, "ask");
  }

  /**
   * A quote from tick prices as they travel, {@code price x 10^digits}.
   *
   * @param bidWire the scaled bid
   * @param askWire the scaled ask
   * @param digits the symbol's price digits, 0..8 are significant
   * @return the unscaled quote
   * @throws IllegalArgumentException if a scaled price is 0 or negative, or digits is negative
   */
  public static Quote fromWire(double bidWire, double askWire, int digits) {
    Args.nonNegative(digits, "digits");
    return new Quote(PriceScale.unscale(bidWire, digits), PriceScale.unscale(askWire, digits));
  }

  /**
   * A quote from a merged tick-stream quote.
   *
   * @param merged a quote with both bid and ask known
   * @return its bid and ask
   * @throws IllegalArgumentException if its bid or ask is not known yet (0)
   */
  public static Quote of(io.github.jmt5.protocol.state.Quote merged) {
    return new Quote(merged.bid(), merged.ask());
  }

  /**
   * The price a trade on {@code side} is done at: the ask for a buy, the bid for a sell.
   *
   * @param side the side of the trade
   * @return the ask or the bid
   */
  public double price(Side side) {
    return side == Side.BUY ? ask : bid;
  }

  /** {@return the spread, {@code ask - bid}, in price units} */
  public double spread() {
    return ask - bid;
  }
}
