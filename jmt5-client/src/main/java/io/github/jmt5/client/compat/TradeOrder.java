package io.github.jmt5.client.compat;

import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.wire.Volume;

/**
 * A pending or historical order, as the official {@code TradeOrder}.
 *
 * <p>The web protocol does not carry {@code positionById}: it is 0.
 *
 * @param ticket order ticket
 * @param timeSetup placing time, Unix seconds
 * @param timeSetupMsc placing time, Unix milliseconds
 * @param timeDone execution or cancellation time, Unix seconds (0 while pending)
 * @param timeDoneMsc execution or cancellation time, Unix milliseconds
 * @param timeExpiration expiry, Unix seconds (0 for none)
 * @param type {@code ORDER_TYPE_*}
 * @param typeTime {@code ORDER_TIME_*}
 * @param typeFilling {@code ORDER_FILLING_*}
 * @param state {@code ORDER_STATE_*}
 * @param magic expert id
 * @param positionId the position the order opened, changed or closed
 * @param positionById the opposite position of a close-by order; 0, not carried
 * @param reason why the order was placed
 * @param volumeInitial lots asked for
 * @param volumeCurrent lots not yet filled
 * @param priceOpen order price (the activation price of a stop-limit order)
 * @param sl stop loss
 * @param tp take profit
 * @param priceCurrent current price of the symbol
 * @param priceStoplimit the limit price of a stop-limit order, else 0
 * @param symbol symbol
 * @param comment comment
 * @param externalId id in an external system
 */
public record TradeOrder(
    long ticket,
    long timeSetup,
    long timeSetupMsc,
    long timeDone,
    long timeDoneMsc,
    long timeExpiration,
    int type,
    int typeTime,
    int typeFilling,
    int state,
    long magic,
    long positionId,
    long positionById,
    int reason,
    double volumeInitial,
    double volumeCurrent,
    double priceOpen,
    double sl,
    double tp,
    double priceCurrent,
    double priceStoplimit,
    String symbol,
    String comment,
    String externalId) {

  static TradeOrder of(Order o) {
    long setup = Integer.toUnsignedLong(o.timeSetup());
    long done = Integer.toUnsignedLong(o.timeDone());
    boolean stopLimit =
        o.orderType() == OrderType.BUY_STOP_LIMIT.value()
            || o.orderType() == OrderType.SELL_STOP_LIMIT.value();
    return new TradeOrder(
        o.tradeOrder(),
        setup,
        setup * 1000 + o.timeSetupMs(),
        done,
        done == 0 ? 0 : done * 1000 + o.timeDoneMs(),
        Integer.toUnsignedLong(o.timeExpiration()),
        o.orderType(),
        o.typeTime(),
        o.typeFilling(),
        o.orderState(),
        o.expert(),
        o.positionId(),
        0,
        o.typeReason(),
        Volume.toLots(o.volumeInitial()),
        Volume.toLots(o.volumeCurrent()),
        stopLimit ? o.priceTrigger() : o.priceOrder(),
        o.priceSl(),
        o.priceTp(),
        o.priceCurrent(),
        stopLimit ? o.priceOrder() : 0,
        o.tradeSymbol(),
        o.comment(),
        o.orderId());
  }
}
