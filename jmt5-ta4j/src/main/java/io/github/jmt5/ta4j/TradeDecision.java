package io.github.jmt5.ta4j;

import io.github.jmt5.protocol.enums.OrderType;
import java.time.Instant;

/**
 * What a {@link StrategyRunner} did about a signal of its strategy on a completed bar. Every
 * decision names the symbol, the ta4j index of the bar and the bar's end time.
 */
public sealed interface TradeDecision
    permits TradeDecision.Entered,
        TradeDecision.Exited,
        TradeDecision.Skipped,
        TradeDecision.Rejected,
        TradeDecision.Failed,
        TradeDecision.PositionGone {

  /**
   * The symbol traded.
   *
   * @return the symbol name
   */
  String symbol();

  /**
   * The ta4j index of the completed bar the strategy was evaluated on.
   *
   * @return the bar index
   */
  int index();

  /**
   * The end time of that bar.
   *
   * @return the bar's end time
   */
  Instant barTime();

  /** Whether a decision was about entering or exiting. */
  enum Action {
    /** Opening a position. */
    ENTER,
    /** Closing the runner's position. */
    EXIT
  }

  /**
   * The strategy said enter and the order was filled.
   *
   * @param symbol the symbol
   * @param index the bar index
   * @param barTime the bar's end time
   * @param side {@link OrderType#BUY} or {@link OrderType#SELL}
   * @param volume lots filled
   * @param price fill price
   * @param position the ticket of the position opened
   * @param deal the deal ticket
   */
  record Entered(
      String symbol,
      int index,
      Instant barTime,
      OrderType side,
      double volume,
      double price,
      long position,
      long deal)
      implements TradeDecision {}

  /**
   * The strategy said exit and the runner's position was closed.
   *
   * @param symbol the symbol
   * @param index the bar index
   * @param barTime the bar's end time
   * @param position the ticket of the position closed
   * @param volume lots closed
   * @param price close price
   * @param deal the deal ticket
   */
  record Exited(
      String symbol,
      int index,
      Instant barTime,
      long position,
      double volume,
      double price,
      long deal)
      implements TradeDecision {}

  /**
   * The strategy said enter but a risk limit stopped the order; nothing was sent.
   *
   * @param symbol the symbol
   * @param index the bar index
   * @param barTime the bar's end time
   * @param limit the limit that stopped it
   * @param openVolume lots open in the symbol at the time
   * @param ordersInWindow orders counted in the last 60 seconds at the time
   */
  record Skipped(
      String symbol, int index, Instant barTime, Limit limit, double openVolume, int ordersInWindow)
      implements TradeDecision {}

  /**
   * The order was sent and rejected (by the server or a local check of the client).
   *
   * @param symbol the symbol
   * @param index the bar index
   * @param barTime the bar's end time
   * @param action entry or exit
   * @param retcode the trade return code
   * @param message the rejection as the client reported it
   */
  record Rejected(
      String symbol, int index, Instant barTime, Action action, int retcode, String message)
      implements TradeDecision {}

  /**
   * The order was sent but no result came: the link dropped or the result timed out. The server may
   * still have executed it; check the positions.
   *
   * @param symbol the symbol
   * @param index the bar index
   * @param barTime the bar's end time
   * @param action entry or exit
   * @param error what went wrong
   */
  record Failed(String symbol, int index, Instant barTime, Action action, String error)
      implements TradeDecision {}

  /**
   * The runner's position was closed by something else (a stop, another program, a person), noticed
   * on the first completed bar after. The runner takes it as exited at that bar's close.
   *
   * @param symbol the symbol
   * @param index the bar index
   * @param barTime the bar's end time
   * @param position the ticket of the vanished position
   */
  record PositionGone(String symbol, int index, Instant barTime, long position)
      implements TradeDecision {}
}
