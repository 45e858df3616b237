package io.github.jmt5.client.trading;

import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.message.trade.TradeResult;
import io.github.jmt5.protocol.wire.Volume;

/**
 * The outcome of an accepted trade request: the cmd 19 result with the request as sent.
 *
 * @param retcode trade return code (10008 placed, 10009 done, 10010 partially done, …)
 * @param deal deal ticket, 0 if none
 * @param order order ticket
 * @param volume executed lots
 * @param price execution price
 * @param bid bid at execution
 * @param ask ask at execution
 * @param comment the server's comment
 * @param request the request as sent
 */
public record OrderResult(
    int retcode,
    long deal,
    long order,
    double volume,
    double price,
    double bid,
    double ask,
    String comment,
    TradeRequest request) {
  static OrderResult of(TradeResult r, TradeRequest request) {
    return new OrderResult(
        r.retcode(),
        r.deal(),
        r.tradeOrder(),
        Volume.toLots(r.volume()),
        r.price(),
        r.bid(),
        r.ask(),
        r.comment(),
        request);
  }

  /** A rejection as a result: no deal, no order, the retcode and the reason as the comment. */
  static OrderResult rejected(io.github.jmt5.client.error.TradeException e, OrderRequest r) {
    TradeRequest echo =
        new TradeRequest(
            0,
            e.action(),
            r.symbol(),
            Volume.toWire(r.volume()),
            0,
            0,
            r.type().value(),
            0,
            r.time().value(),
            0,
            0,
            r.price(),
            r.stopLimit(),
            r.sl(),
            r.tp(),
            r.deviation(),
            0,
            0,
            r.comment(),
            r.position(),
            0,
            0);
    return new OrderResult(e.retcode(), 0, 0, 0, e.price(), 0, 0, e.comment(), echo);
  }

  /** {@return a short description of the return code} */
  public String description() {
    return TradeRetcode.describe(retcode);
  }

  /** {@return true when the request was executed in full or placed} */
  public boolean isDone() {
    return TradeRetcode.isSuccess(retcode);
  }
}
