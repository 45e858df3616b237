package io.github.jmt5.client.compat;

import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.wire.Volume;

/**
 * A deal of the history, as the official {@code TradeDeal}.
 *
 * @param ticket deal ticket
 * @param order the order that made the deal
 * @param time deal time, Unix seconds
 * @param timeMsc deal time, Unix milliseconds
 * @param type {@code DEAL_TYPE_*}
 * @param entry {@code DEAL_ENTRY_*}
 * @param magic expert id
 * @param positionId the position the deal opened, changed or closed
 * @param reason why the deal was made
 * @param volume lots
 * @param price deal price
 * @param commission commission
 * @param swap swap
 * @param profit profit
 * @param fee fee
 * @param symbol symbol
 * @param comment comment
 * @param externalId id in an external system
 */
public record TradeDeal(
    long ticket,
    long order,
    long time,
    long timeMsc,
    int type,
    int entry,
    long magic,
    long positionId,
    int reason,
    double volume,
    double price,
    double commission,
    double swap,
    double profit,
    double fee,
    String symbol,
    String comment,
    String externalId) {

  static TradeDeal of(Deal d) {
    long time = Integer.toUnsignedLong(d.timeCreate());
    return new TradeDeal(
        d.deal(),
        d.tradeOrder(),
        time,
        time * 1000 + d.timeCreateMs(),
        d.tradeAction(),
        d.entry(),
        d.expert(),
        d.positionId(),
        d.tradeReason(),
        Volume.toLots(d.tradeVolume()),
        d.priceOpen(),
        d.commission(),
        d.storage(),
        d.profit(),
        d.commissionFee(),
        d.tradeSymbol(),
        d.comment(),
        d.dealId());
  }
}
