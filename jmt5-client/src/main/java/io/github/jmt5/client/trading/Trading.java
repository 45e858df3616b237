package io.github.jmt5.client.trading;

import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.error.TradeException;
import io.github.jmt5.client.event.PushEvent;
import io.github.jmt5.client.event.TradeResultReceived;
import io.github.jmt5.client.internal.Futures;
import io.github.jmt5.client.market.MarketData;
import io.github.jmt5.client.session.Request;
import io.github.jmt5.client.session.Session;
import io.github.jmt5.client.symbols.Symbols;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.message.trade.TradeResult;
import io.github.jmt5.protocol.wire.Volume;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Sends trade requests (cmd 12) and completes them with their result (the cmd 19 push carrying the
 * same {@code action_id}, PROTOCOL.md 7.3–7.5). An immediate rejection (non-zero cmd 12 reply) or a
 * final result outside {placed, done, partially done} fails with {@link TradeException} carrying
 * the retcode, symbol, action, volume, price and comment.
 */
public final class Trading {
  private final Session session;
  private final Symbols symbols;
  private final MarketData market;
  private final TradeState state;
  private final Duration resultTimeout;
  private final AtomicInteger actionIds = new AtomicInteger();
  private final Map<Integer, CompletableFuture<TradeResult>> awaiting = new ConcurrentHashMap<>();

  /**
   * Trading on {@code session}.
   *
   * @param resultTimeout how long to wait for the cmd 19 result after the request was accepted
   * @param session the session
   * @param symbols the symbol list, for names and configurations
   * @param market live quotes, for market prices
   * @param state positions and orders, for closing and modifying
   */
  public Trading(
      Session session,
      Symbols symbols,
      MarketData market,
      TradeState state,
      Duration resultTimeout) {
    this.session = session;
    this.symbols = symbols;
    this.market = market;
    this.state = state;
    this.resultTimeout = resultTimeout;
  }

  /**
   * The session mirror: completes requests with their cmd 19 result.
   *
   * @param event a push of the session
   */
  public void mirror(PushEvent event) {
    if (event instanceof TradeResultReceived r) {
      CompletableFuture<TradeResult> f = awaiting.remove(r.result().request().actionId());
      if (f != null) {
        f.complete(r.result().result());
      }
    }
  }

  /**
   * The link was lost: results still awaited will never arrive on it. Each waiting trade fails with
   * a {@link ConnectionException} saying the server may have executed it, so the caller checks the
   * positions after the reconnect rather than sending it again blindly.
   *
   * @param cause why the link was lost
   */
  public void linkLost(Throwable cause) {
    for (Integer id : List.copyOf(awaiting.keySet())) {
      CompletableFuture<TradeResult> f = awaiting.remove(id);
      if (f != null) {
        f.completeExceptionally(
            new ConnectionException(
                "link lost before the result of trade request "
                    + id
                    + " arrived; the server may have executed it: check positions and orders"
                    + " after the reconnect",
                cause));
      }
    }
  }

  /**
   * Sends a market or pending order.
   *
   * @param request the order
   * @return completes with the result, or exceptionally with a {@link
   *     io.github.jmt5.client.error.TradeException} on rejection
   */
  public CompletableFuture<OrderResult> send(OrderRequest request) {
    return symbols
        .get(request.symbol())
        .thenCompose(
            s ->
                submit(
                    TradeRequests.order(
                        actionIds.getAndIncrement(), request, s, market.quote(request.symbol()))));
  }

  /**
   * As {@link #send}, but a rejection (a local check, an immediate cmd 12 rejection or a final cmd
   * 19 result outside placed/done/partially done) completes the future with an {@link OrderResult}
   * carrying the retcode and the reason in {@code comment}, as the official package's {@code
   * order_send} returns it. Lost links and timeouts still fail the future.
   *
   * @param request the order
   * @return completes with the result, a rejection included
   */
  public CompletableFuture<OrderResult> sendOrReturn(OrderRequest request) {
    return send(request)
        .exceptionally(
            e -> {
              Throwable cause = Futures.unwrap(e);
              if (cause instanceof TradeException t) {
                return OrderResult.rejected(t, request);
              }
              throw e instanceof CompletionException c ? c : new CompletionException(cause);
            });
  }

  /**
   * Buys {@code lots} at the market.
   *
   * @param symbol symbol name
   * @param lots volume in lots
   * @return completes with the result
   */
  public CompletableFuture<OrderResult> buy(String symbol, double lots) {
    return send(OrderRequest.market(symbol, OrderType.BUY, lots));
  }

  /**
   * Sells {@code lots} at the market.
   *
   * @param symbol symbol name
   * @param lots volume in lots
   * @return completes with the result
   */
  public CompletableFuture<OrderResult> sell(String symbol, double lots) {
    return send(OrderRequest.market(symbol, OrderType.SELL, lots));
  }

  /**
   * Closes position {@code ticket} in full.
   *
   * @param ticket position ticket
   * @return completes with the result
   */
  public CompletableFuture<OrderResult> close(long ticket) {
    return withPosition(ticket, p -> close(p, Volume.toLots(p.tradeVolume())));
  }

  /**
   * Closes {@code lots} of position {@code ticket}.
   *
   * @param ticket position ticket
   * @param lots volume in lots to close
   * @return completes with the result
   */
  public CompletableFuture<OrderResult> close(long ticket, double lots) {
    return withPosition(ticket, p -> close(p, lots));
  }

  private CompletableFuture<OrderResult> close(Position p, double lots) {
    OrderType opposite = p.tradeAction() == 0 ? OrderType.SELL : OrderType.BUY;
    return send(
        OrderRequest.builder(p.tradeSymbol(), opposite, lots).position(p.positionId()).build());
  }

  /**
   * Sets the stop loss and take profit of position {@code ticket} (0 removes one).
   *
   * @param ticket position ticket
   * @param sl new stop loss price, 0 for none
   * @param tp new take profit price, 0 for none
   * @return completes with the result
   */
  public CompletableFuture<OrderResult> modifyPosition(long ticket, double sl, double tp) {
    return withPosition(
        ticket,
        p ->
            symbols
                .get(p.tradeSymbol())
                .thenCompose(
                    s -> submit(TradeRequests.stops(actionIds.getAndIncrement(), p, s, sl, tp))));
  }

  /**
   * Moves pending order {@code ticket} to {@code price} with new stops.
   *
   * @param ticket order ticket
   * @param price new order price
   * @param sl new stop loss price, 0 for none
   * @param tp new take profit price, 0 for none
   * @return completes with the result
   */
  public CompletableFuture<OrderResult> modifyOrder(
      long ticket, double price, double sl, double tp) {
    return withOrder(
        ticket,
        (o, s) -> submit(TradeRequests.modify(actionIds.getAndIncrement(), o, s, price, sl, tp)));
  }

  /**
   * Deletes pending order {@code ticket}.
   *
   * @param ticket order ticket
   * @return completes with the result
   */
  public CompletableFuture<OrderResult> cancel(long ticket) {
    return withOrder(
        ticket, (o, s) -> submit(TradeRequests.remove(actionIds.getAndIncrement(), o, s)));
  }

  /**
   * Closes position {@code ticket} by the opposite position {@code byTicket} (hedging accounts).
   *
   * @param ticket position ticket
   * @param byTicket ticket of the opposite position
   * @return completes with the result
   */
  public CompletableFuture<OrderResult> closeBy(long ticket, long byTicket) {
    return withPosition(
        ticket,
        p ->
            withPosition(
                byTicket,
                by ->
                    symbols
                        .get(p.tradeSymbol())
                        .thenCompose(
                            s ->
                                submit(
                                    TradeRequests.closeBy(
                                        actionIds.getAndIncrement(), p, by, s)))));
  }

  /**
   * Sends a request built by hand (its {@code action_id} must be unique among outstanding requests;
   * {@link #nextActionId()} gives one).
   *
   * @param request the cmd 12 request
   * @return completes with the result
   */
  public CompletableFuture<OrderResult> submit(TradeRequest request) {
    CompletableFuture<TradeResult> result = new CompletableFuture<>();
    awaiting.put(request.actionId(), result);
    return session
        .request(
            Request.of(CommandId.TRADE_REQUEST, Codecs.TRADE_REQUEST, request, Codecs.TRADE_REPLY))
        .thenCompose(
            reply -> {
              if (reply.result() != 0) {
                awaiting.remove(request.actionId());
                throw rejection(request, reply.result(), "");
              }
              return result
                  .orTimeout(resultTimeout.toMillis(), TimeUnit.MILLISECONDS)
                  .exceptionally(
                      e -> {
                        if (e instanceof TimeoutException) {
                          throw new CompletionException(
                              new RequestTimeoutException(
                                  CommandId.TRADE_RESULT.id(), resultTimeout));
                        }
                        throw e instanceof CompletionException c ? c : new CompletionException(e);
                      });
            })
        .whenComplete((r, e) -> awaiting.remove(request.actionId()))
        .thenApply(
            r -> {
              if (!TradeRetcode.isSuccess(r.retcode())) {
                throw rejection(request, r.retcode(), r.comment());
              }
              return OrderResult.of(r, request);
            })
        // the result push completes the chain on a socket thread (or the JDK's timeout thread):
        // hand the outcome to the completion executor, so callers' continuations never run there
        .whenCompleteAsync((r, e) -> {}, session.options().completionExecutor());
  }

  /** {@return a fresh {@code action_id} for {@link #submit}} */
  public int nextActionId() {
    return actionIds.getAndIncrement();
  }

  private static CompletionException rejection(TradeRequest r, int retcode, String comment) {
    return new CompletionException(
        new TradeException(
            retcode,
            r.tradeSymbol(),
            r.tradeAction(),
            Volume.toLots(r.tradeVolume()),
            r.priceOrder(),
            comment));
  }

  private <T> CompletableFuture<T> withPosition(
      long ticket, Function<Position, CompletableFuture<T>> then) {
    return state
        .position(ticket)
        .map(then)
        .orElseGet(
            () ->
                CompletableFuture.failedFuture(
                    new TradeException(
                        TradeRetcode.POSITION_CLOSED.value(),
                        "",
                        0,
                        0,
                        0,
                        "no open position " + ticket)));
  }

  private interface OrderAction {
    CompletableFuture<OrderResult> apply(Order order, FullSymbol symbol);
  }

  private CompletableFuture<OrderResult> withOrder(long ticket, OrderAction then) {
    return state
        .order(ticket)
        .map(o -> symbols.get(o.tradeSymbol()).thenCompose(s -> then.apply(o, s)))
        .orElseGet(
            () ->
                CompletableFuture.failedFuture(
                    new TradeException(
                        TradeRetcode.INVALID_ORDER.value(),
                        "",
                        0,
                        0,
                        0,
                        "no pending order " + ticket)));
  }
}
