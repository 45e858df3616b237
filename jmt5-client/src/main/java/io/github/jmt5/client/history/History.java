package io.github.jmt5.client.history;

import io.github.jmt5.client.session.Request;
import io.github.jmt5.client.session.Session;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.HistoryRequest;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.TradeHistory;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Deals and finished orders over a time range (cmd 5). */
public final class History {
  private final Session session;

  /**
   * History read through {@code session}.
   *
   * @param session the logged-in session
   */
  public History(Session session) {
    this.session = session;
  }

  /**
   * {@return deals and history orders with times in {@code [from, to]}}
   *
   * @param from start of the range, inclusive
   * @param to end of the range, inclusive; not before {@code from}
   */
  public CompletableFuture<TradeHistory> range(Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
    }
    return session.request(
        Request.of(
            CommandId.GET_TRADE_HISTORY,
            Codecs.HISTORY_REQUEST,
            new HistoryRequest(seconds(from), seconds(to)),
            Codecs.TRADE_HISTORY));
  }

  /**
   * {@return deals with times in {@code [from, to]}}
   *
   * @param from start of the range, inclusive
   * @param to end of the range, inclusive
   */
  public CompletableFuture<List<Deal>> deals(Instant from, Instant to) {
    return range(from, to).thenApply(TradeHistory::deals);
  }

  /**
   * {@return history orders with times in {@code [from, to]}}
   *
   * @param from start of the range, inclusive
   * @param to end of the range, inclusive
   */
  public CompletableFuture<List<Order>> orders(Instant from, Instant to) {
    return range(from, to).thenApply(TradeHistory::orders);
  }

  private static int seconds(Instant t) {
    long s = t.getEpochSecond();
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, s));
  }
}
