package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.enums.FillingFlag;
import io.github.jmt5.protocol.enums.OrderFilling;
import io.github.jmt5.protocol.enums.OrderTime;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.SymbolTradeMode;
import io.github.jmt5.protocol.enums.TradeActionType;
import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.message.account.TradeSettings;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.market.ScheduleSession;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/** The checks a trade server makes before it executes or places anything. */
final class TradeChecks {
  private TradeChecks() {}

  /** Within the symbol's minimum and maximum, and a whole number of steps. */
  static boolean volumeValid(TradeSettings t, long volume) {
    return volume >= t.volumeMin()
        && volume <= t.volumeMax()
        && t.volumeStep() > 0
        && volume % t.volumeStep() == 0;
  }

  /**
   * {@return the rejection the symbol's trade mode calls for, if any}
   *
   * @param reducing whether the order closes or reduces a position
   */
  static Optional<TradeRetcode> tradeMode(int tradeMode, boolean buy, boolean reducing) {
    return SymbolTradeMode.find(tradeMode)
        .flatMap(
            mode ->
                switch (mode) {
                  case DISABLED -> Optional.of(TradeRetcode.TRADE_DISABLED);
                  case LONG_ONLY ->
                      !buy && !reducing ? Optional.of(TradeRetcode.LONG_ONLY) : Optional.empty();
                  case SHORT_ONLY ->
                      buy && !reducing ? Optional.of(TradeRetcode.SHORT_ONLY) : Optional.empty();
                  case CLOSE_ONLY ->
                      reducing ? Optional.empty() : Optional.of(TradeRetcode.CLOSE_ONLY);
                  case FULL -> Optional.empty();
                });
  }

  /** FOK and IOC as the symbol's fill flags allow; RETURN on exchange execution only. */
  static boolean fillingAllowed(int filling, int fillFlags, TradeActionType action) {
    return OrderFilling.find(filling)
        .map(
            f ->
                switch (f) {
                  case FOK -> FillingFlag.FOK.isSetIn(fillFlags);
                  case IOC -> FillingFlag.IOC.isSetIn(fillFlags);
                  case RETURN -> action == TradeActionType.EXCHANGE;
                })
        .orElse(false);
  }

  /** True inside one of the symbol's trade sessions (schedule minutes, UTC). */
  static boolean inTradeSession(FullSymbol s, long nowMs) {
    ZonedDateTime t = Instant.ofEpochMilli(nowMs).atZone(ZoneOffset.UTC);
    int day = t.getDayOfWeek().getValue() % 7; // Sunday = 0
    int minute = t.getHour() * 60 + t.getMinute();
    for (ScheduleSession session : s.schedule().tradeSessions(day)) {
      if (session.to() > session.from() && minute >= session.from() && minute < session.to()) {
        return true;
      }
    }
    return false;
  }

  /** The minimum distance of prices and stops from the market: the stops level in points. */
  static double stopsGap(FullSymbol s) {
    return s.trade().tradeStopsLevel() * s.point();
  }

  /**
   * A buy's stop loss lies below the price and its take profit above (the reverse for a sell), by
   * the gap.
   */
  static boolean stopsValid(boolean buy, double price, double sl, double tp, double gap) {
    boolean slOk = sl == 0 || (buy ? sl <= price - gap : sl >= price + gap);
    boolean tpOk = tp == 0 || (buy ? tp >= price + gap : tp <= price - gap);
    return slOk && tpOk;
  }

  /** Where an order of {@code type} may be placed relative to the market and the stops level. */
  static boolean priceValid(
      OrderType type, double price, double trigger, double bid, double ask, double gap) {
    return switch (type) {
      case BUY_LIMIT -> price > 0 && price <= ask - gap;
      case SELL_LIMIT -> price >= bid + gap;
      case BUY_STOP -> price >= ask + gap;
      case BUY_STOP_LIMIT -> trigger >= ask + gap && price > 0 && price <= trigger;
      case SELL_STOP -> price > 0 && price <= bid - gap;
      case SELL_STOP_LIMIT -> trigger > 0 && trigger <= bid - gap && price >= trigger;
      case BUY, SELL, CLOSE_BY -> false;
    };
  }

  /** True when a SPECIFIED or SPECIFIED_DAY lifetime ended at or before {@code nowMs}. */
  static boolean expired(int typeTime, int expirationSec, long nowMs) {
    boolean specified =
        typeTime == OrderTime.SPECIFIED.value() || typeTime == OrderTime.SPECIFIED_DAY.value();
    return specified && Integer.toUnsignedLong(expirationSec) * 1000 <= nowMs;
  }
}
