package io.github.jmt5.ta4j.example;

import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Strategy;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

/** A moving-average crossover strategy: long while the fast average of closes is above the slow. */
public final class SmaCrossover {
  private SmaCrossover() {}

  /**
   * Enters when the fast simple moving average crosses above the slow one, exits when it crosses
   * below; unstable until the slow average has its bars.
   *
   * @param series the series the indicators read
   * @param fast bars of the fast average, at least 1
   * @param slow bars of the slow average, more than {@code fast}
   * @return the strategy
   */
  public static Strategy strategy(BarSeries series, int fast, int slow) {
    if (fast < 1 || slow <= fast) {
      throw new IllegalArgumentException("need 1 <= fast < slow, got " + fast + ", " + slow);
    }
    ClosePriceIndicator close = new ClosePriceIndicator(series);
    SMAIndicator f = new SMAIndicator(close, fast);
    SMAIndicator s = new SMAIndicator(close, slow);
    return new BaseStrategy(
        "SMA(" + fast + ")/SMA(" + slow + ") crossover",
        new CrossedUpIndicatorRule(f, s),
        new CrossedDownIndicatorRule(f, s),
        slow);
  }
}
