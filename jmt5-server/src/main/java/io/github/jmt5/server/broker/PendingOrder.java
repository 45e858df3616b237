package io.github.jmt5.server.broker;

import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.trade.Order;

/** The broker's mutable view of one pending order. Guarded by the broker's lock. */
final class PendingOrder {
  static final int PLACED = 1;
  static final int CANCELED = 2;
  static final int PARTIAL = 3;
  static final int FILLED = 4;
  static final int EXPIRED = 6;

  final long ticket;
  final FullSymbol symbol;
  int type;

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
      int type,
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
    return type % 2 == 0;
  }

  /** The order's record; an order left open by a partial fill shows as partial while it waits. */
  Order toRecord(int state, double current, long doneMs) {
    int shown = state == PLACED && volume < initialVolume ? PARTIAL : state;
    int done = state == PLACED ? 0 : (int) (doneMs / 1000);
    return new Order(
        ticket,
        "",
        symbol.tradeSymbol(),
        (int) (placedMs / 1000),
        expiration,
        done,
        type,
        2,
        typeTime,
        0,
        price,
        trigger,
        current,
        sl,
        tp,
        initialVolume,
        state == FILLED ? 0 : volume,
        shown,
        0,
        0,
        comment,
        symbol.contractSize(),
        symbol.digits(),
        2,
        0,
        0,
        0,
        0,
        (int) (placedMs % 1000),
        (int) (doneMs % 1000));
  }
}
