package io.github.jmt5.client.calc;

import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.message.account.TradeSettings;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.wire.PriceScale;
import io.github.jmt5.protocol.wire.Volume;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A local order check, like MetaTrader 5's {@code OrderCheck}: nothing is sent to the server. The
 * checks run in this order and the first failure decides the retcode:
 *
 * <ol>
 *   <li>order type: close-by, or a type the symbol's {@code trade_order_flags} do not allow: {@link
 *       TradeRetcode#INVALID_ORDER};
 *   <li>symbol trade mode: disabled {@link TradeRetcode#TRADE_DISABLED}, long only {@link
 *       TradeRetcode#LONG_ONLY}, short only {@link TradeRetcode#SHORT_ONLY}, close only {@link
 *       TradeRetcode#CLOSE_ONLY} (the checked order opens a position);
 *   <li>volume: above 0, within {@code volume_min}..{@code volume_max} (a maximum of 0 means no
 *       maximum) and a whole multiple of {@code volume_step}: {@link TradeRetcode#INVALID_VOLUME};
 *   <li>price: above 0 with at most the symbol's {@code digits} decimals: {@link
 *       TradeRetcode#INVALID_PRICE};
 *   <li>stops: a stop loss or take profit (0 = none) must have the symbol's digits, lie on the
 *       losing / winning side of the order price (below / above it for a buy, the reverse for a
 *       sell) and be at least {@code trade_stops_level} points away from it: {@link
 *       TradeRetcode#INVALID_STOPS};
 *   <li>margin: the order's margin ({@link MarginCalculator}) is added to the used margin; a
 *       negative free margin afterwards gives {@link TradeRetcode#NO_MONEY}, a margin currency no
 *       quote converts gives {@link TradeRetcode#PRICE_OFF}.
 * </ol>
 *
 * <p>The margin of the order is added to the account's used margin as it is; netting against an
 * opposite position and hedged margin are not taken into account.
 *
 * <p>Thread-safe when the margin calculator is.
 */
public final class OrderChecker {
  private static final double EPS = 1e-6;

  private final MarginCalculator margins;

  /**
   * A checker computing margins with {@code margins}.
   *
   * @param margins the margin calculator
   */
  public OrderChecker(MarginCalculator margins) {
    this.margins = Objects.requireNonNull(margins, "margins");
  }

  /**
   * Checks {@code request} against {@code symbol} and {@code account}.
   *
   * @param symbol the configuration of the request's symbol
   * @param request the order; its price must already be set (0 fails the price check)
   * @param account the account before the order
   * @return the outcome; never throws for a request the server would reject
   * @throws IllegalArgumentException if the request names another symbol than {@code symbol}, or
   *     the symbol has an unsupported calculation mode or lacks a field its mode needs
   */
  public OrderCheckResult check(FullSymbol symbol, PlannedOrder request, AccountState account) {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(account, "account");
    if (!request.symbol().equals(symbol.tradeSymbol())) {
      throw new IllegalArgumentException(
          "request.symbol must be "
              + symbol.tradeSymbol()
              + " (the symbol checked against), was "
              + request.symbol());
    }
    TradeSettings trade = symbol.trade();
    OrderType type = request.type();
    String name = symbol.tradeSymbol();
    if (type == OrderType.CLOSE_BY || !type.isAllowedBy(trade.tradeOrderFlags())) {
      return reject(
          account, TradeRetcode.INVALID_ORDER, type.description() + " orders are not allowed");
    }
    String modeProblem = tradeModeProblem(trade.tradeMode(), type);
    if (modeProblem != null) {
      return reject(account, modeRetcode(trade.tradeMode()), name + ": " + modeProblem);
    }
    String volumeProblem = volumeProblem(trade, request.volume());
    if (volumeProblem != null) {
      return reject(account, TradeRetcode.INVALID_VOLUME, volumeProblem);
    }
    double price = request.price();
    if (price <= 0 || !onDigits(price, symbol.digits())) {
      return reject(
          account,
          TradeRetcode.INVALID_PRICE,
          "price " + price + " must be above 0 with at most " + symbol.digits() + " decimals");
    }
    String stopsProblem = stopsProblem(symbol, request);
    if (stopsProblem != null) {
      return reject(account, TradeRetcode.INVALID_STOPS, stopsProblem);
    }
    double required;
    try {
      required =
          margins.margin(
              symbol, type, request.volume(), price, account.leverage(), account.currency());
    } catch (MissingRateException e) {
      return reject(
          account,
          TradeRetcode.PRICE_OFF,
          Objects.requireNonNullElse(e.getMessage(), "no quote converts the margin currency"));
    }
    int digits = account.currencyDigits();
    AccountState after = account.withMoney(account.profit(), account.margin() + required);
    double free = after.freeMargin();
    TradeRetcode retcode = free < 0 ? TradeRetcode.NO_MONEY : TradeRetcode.OK;
    String comment =
        free < 0
            ? String.format(
                Locale.ROOT,
                "not enough money: margin %s %s required, free margin %s %s",
                plain(Money.round(required, digits)),
                account.currency(),
                plain(Money.round(account.freeMargin(), digits)),
                account.currency())
            : "done";
    return new OrderCheckResult(
        retcode,
        comment,
        Money.round(required, digits),
        Money.round(after.balance(), digits),
        Money.round(after.equity(), digits),
        Money.round(after.profit(), digits),
        Money.round(after.margin(), digits),
        Money.round(free, digits),
        Money.round(after.marginLevel(), 2));
  }

  private static OrderCheckResult reject(
      AccountState account, TradeRetcode retcode, String comment) {
    int d = account.currencyDigits();
    return new OrderCheckResult(
        retcode,
        comment,
        0,
        Money.round(account.balance(), d),
        Money.round(account.equity(), d),
        Money.round(account.profit(), d),
        Money.round(account.margin(), d),
        Money.round(account.freeMargin(), d),
        Money.round(account.marginLevel(), 2));
  }

  private static @Nullable String tradeModeProblem(int tradeMode, OrderType type) {
    return switch (tradeMode) {
      case 0 -> "trading is disabled";
      case 1 -> type.isSell() ? "only long positions are allowed" : null;
      case 2 -> type.isBuy() ? "only short positions are allowed" : null;
      case 3 -> "only closing positions is allowed";
      default -> null;
    };
  }

  private static TradeRetcode modeRetcode(int tradeMode) {
    return switch (tradeMode) {
      case 0 -> TradeRetcode.TRADE_DISABLED;
      case 1 -> TradeRetcode.LONG_ONLY;
      case 2 -> TradeRetcode.SHORT_ONLY;
      default -> TradeRetcode.CLOSE_ONLY;
    };
  }

  private static @Nullable String volumeProblem(TradeSettings trade, double volume) {
    if (!(volume > 0) || volume > 9e10) {
      return "volume " + plain(volume) + " must be above 0";
    }
    long wire = Volume.toWire(volume);
    long min = trade.volumeMin();
    long max = trade.volumeMax();
    long step = trade.volumeStep();
    if (wire <= 0 || Long.compareUnsigned(wire, min) < 0) {
      return "volume " + plain(volume) + " is below the minimum " + lots(min);
    }
    if (max != 0 && Long.compareUnsigned(wire, max) > 0) {
      return "volume " + plain(volume) + " is above the maximum " + lots(max);
    }
    if (step != 0 && Long.remainderUnsigned(wire, step) != 0) {
      return "volume " + plain(volume) + " is not a multiple of the step " + lots(step);
    }
    return null;
  }

  private static @Nullable String stopsProblem(FullSymbol symbol, PlannedOrder request) {
    double price = request.price();
    int level = Math.max(0, symbol.trade().tradeStopsLevel());
    double point = symbol.point() > 0 ? symbol.point() : Math.pow(10, -symbol.digits());
    boolean buy = request.type().isBuy();
    double sl = request.stopLoss();
    double tp = request.takeProfit();
    if (sl > 0) {
      if (!onDigits(sl, symbol.digits())) {
        return "stop loss " + sl + " has more than " + symbol.digits() + " decimals";
      }
      double distance = (buy ? price - sl : sl - price) / point;
      if (distance <= EPS || distance < level - EPS) {
        return stopsMessage("stop loss", sl, buy ? "below" : "above", price, level);
      }
    }
    if (tp > 0) {
      if (!onDigits(tp, symbol.digits())) {
        return "take profit " + tp + " has more than " + symbol.digits() + " decimals";
      }
      double distance = (buy ? tp - price : price - tp) / point;
      if (distance <= EPS || distance < level - EPS) {
        return stopsMessage("take profit", tp, buy ? "above" : "below", price, level);
      }
    }
    return null;
  }

  private static String stopsMessage(
      String what, double stop, String where, double price, int level) {
    return what
        + " "
        + stop
        + " must be "
        + where
        + " the price "
        + price
        + (level > 0 ? " by at least " + level + " points" : "");
  }

  private static boolean onDigits(double price, int digits) {
    int d = Math.max(0, Math.min(digits, 8));
    double normalized = PriceScale.normalize(price, d);
    return Math.abs(price - normalized) <= Math.pow(10, -d) * 1e-3;
  }

  private static String lots(long wire) {
    return plain(Volume.toLots(wire));
  }

  private static String plain(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
