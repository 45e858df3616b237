package io.github.jmt5.ta4j;

import org.ta4j.core.BarSeries;

/** Hears each bar of a {@link LiveBarSeries} once, when it has completed. */
@FunctionalInterface
public interface BarCompletedListener {
  /**
   * Bar {@code index} of {@code series} has completed. Called on the client's event thread with the
   * series locked, so the series can be read here but must not be kept for reading later; return
   * quickly (hand longer work, such as trading, to another thread).
   *
   * @param series the series, its newest bar the completed one
   * @param index the ta4j index of the completed bar
   */
  void barCompleted(BarSeries series, int index);
}
