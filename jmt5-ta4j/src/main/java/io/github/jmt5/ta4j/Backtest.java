package io.github.jmt5.ta4j;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.protocol.enums.Timeframe;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.ta4j.core.AnalysisCriterion;
import org.ta4j.core.AnalysisCriterion.PositionFilter;
import org.ta4j.core.BarSeries;
import org.ta4j.core.Strategy;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.criteria.EnterAndHoldCriterion;
import org.ta4j.core.criteria.MaximumDrawdownCriterion;
import org.ta4j.core.criteria.NumberOfPositionsCriterion;
import org.ta4j.core.criteria.NumberOfWinningPositionsCriterion;
import org.ta4j.core.criteria.PositionsRatioCriterion;
import org.ta4j.core.criteria.ReturnOverMaxDrawdownCriterion;
import org.ta4j.core.criteria.pnl.ProfitLossCriterion;
import org.ta4j.core.criteria.pnl.ReturnCriterion;
import org.ta4j.core.num.Num;

/**
 * Replays history through ta4j's {@link BarSeriesManager} and reports its criteria. A signal on a
 * bar trades at the next bar's open (ta4j's default execution model, and what a {@link
 * StrategyRunner} does live: it sends its order when the bar has completed), without costs.
 */
public final class Backtest {
  private Backtest() {}

  /**
   * Runs {@code strategy} over {@code series}.
   *
   * @param series the bars
   * @param strategy a strategy whose indicators are built on {@code series}
   * @return the report
   */
  public static BacktestReport run(BarSeries series, Strategy strategy) {
    TradingRecord record = new BarSeriesManager(series).run(strategy);
    return report(series, strategy, record);
  }

  /**
   * Loads bars with open times in {@code [from, to]} from the server and runs the strategy that
   * {@code strategy} builds on them.
   *
   * @param client a connected client
   * @param symbol the symbol
   * @param timeframe the timeframe
   * @param from first open time
   * @param to last open time
   * @param strategy builds the strategy on the loaded series
   * @return the report, once loaded and run
   */
  public static CompletableFuture<BacktestReport> run(
      Mt5Client client,
      String symbol,
      Timeframe timeframe,
      Instant from,
      Instant to,
      Function<BarSeries, Strategy> strategy) {
    return SeriesLoader.range(client, symbol, timeframe, from, to)
        .thenApply(series -> run(series, strategy.apply(series)));
  }

  /**
   * The criteria of a trading record.
   *
   * @param series the bars the record was made on
   * @param strategy the strategy (for its name)
   * @param record the trading record
   * @return the report
   */
  public static BacktestReport report(BarSeries series, Strategy strategy, TradingRecord record) {
    boolean empty = series.isEmpty();
    @Nullable Instant from = empty ? null : series.getFirstBar().getBeginTime();
    @Nullable Instant to = empty ? null : series.getLastBar().getEndTime();
    int positions = (int) value(new NumberOfPositionsCriterion(), series, record);
    return new BacktestReport(
        strategy.getName(),
        series.getName(),
        series.getBarCount(),
        from,
        to,
        positions,
        (int) value(new NumberOfWinningPositionsCriterion(), series, record),
        positions == 0
            ? 0
            : value(new PositionsRatioCriterion(PositionFilter.PROFIT), series, record),
        value(new ProfitLossCriterion(), series, record),
        value(new ReturnCriterion(), series, record),
        value(new MaximumDrawdownCriterion(), series, record),
        value(new ReturnOverMaxDrawdownCriterion(), series, record),
        empty ? 1 : value(new EnterAndHoldCriterion(new ReturnCriterion()), series, record));
  }

  private static double value(AnalysisCriterion c, BarSeries series, TradingRecord record) {
    Num n = c.calculate(series, record);
    return n.doubleValue();
  }
}
