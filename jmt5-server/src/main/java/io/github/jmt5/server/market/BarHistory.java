package io.github.jmt5.server.market;

import io.github.jmt5.protocol.message.market.Bar;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bars of any timeframe over any range, computed on demand from the {@link PricePath}: M1 bars come
 * straight from the path; every longer bar aggregates exactly the M1 bars inside it (open of the
 * first, close of the last, highest high, lowest low, summed tick volume). Minutes when the market
 * is closed have no bar. Thread-safe.
 */
public final class BarHistory {
  /** Most bars one request returns; a longer range returns its first bars up to this many. */
  public static final int MAX_BARS = 100_000;

  private final PricePath path;
  private final TradingHours hours;

  /**
   * History drawn from {@code path}, with bars only while {@code hours} say the market is open.
   *
   * @param path the symbol's price path
   * @param hours the symbol's trading hours
   */
  public BarHistory(PricePath path, TradingHours hours) {
    this.path = path;
    this.hours = hours;
  }

  /**
   * {@return bars whose open time lies in {@code [fromSec, toSec]}, ascending; none for bars still
   * forming after {@code nowSec}}
   *
   * @param period the bar period
   * @param fromSec start of the range, Unix seconds
   * @param toSec end of the range, Unix seconds
   * @param nowSec now, Unix seconds
   */
  public List<Bar> bars(BarPeriod period, long fromSec, long toSec, long nowSec) {
    List<Bar> out = new ArrayList<>();
    long end = Math.min(toSec, nowSec);
    for (long t = period.start(fromSec); t <= end && out.size() < MAX_BARS; t = period.next(t)) {
      if (t < fromSec) {
        continue;
      }
      Bar b = aggregate(t, Math.min(period.next(t), nowSec - nowSec % 60 + 60));
      if (b != null) {
        out.add(b);
      }
    }
    return out;
  }

  /**
   * The bar made of the M1 bars in {@code [fromSec, toSec)}, or null when the market was closed
   * throughout.
   */
  @Nullable Bar aggregate(long fromSec, long toSec) {
    double open = 0;
    double high = Double.NEGATIVE_INFINITY;
    double low = Double.POSITIVE_INFINITY;
    double close = 0;
    long volume = 0;
    boolean any = false;
    for (long m = fromSec / 60; m * 60 < toSec; m++) {
      if (!hours.isOpen(m * 60_000L)) {
        continue;
      }
      if (!any) {
        open = path.open(m);
        any = true;
      }
      high = Math.max(high, path.high(m));
      low = Math.min(low, path.low(m));
      close = path.close(m);
      volume += tickVolume(m);
    }
    return any ? new Bar((int) fromSec, open, high, low, close, (int) volume, 0) : null;
  }

  /** Ticks counted in a minute: deterministic, 20 to 80. */
  static int tickVolume(long minute) {
    return 20 + Math.floorMod(PricePath.mix(minute * 7 + 3), 61);
  }
}
