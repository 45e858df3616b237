package io.github.jmt5.ta4j;

import io.github.jmt5.protocol.message.market.Bar;
import java.util.List;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.ta4j.core.BarSeries;

/**
 * Applies bars as they form (the client's live bars) to a ta4j series: an update of the newest bar
 * replaces it in place, a bar with a later open time is appended. A bar counts as completed when
 * its final state arrives ({@code closed}) or, at the latest, when a later bar is appended; {@code
 * completed} hears each completed bar's index once, before the next bar is appended.
 *
 * <p>The newest bar of the history the series was seeded with is usually still forming, while the
 * live bars only know the ticks since they started; updates of that bar are merged with the history
 * bar (open from history, high and low of both, close from live, volumes added), so the bar keeps
 * its full range. Not thread-safe.
 */
final class LiveSeriesUpdater {
  private final BarConverter converter;
  private final BarSeries series;
  private final IntConsumer completed;
  private @Nullable Bar base;
  private int lastCompleted = -1;

  LiveSeriesUpdater(BarConverter converter, BarSeries series, IntConsumer completed) {
    this.converter = converter;
    this.series = series;
    this.completed = completed;
  }

  /** Adds history (oldest first); every bar but the newest is complete. */
  void seed(List<Bar> history) {
    for (Bar b : history) {
      series.addBar(converter.toBar(b));
    }
    if (!history.isEmpty()) {
      base = history.get(history.size() - 1);
      lastCompleted = series.getEndIndex() - 1;
    }
  }

  /**
   * Applies one state of a forming bar.
   *
   * @param bar the bar so far
   * @param closed true when this is the bar's final state
   */
  void apply(Bar bar, boolean closed) {
    if (series.isEmpty()) {
      series.addBar(converter.toBar(bar));
    } else {
      long open = BarConverter.openTime(bar).getEpochSecond();
      long lastOpen = series.getLastBar().getBeginTime().getEpochSecond();
      if (open < lastOpen) {
        return; // a late update of a bar already done
      }
      if (open == lastOpen) {
        if (series.getEndIndex() == lastCompleted) {
          return; // already reported complete
        }
        Bar b = base;
        Bar merged = b != null && b.time() == bar.time() ? merge(b, bar) : bar;
        series.addBar(converter.toBar(merged), true);
      } else {
        complete(series.getEndIndex());
        base = null;
        series.addBar(converter.toBar(bar));
      }
    }
    if (closed) {
      complete(series.getEndIndex());
    }
  }

  private void complete(int index) {
    if (index > lastCompleted) {
      lastCompleted = index;
      completed.accept(index);
    }
  }

  /** The history part of a bar extended by the live part. */
  static Bar merge(Bar history, Bar live) {
    return new Bar(
        history.time(),
        history.open(),
        Math.max(history.high(), live.high()),
        Math.min(history.low(), live.low()),
        live.close(),
        history.tickVolume() + live.tickVolume(),
        history.realVolume() + live.realVolume());
  }
}
