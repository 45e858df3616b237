package io.github.jmt5.client.compat;

import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.wire.Volume;

/**
 * An open position, as the official {@code TradePosition}.
 *
 * @param ticket position ticket
 * @param time open time, Unix seconds
 * @param timeMsc open time, Unix milliseconds
 * @param timeUpdate last change, Unix seconds
 * @param timeUpdateMsc last change, Unix milliseconds
 * @param type {@code POSITION_TYPE_BUY} or {@code POSITION_TYPE_SELL}
 * @param magic expert id
 * @param identifier position identifier (the ticket)
 * @param reason why the position was opened
 * @param volume lots
 * @param priceOpen open price
 * @param sl stop loss, 0 for none
 * @param tp take profit, 0 for none
 * @param priceCurrent current price
 * @param swap accumulated swap
 * @param profit floating profit
 * @param symbol symbol
 * @param comment comment
 * @param externalId id in an external system
 */
public record TradePosition(
    long ticket,
    long time,
    long timeMsc,
    long timeUpdate,
    long timeUpdateMsc,
    int type,
    long magic,
    long identifier,
    int reason,
    double volume,
    double priceOpen,
    double sl,
    double tp,
    double priceCurrent,
    double swap,
    double profit,
    String symbol,
    String comment,
    String externalId) {

  static TradePosition of(Position p) {
    long created = Integer.toUnsignedLong(p.timeCreate());
    long updated = Integer.toUnsignedLong(p.timeUpdate());
    return new TradePosition(
        p.positionId(),
        created,
        created * 1000 + p.timeCreateMs(),
        updated,
        updated * 1000 + p.timeUpdateMs(),
        p.tradeAction(),
        p.expert(),
        p.positionId(),
        p.tradeReason(),
        Volume.toLots(p.tradeVolume()),
        p.priceOpen(),
        p.sl(),
        p.tp(),
        p.priceClose(),
        p.storage(),
        p.profit(),
        p.tradeSymbol(),
        p.comment(),
        p.externalId());
  }
}
