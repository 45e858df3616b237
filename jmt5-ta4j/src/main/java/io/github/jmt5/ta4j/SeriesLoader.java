package io.github.jmt5.ta4j;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.protocol.enums.Timeframe;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.ta4j.core.BarSeries;

/**
 * Loads bars from the server (cmd 11, through {@code client.market()}) straight into a ta4j {@link
 * BarSeries} named {@code "SYMBOL TF"}. The newest bar may still be forming on the server.
 */
public final class SeriesLoader {
  private SeriesLoader() {}

  /**
   * Bars with open times in {@code [from, to]}, with tick volume and {@code double} numbers.
   *
   * @param client a connected client
   * @param symbol the symbol
   * @param timeframe the timeframe
   * @param from first open time
   * @param to last open time
   * @return the series, when loaded
   */
  public static CompletableFuture<BarSeries> range(
      Mt5Client client, String symbol, Timeframe timeframe, Instant from, Instant to) {
    return range(client, symbol, BarConverter.of(timeframe), from, to);
  }

  /**
   * Bars with open times in {@code [from, to]}.
   *
   * @param client a connected client
   * @param symbol the symbol
   * @param converter timeframe, volume and number type
   * @param from first open time
   * @param to last open time
   * @return the series, when loaded
   */
  public static CompletableFuture<BarSeries> range(
      Mt5Client client, String symbol, BarConverter converter, Instant from, Instant to) {
    Timeframe tf = converter.timeframe();
    return client
        .market()
        .bars(symbol, tf, from, to)
        .thenApply(bars -> converter.toSeries(BarConverter.seriesName(symbol, tf), bars));
  }

  /**
   * The last {@code count} bars up to {@code to}, with tick volume and {@code double} numbers.
   *
   * @param client a connected client
   * @param symbol the symbol
   * @param timeframe the timeframe
   * @param count how many bars, 1 to 1,000,000 (fewer when the server has fewer)
   * @param to the newest open time to include
   * @return the series, when loaded
   */
  public static CompletableFuture<BarSeries> last(
      Mt5Client client, String symbol, Timeframe timeframe, int count, Instant to) {
    return last(client, symbol, BarConverter.of(timeframe), count, to);
  }

  /**
   * The last {@code count} bars up to {@code to}.
   *
   * @param client a connected client
   * @param symbol the symbol
   * @param converter timeframe, volume and number type
   * @param count how many bars, 1 to 1,000,000 (fewer when the server has fewer)
   * @param to the newest open time to include
   * @return the series, when loaded
   */
  public static CompletableFuture<BarSeries> last(
      Mt5Client client, String symbol, BarConverter converter, int count, Instant to) {
    Timeframe tf = converter.timeframe();
    return client
        .market()
        .lastBars(symbol, tf, count, to)
        .thenApply(bars -> converter.toSeries(BarConverter.seriesName(symbol, tf), bars));
  }
}
