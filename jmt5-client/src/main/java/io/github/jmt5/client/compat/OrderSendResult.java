package io.github.jmt5.client.compat;

/**
 * The outcome of {@link MetaTrader5#orderSend}, as the official {@code OrderSendResult}.
 *
 * <p>A request the server (or the client's local checks, which give the retcode the server would
 * give) rejects still yields a result, with the rejecting {@code retcode} and its explanation in
 * {@code comment}.
 *
 * @param retcode {@code TRADE_RETCODE_*}
 * @param deal deal ticket, 0 if none
 * @param order order ticket, 0 if none
 * @param volume executed lots
 * @param price execution price
 * @param bid bid at execution
 * @param ask ask at execution
 * @param comment the server's comment, or the reason of a rejection
 * @param requestId the client's id of the request as sent on the wire ({@code action_id}); 0 when
 *     it was rejected before sending
 * @param retcodeExternal always 0: the web protocol carries no external return code
 * @param request the request as given
 */
public record OrderSendResult(
    int retcode,
    long deal,
    long order,
    double volume,
    double price,
    double bid,
    double ask,
    String comment,
    long requestId,
    int retcodeExternal,
    TradeRequest request) {}
