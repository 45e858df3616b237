package io.github.jmt5.client.calc;

import io.github.jmt5.protocol.enums.OrderType;
import java.util.Objects;

/**
 * An order planned but not sent, to price and check locally (margin, profit, {@link OrderChecker}).
 * Sending one goes through {@link io.github.jmt5.client.trading.OrderRequest}.
 *
 * @param symbol symbol name
 * @param type order type
 * @param volume volume in lots (checked against the symbol's limits by {@link OrderChecker})
 * @param price order price, 0 for a market order at the current quote (resolved by {@link
 *     TradeCalculations})
 * @param stopLoss stop loss price, 0 for none
 * @param takeProfit take profit price, 0 for none
 */
public record PlannedOrder(
    String symbol,
    OrderType type,
    double volume,
    double price,
    double stopLoss,
    double takeProfit) {

  /**
   * Checks the components.
   *
   * @param symbol symbol name
   * @param type order type
   * @param volume volume in lots (checked against the symbol's limits by {@link OrderChecker})
   * @param price order price, 0 for a market order at the current quote
   * @param stopLoss stop loss price, 0 for none
   * @param takeProfit take profit price, 0 for none
   * @throws IllegalArgumentException if the symbol is blank, the volume is not finite, or a price
   *     is not finite or negative
   */
  public PlannedOrder {
    if (Objects.requireNonNull(symbol, "symbol").isBlank()) {
      throw new IllegalArgumentException("symbol must be a non-blank symbol name");
    }
    Objects.requireNonNull(type, "type");
    Args.finite(volume, "volume");
    Args.nonNegative(price, "price");
    Args.nonNegative(stopLoss, "stopLoss");
    Args.nonNegative(takeProfit, "takeProfit");
  }

  /**
   * A market order without stops.
   *
   * @param symbol symbol name
   * @param type {@link OrderType#BUY} or {@link OrderType#SELL}
   * @param volume volume in lots
   * @return the request, priced at the current quote
   */
  public static PlannedOrder market(String symbol, OrderType type, double volume) {
    return new PlannedOrder(symbol, type, volume, 0, 0, 0);
  }

  /**
   * This request at another price.
   *
   * @param newPrice order price, at least 0
   * @return the updated request
   */
  public PlannedOrder withPrice(double newPrice) {
    return new PlannedOrder(symbol, type, volume, newPrice, stopLoss, takeProfit);
  }

  /**
   * This request with other stops.
   *
   * @param newStopLoss stop loss price, 0 for none
   * @param newTakeProfit take profit price, 0 for none
   * @return the updated request
   */
  public PlannedOrder withStops(double newStopLoss, double newTakeProfit) {
    return new PlannedOrder(symbol, type, volume, price, newStopLoss, newTakeProfit);
  }
}
