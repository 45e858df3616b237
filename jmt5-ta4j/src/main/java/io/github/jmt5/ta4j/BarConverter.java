package io.github.jmt5.ta4j;

import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.market.Bar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBar;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.NumFactory;

/**
 * Converts jmt5 bars of one timeframe to ta4j bars and series.
 *
 * <p>An MT5 bar is stamped with its open time; a ta4j bar with its end time and length. The length
 * is the timeframe's ({@link Timeframe#seconds()}), and for {@link Timeframe#MN1} the length of the
 * bar's calendar month, so the end time is the next bar's open time. Prices are copied as they are;
 * {@code volume} is the tick count or the exchange volume ({@link VolumeKind}), {@code trades} the
 * tick count and {@code amount} 0 (MT5 bars carry no turnover).
 *
 * @param timeframe the bars' timeframe
 * @param volume which volume becomes the ta4j volume
 * @param numFactory the ta4j number type of the bars
 */
public record BarConverter(Timeframe timeframe, VolumeKind volume, NumFactory numFactory) {

  /** Checks the components. */
  public BarConverter {
    Objects.requireNonNull(timeframe, "timeframe");
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(numFactory, "numFactory");
  }

  /**
   * A converter with tick volume and {@code double} numbers (prices arrive as doubles; ta4j's
   * {@code DecimalNum} is exact but much slower).
   *
   * @param timeframe the bars' timeframe
   * @return the converter
   */
  public static BarConverter of(Timeframe timeframe) {
    return new BarConverter(timeframe, VolumeKind.TICK, DoubleNumFactory.getInstance());
  }

  /**
   * This converter with another volume.
   *
   * @param kind the volume to use
   * @return a new converter
   */
  public BarConverter withVolume(VolumeKind kind) {
    return new BarConverter(timeframe, kind, numFactory);
  }

  /**
   * This converter with another number type.
   *
   * @param factory the ta4j number factory, for example {@code DecimalNumFactory.getInstance()}
   * @return a new converter
   */
  public BarConverter withNumFactory(NumFactory factory) {
    return new BarConverter(timeframe, volume, factory);
  }

  /**
   * The length of the bar that opens at {@code openTime}.
   *
   * @param openTime the bar's open time
   * @return the timeframe's length; for MN1 the length of that calendar month (UTC)
   */
  public Duration period(Instant openTime) {
    if (timeframe.isFixedLength()) {
      return Duration.ofSeconds(timeframe.seconds().orElseThrow());
    }
    ZonedDateTime open = openTime.atZone(ZoneOffset.UTC);
    return Duration.between(open, open.plusMonths(1));
  }

  /**
   * The open time of a jmt5 bar (its {@code time} is unsigned Unix seconds).
   *
   * @param bar the bar
   * @return its open time
   */
  public static Instant openTime(Bar bar) {
    return Instant.ofEpochSecond(Integer.toUnsignedLong(bar.time()));
  }

  /**
   * Converts one bar.
   *
   * @param bar the jmt5 bar
   * @return the ta4j bar, ending at the open time plus {@link #period}
   */
  public org.ta4j.core.Bar toBar(Bar bar) {
    Instant open = openTime(bar);
    Duration period = period(open);
    long ticks = Integer.toUnsignedLong(bar.tickVolume());
    double vol = volume == VolumeKind.TICK ? ticks : bar.realVolume();
    NumFactory n = numFactory;
    return new BaseBar(
        period,
        open.plus(period),
        n.numOf(bar.open()),
        n.numOf(bar.high()),
        n.numOf(bar.low()),
        n.numOf(bar.close()),
        n.numOf(vol),
        n.zero(),
        ticks);
  }

  /**
   * A new series of {@code bars}.
   *
   * @param name the series name, see {@link #seriesName}
   * @param bars the bars, oldest first, open times strictly increasing
   * @return a series holding every bar
   * @throws IllegalArgumentException if the open times do not increase
   */
  public BarSeries toSeries(String name, List<Bar> bars) {
    return toSeries(name, bars, Integer.MAX_VALUE);
  }

  /**
   * A new series of {@code bars} that keeps at most {@code maximumBarCount} bars (the oldest are
   * dropped, now and as bars are added).
   *
   * @param name the series name, see {@link #seriesName}
   * @param bars the bars, oldest first, open times strictly increasing
   * @param maximumBarCount the most bars the series keeps, at least 1
   * @return the series
   * @throws IllegalArgumentException if the open times do not increase or the count is below 1
   */
  public BarSeries toSeries(String name, List<Bar> bars, int maximumBarCount) {
    BarSeries series = emptySeries(name, maximumBarCount);
    for (Bar b : bars) {
      series.addBar(toBar(b));
    }
    return series;
  }

  /**
   * An empty series of this converter's number type.
   *
   * @param name the series name
   * @param maximumBarCount the most bars the series keeps, at least 1
   * @return the series
   */
  public BarSeries emptySeries(String name, int maximumBarCount) {
    if (maximumBarCount < 1) {
      throw new IllegalArgumentException("maximumBarCount must be >= 1, was " + maximumBarCount);
    }
    BarSeries series = new BaseBarSeriesBuilder().withName(name).withNumFactory(numFactory).build();
    series.setMaximumBarCount(maximumBarCount);
    return series;
  }

  /**
   * The name series get by default: symbol and timeframe, such as {@code "EURUSD M1"}.
   *
   * @param symbol the symbol name
   * @param timeframe the timeframe
   * @return the name
   */
  public static String seriesName(String symbol, Timeframe timeframe) {
    return symbol + " " + timeframe.name();
  }
}
