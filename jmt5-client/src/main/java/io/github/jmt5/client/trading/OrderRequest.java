package io.github.jmt5.client.trading;

import io.github.jmt5.protocol.enums.OrderFilling;
import io.github.jmt5.protocol.enums.OrderTime;
import io.github.jmt5.protocol.enums.OrderType;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to trade: a market or pending order, with its optional stops, expiry, filling and comment.
 * Build with {@link #market}, {@link #pending} or {@link #builder}; prices are real prices (not
 * scaled), volumes are lots.
 *
 * @param symbol symbol name
 * @param type order type
 * @param volume lots, positive
 * @param price limit/stop price of a pending order; for a market order 0 (use the quote)
 * @param stopLimit the limit price placed when a stop-limit order triggers, else 0
 * @param sl stop loss, 0 for none
 * @param tp take profit, 0 for none
 * @param deviation accepted slippage in points (request and instant execution)
 * @param filling filling policy, or null to pick it from the symbol's flags
 * @param time lifetime of a pending order
 * @param expiration expiry for {@link OrderTime#SPECIFIED} and {@link OrderTime#SPECIFIED_DAY}
 * @param comment up to 31 characters
 * @param position position to close (market order) or 0
 */
public record OrderRequest(
    String symbol,
    OrderType type,
    double volume,
    double price,
    double stopLimit,
    double sl,
    double tp,
    int deviation,
    @Nullable OrderFilling filling,
    OrderTime time,
    @Nullable Instant expiration,
    String comment,
    long position) {
  /**
   * Checks the components.
   *
   * @param symbol symbol name
   * @param type order type
   * @param volume lots, positive
   * @param price limit/stop price of a pending order
   * @param stopLimit the limit price placed when a stop-limit order triggers, else 0
   * @param sl stop loss, 0 for none
   * @param tp take profit, 0 for none
   * @param deviation accepted slippage in points (request and instant execution)
   * @param filling filling policy, or null to pick it from the symbol's flags
   * @param time lifetime of a pending order
   * @param expiration expiry for {@link OrderTime#SPECIFIED} and {@link OrderTime#SPECIFIED_DAY}
   * @param comment up to 31 characters
   * @param position position to close (market order) or 0
   */
  public OrderRequest {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(comment, "comment");
    if (symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank");
    }
    if (!(volume > 0) || Double.isInfinite(volume)) {
      throw new IllegalArgumentException("volume must be a positive number of lots, was " + volume);
    }
    if (type == OrderType.CLOSE_BY) {
      throw new IllegalArgumentException("use Trading.closeBy for close-by");
    }
    if (type.isPending() && !(price > 0)) {
      throw new IllegalArgumentException("a " + type.description() + " order needs a price > 0");
    }
    if ((type == OrderType.BUY_STOP_LIMIT || type == OrderType.SELL_STOP_LIMIT)
        && !(stopLimit > 0)) {
      throw new IllegalArgumentException("a stop-limit order needs stopLimit > 0");
    }
    if (price < 0 || stopLimit < 0 || sl < 0 || tp < 0) {
      throw new IllegalArgumentException("prices must not be negative");
    }
    if (deviation < 0) {
      throw new IllegalArgumentException("deviation must be >= 0 points, was " + deviation);
    }
    boolean needsExpiry = time == OrderTime.SPECIFIED || time == OrderTime.SPECIFIED_DAY;
    if (needsExpiry && expiration == null) {
      throw new IllegalArgumentException(time + " needs an expiration");
    }
    if (comment.length() > 31) {
      throw new IllegalArgumentException("comment must be at most 31 characters");
    }
  }

  /**
   * {@return a market order (buy or sell)}
   *
   * @param symbol symbol name
   * @param type {@link OrderType#BUY} or {@link OrderType#SELL}
   * @param lots volume in lots, positive
   * @throws IllegalArgumentException if {@code type} is not a market type
   */
  public static OrderRequest market(String symbol, OrderType type, double lots) {
    if (!type.isMarket()) {
      throw new IllegalArgumentException(type + " is not a market order type");
    }
    return builder(symbol, type, lots).build();
  }

  /**
   * {@return a pending order at {@code price}}
   *
   * @param symbol symbol name
   * @param type a pending type (limit, stop or stop-limit)
   * @param lots volume in lots, positive
   * @param price the order price
   * @throws IllegalArgumentException if {@code type} is not a pending type
   */
  public static OrderRequest pending(String symbol, OrderType type, double lots, double price) {
    if (!type.isPending()) {
      throw new IllegalArgumentException(type + " is not a pending order type");
    }
    return builder(symbol, type, lots).price(price).build();
  }

  /**
   * {@return a builder for an order of {@code lots} of {@code symbol}}
   *
   * @param symbol symbol name
   * @param type the order type
   * @param lots volume in lots, positive
   */
  public static Builder builder(String symbol, OrderType type, double lots) {
    return new Builder(symbol, type, lots);
  }

  /** {@return a builder holding this request} */
  public Builder toBuilder() {
    Builder b = new Builder(symbol, type, volume);
    b.price = price;
    b.stopLimit = stopLimit;
    b.sl = sl;
    b.tp = tp;
    b.deviation = deviation;
    b.filling = filling;
    b.time = time;
    b.expiration = expiration;
    b.comment = comment;
    b.position = position;
    return b;
  }

  /** Builder of {@link OrderRequest}. */
  public static final class Builder {
    private final String symbol;
    private final OrderType type;
    private final double volume;
    private double price;
    private double stopLimit;
    private double sl;
    private double tp;
    private int deviation;
    private @Nullable OrderFilling filling;
    private OrderTime time = OrderTime.GTC;
    private @Nullable Instant expiration;
    private String comment = "";
    private long position;

    private Builder(String symbol, OrderType type, double volume) {
      this.symbol = symbol;
      this.type = type;
      this.volume = volume;
    }

    /**
     * Sets the order price; 0 for a market order at the current price.
     *
     * @param price the price
     * @return this builder
     */
    public Builder price(double price) {
      this.price = price;
      return this;
    }

    /**
     * Sets the limit price of a stop-limit order.
     *
     * @param price the limit price
     * @return this builder
     */
    public Builder stopLimit(double price) {
      this.stopLimit = price;
      return this;
    }

    /**
     * Sets the stop loss.
     *
     * @param sl the price, 0 for none
     * @return this builder
     */
    public Builder sl(double sl) {
      this.sl = sl;
      return this;
    }

    /**
     * Sets the take profit.
     *
     * @param tp the price, 0 for none
     * @return this builder
     */
    public Builder tp(double tp) {
      this.tp = tp;
      return this;
    }

    /**
     * Sets the accepted slippage (request and instant execution).
     *
     * @param points slippage in points
     * @return this builder
     */
    public Builder deviation(int points) {
      this.deviation = points;
      return this;
    }

    /**
     * Sets the filling policy.
     *
     * @param filling the policy, or {@code null} to pick it from the symbol's flags
     * @return this builder
     */
    public Builder filling(OrderFilling filling) {
      this.filling = filling;
      return this;
    }

    /**
     * Sets the lifetime of a pending order.
     *
     * @param time the lifetime
     * @param expiration expiry for {@link OrderTime#SPECIFIED} and {@link OrderTime#SPECIFIED_DAY},
     *     else {@code null}
     * @return this builder
     */
    public Builder expiration(OrderTime time, @Nullable Instant expiration) {
      this.time = time;
      this.expiration = expiration;
      return this;
    }

    /**
     * Sets the comment.
     *
     * @param comment up to 31 characters
     * @return this builder
     */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /**
     * Closes (part of) position {@code ticket} instead of opening.
     *
     * @param ticket the position ticket
     * @return this builder
     */
    public Builder position(long ticket) {
      this.position = ticket;
      return this;
    }

    /**
     * {@return the request}
     *
     * @throws IllegalArgumentException for a blank symbol, a volume that is not positive, a
     *     close-by type, or a pending order without a positive price
     */
    public OrderRequest build() {
      return new OrderRequest(
          symbol,
          type,
          volume,
          price,
          stopLimit,
          sl,
          tp,
          deviation,
          filling,
          time,
          expiration,
          comment,
          position);
    }
  }
}
