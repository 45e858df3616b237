package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.enums.DealEntry;
import io.github.jmt5.protocol.enums.DealType;
import io.github.jmt5.protocol.enums.OrderFilling;
import io.github.jmt5.protocol.enums.OrderState;
import io.github.jmt5.protocol.enums.OrderTime;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.PositionType;
import io.github.jmt5.protocol.enums.TransactionKind;
import io.github.jmt5.protocol.enums.TransactionType;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.DealTransaction;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.OrderTransaction;
import io.github.jmt5.protocol.message.trade.Position;
import java.util.List;

/**
 * Named factories for the records the broker sends: deals, orders, positions, trade results and the
 * cmd 10 transactions that carry them. Every field the emulator does not model (commissions, swaps,
 * expert ids, reasons) is set here once, so no caller spells out a positional record.
 */
final class Records {
  /** Currency digits of every amount the emulator reports. */
  private static final int CURRENCY_DIGITS = 2;

  /** Profit and margin conversion rates: the emulator reports amounts already converted. */
  private static final double RATE = 1;

  /** The deal of a transaction that changes a position without a deal (new stops). */
  static final Deal NO_DEAL =
      new Deal(
          0, "", 0, 0, 0, "", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "", 0, 0, 0, 0, 0, 0, 0);

  private Records() {}

  /** Whole Unix seconds of {@code ms}, as the records' time fields hold them. */
  static int seconds(long ms) {
    return (int) (ms / 1000);
  }

  /** The milliseconds within the second of {@code ms}. */
  static int millis(long ms) {
    return (int) (ms % 1000);
  }

  /** What a deal did: its side, entry, volume, price, profit and the position it belongs to. */
  record DealInput(
      long ticket,
      long order,
      long positionId,
      FullSymbol symbol,
      DealType type,
      DealEntry entry,
      long volume,
      double price,
      double sl,
      double tp,
      double profit,
      String comment,
      long timeMs) {}

  /** {@return a trade deal: opening, adding to, reducing, reversing or closing by a position} */
  static Deal deal(DealInput d) {
    int sec = seconds(d.timeMs());
    int ms = millis(d.timeMs());
    return new Deal(
        d.ticket(),
        "",
        d.order(),
        sec,
        sec,
        d.symbol().tradeSymbol(),
        d.type().value(),
        d.entry().value(),
        d.price(),
        d.price(),
        d.sl(),
        d.tp(),
        d.volume(),
        d.profit(),
        RATE,
        RATE,
        0, // commission
        0, // storage
        0, // expert
        d.positionId(),
        d.comment(),
        d.symbol().contractSize(),
        d.symbol().digits(),
        CURRENCY_DIGITS,
        0, // reason: client
        ms,
        ms,
        0); // commission fee
  }

  /** The done order of a market execution. */
  record MarketOrderInput(
      long ticket,
      FullSymbol symbol,
      OrderType type,
      int filling,
      double price,
      double sl,
      double tp,
      long volume,
      long positionId,
      String comment,
      long timeMs) {}

  /** {@return the filled order behind a market deal; set up and done at the same moment} */
  static Order marketOrder(MarketOrderInput o) {
    int sec = seconds(o.timeMs());
    int ms = millis(o.timeMs());
    return new Order(
        o.ticket(),
        "",
        o.symbol().tradeSymbol(),
        sec,
        0, // no expiration
        sec,
        o.type().value(),
        o.filling(),
        OrderTime.GTC.value(),
        0, // reason: client
        o.price(),
        0, // no trigger
        o.price(),
        o.sl(),
        o.tp(),
        o.volume(),
        0, // nothing left to fill
        OrderState.FILLED.value(),
        0, // expert
        o.positionId(),
        o.comment(),
        o.symbol().contractSize(),
        o.symbol().digits(),
        CURRENCY_DIGITS,
        0, // daily commission
        0, // monthly commission
        0, // margin rate
        0, // activation mode
        ms,
        ms);
  }

  /**
   * {@return a pending order's record in {@code state}; an order left open by a partial fill shows
   * as partial while it waits}
   */
  static Order pendingOrder(PendingOrder o, OrderState state, double current, long doneMs) {
    boolean placed = state == OrderState.PLACED;
    OrderState shown = placed && o.volume < o.initialVolume ? OrderState.PARTIAL : state;
    return new Order(
        o.ticket,
        "",
        o.symbol.tradeSymbol(),
        seconds(o.placedMs),
        o.expiration,
        placed ? 0 : seconds(doneMs),
        o.type.value(),
        OrderFilling.RETURN.value(),
        o.typeTime,
        0, // reason: client
        o.price,
        o.trigger,
        current,
        o.sl,
        o.tp,
        o.initialVolume,
        state == OrderState.FILLED ? 0 : o.volume,
        shown.value(),
        0, // expert
        0, // no position yet
        o.comment,
        o.symbol.contractSize(),
        o.symbol.digits(),
        CURRENCY_DIGITS,
        0, // daily commission
        0, // monthly commission
        0, // margin rate
        0, // activation mode
        millis(o.placedMs),
        millis(doneMs));
  }

  /** {@return the record of {@code p} with {@code volume} left, valued at {@code price}} */
  static Position position(OpenPosition p, long volume, double price, double profit) {
    return new Position(
        p.ticket,
        p.openingOrder,
        seconds(p.openedMs),
        seconds(p.updatedMs),
        p.symbol.tradeSymbol(),
        (p.buy ? PositionType.BUY : PositionType.SELL).value(),
        p.priceOpen,
        price,
        p.sl,
        p.tp,
        volume,
        profit,
        RATE,
        RATE,
        0, // commission
        0, // storage
        0, // expert
        0, // expert position id
        p.comment,
        p.symbol.contractSize(),
        p.symbol.digits(),
        CURRENCY_DIGITS,
        0, // reason: client
        "",
        millis(p.openedMs),
        millis(p.updatedMs));
  }

  /** {@return a DEAL transaction: a deal and the position it changed, with the account's money} */
  static DealTransaction dealTransaction(
      int id, TransactionType type, Deal deal, Position position, AccountBook b, double floating) {
    return new DealTransaction(
        TransactionKind.DEAL.value(),
        id,
        type.value(),
        deal,
        position,
        b.balance,
        0, // credit
        0, // daily commission
        0, // monthly commission
        floating,
        List.of(),
        List.of());
  }

  /** {@return an OPEN_ORDER or HISTORY_ORDER transaction} */
  static OrderTransaction orderTransaction(
      int id, TransactionKind kind, TransactionType type, Order order) {
    return new OrderTransaction(kind.value(), id, type.value(), order);
  }
}
