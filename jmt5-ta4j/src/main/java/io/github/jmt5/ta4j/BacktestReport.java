package io.github.jmt5.ta4j;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a {@link Backtest}: ta4j's analysis criteria of the strategy's trading record over
 * the series. Prices and profits are in the symbol's price units for a position of one unit (ta4j
 * trades an amount of 1 unless told otherwise), so they compare strategies, not account money.
 *
 * @param strategy the strategy's name
 * @param series the series name, such as {@code "EURUSD H1"}
 * @param bars bars replayed
 * @param from begin time of the first bar, or null for an empty series
 * @param to end time of the last bar, or null for an empty series
 * @param positions closed positions ({@code NumberOfPositionsCriterion})
 * @param winningPositions positions with a profit ({@code NumberOfWinningPositionsCriterion})
 * @param winningRatio winning positions over all ({@code PositionsRatioCriterion}), 0 without
 *     positions
 * @param netProfit profit minus loss in price units ({@code ProfitLossCriterion})
 * @param grossReturn the compounded return as a factor, 1.0 for break-even ({@code
 *     ReturnCriterion})
 * @param maxDrawdown the largest peak-to-trough fall of the cash flow, 0.1 for 10% ({@code
 *     MaximumDrawdownCriterion})
 * @param returnOverMaxDrawdown ta4j's {@code ReturnOverMaxDrawdownCriterion}: the gross return
 *     factor divided by the maximum drawdown (NaN without a drawdown); compare it between
 *     strategies rather than read it alone
 * @param buyAndHoldReturn the return of buying on the first bar and selling on the last, as a
 *     factor ({@code EnterAndHoldCriterion} of {@code ReturnCriterion})
 */
public record BacktestReport(
    String strategy,
    String series,
    int bars,
    @Nullable Instant from,
    @Nullable Instant to,
    int positions,
    int winningPositions,
    double winningRatio,
    double netProfit,
    double grossReturn,
    double maxDrawdown,
    double returnOverMaxDrawdown,
    double buyAndHoldReturn) {

  /**
   * The report as a two-column table, one criterion a line.
   *
   * @return the table
   */
  public String table() {
    StringBuilder out = new StringBuilder();
    row(out, "strategy", strategy);
    row(out, "series", series);
    row(out, "bars", bars + (from == null ? "" : " (" + from + " to " + to + ")"));
    row(out, "positions", Integer.toString(positions));
    row(
        out,
        "winning positions",
        winningPositions + String.format(Locale.ROOT, " (%.1f%%)", 100 * winningRatio));
    row(out, "net profit", String.format(Locale.ROOT, "%.5f", netProfit));
    row(out, "gross return", String.format(Locale.ROOT, "%.4f", grossReturn));
    row(out, "maximum drawdown", String.format(Locale.ROOT, "%.2f%%", 100 * maxDrawdown));
    row(out, "return / max drawdown", String.format(Locale.ROOT, "%.4f", returnOverMaxDrawdown));
    row(out, "buy and hold return", String.format(Locale.ROOT, "%.4f", buyAndHoldReturn));
    return out.toString();
  }

  private static void row(StringBuilder out, String name, String value) {
    out.append(String.format(Locale.ROOT, "%-22s %s%n", name, value));
  }

  /**
   * The report as a table, see {@link #table()}.
   *
   * @return the table
   */
  @Override
  public String toString() {
    return table();
  }
}
