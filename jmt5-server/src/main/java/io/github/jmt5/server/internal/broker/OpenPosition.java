package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.trade.Position;

/** The broker's mutable view of one open position. Guarded by the broker's lock. */
final class OpenPosition {
  final long ticket;
  final long openingOrder;
  final FullSymbol symbol;
  final boolean buy;
  long volume;
  double priceOpen;
  double sl;
  double tp;
  final long openedMs;
  long updatedMs;
  final String comment;

  OpenPosition(
      long ticket,
      long openingOrder,
      FullSymbol symbol,
      boolean buy,
      long volume,
      double priceOpen,
      double sl,
      double tp,
      long nowMs,
      String comment) {
    this.ticket = ticket;
    this.openingOrder = openingOrder;
    this.symbol = symbol;
    this.buy = buy;
    this.volume = volume;
    this.priceOpen = priceOpen;
    this.sl = sl;
    this.tp = tp;
    this.openedMs = nowMs;
    this.updatedMs = nowMs;
    this.comment = comment;
  }

  Position toRecord(double currentPrice, double profit) {
    return Records.position(this, volume, currentPrice, profit);
  }

  /** A record with volume 0, for the position a deal closed. */
  Position closedRecord(double price) {
    return Records.position(this, 0, price, 0);
  }
}
