package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.enums.OrderState;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.trade.Order;

/** The broker's mutable view of one pending order. Guarded by the broker's lock. */
final class PendingOrder {
  final long ticket;
  final FullSymbol symbol;

  /** A pending type; a stop limit becomes a limit when its trigger is reached. */
  OrderType type;

  /** Volume ordered; more than {@link #volume} for the rest of a partly filled RETURN order. */
  final long initialVolume;

  /** Volume still to fill. */
  final long volume;

  double price;
  double trigger;
  double sl;
  double tp;
  int typeTime;
  int expiration;
  final long placedMs;
  final String comment;

  PendingOrder(
      long ticket,
      FullSymbol symbol,
      OrderType type,
      long initialVolume,
      long volume,
      double price,
      double trigger,
      double sl,
      double tp,
      int typeTime,
      int expiration,
      long placedMs,
      String comment) {
    this.ticket = ticket;
    this.symbol = symbol;
    this.type = type;
    this.initialVolume = initialVolume;
    this.volume = volume;
    this.price = price;
    this.trigger = trigger;
    this.sl = sl;
    this.tp = tp;
    this.typeTime = typeTime;
    this.expiration = expiration;
    this.placedMs = placedMs;
    this.comment = comment;
  }

  boolean buy() {
    return type.isBuy();
  }

  boolean isStopLimit() {
    return type == OrderType.BUY_STOP_LIMIT || type == OrderType.SELL_STOP_LIMIT;
  }

  /** The order's record in {@code state}, priced at {@code current}, done at {@code doneMs}. */
  Order toRecord(OrderState state, double current, long doneMs) {
    return Records.pendingOrder(this, state, current, doneMs);
  }
}
