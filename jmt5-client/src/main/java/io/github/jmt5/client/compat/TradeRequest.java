package io.github.jmt5.client.compat;

import java.util.Objects;

/**
 * A trade request with the fields of the official {@code MqlTradeRequest}, for {@link
 * MetaTrader5#orderSend} and {@link MetaTrader5#orderCheck}. Build with {@link #builder(int)}; the
 * fields not set are 0 (or empty), as in the official package.
 *
 * <p>What the web protocol does with each field:
 *
 * <ul>
 *   <li>{@code magic} is not sent: web terminal requests carry no expert id.
 *   <li>{@code price} of a {@code TRADE_ACTION_DEAL} is not sent as is: the client takes the price
 *       from the live quote (select the symbol first) when the symbol's execution mode needs one.
 *   <li>{@code type_filling} {@code ORDER_FILLING_BOC} is refused (invalid parameters).
 * </ul>
 *
 * @param action {@code TRADE_ACTION_*}
 * @param magic expert id; not sent
 * @param order order ticket ({@code MODIFY}, {@code REMOVE})
 * @param symbol symbol; may be empty when {@code position} or {@code order} names it
 * @param volume lots
 * @param price order price (pending orders, {@code MODIFY}); for a stop-limit order the activation
 *     price
 * @param stoplimit the limit price of a stop-limit order
 * @param sl stop loss, 0 for none
 * @param tp take profit, 0 for none
 * @param deviation accepted slippage, points
 * @param type {@code ORDER_TYPE_*}
 * @param typeFilling {@code ORDER_FILLING_*}
 * @param typeTime {@code ORDER_TIME_*}
 * @param expiration expiry of a pending order with {@code ORDER_TIME_SPECIFIED(_DAY)}, Unix seconds
 * @param comment comment, up to 31 characters
 * @param position position ticket (closing deal, {@code SLTP}, {@code CLOSE_BY})
 * @param positionBy opposite position ticket ({@code CLOSE_BY})
 */
public record TradeRequest(
    int action,
    long magic,
    long order,
    String symbol,
    double volume,
    double price,
    double stoplimit,
    double sl,
    double tp,
    long deviation,
    int type,
    int typeFilling,
    int typeTime,
    long expiration,
    String comment,
    long position,
    long positionBy) {

  /**
   * Checks that the strings are not null.
   *
   * @param action {@code TRADE_ACTION_*}
   * @param magic expert id; not sent
   * @param order order ticket ({@code MODIFY}, {@code REMOVE})
   * @param symbol symbol; may be empty when {@code position} or {@code order} names it
   * @param volume lots
   * @param price order price (pending orders, {@code MODIFY})
   * @param stoplimit the limit price of a stop-limit order
   * @param sl stop loss, 0 for none
   * @param tp take profit, 0 for none
   * @param deviation accepted slippage, points
   * @param type {@code ORDER_TYPE_*}
   * @param typeFilling {@code ORDER_FILLING_*}
   * @param typeTime {@code ORDER_TIME_*}
   * @param expiration expiry of a pending order with {@code ORDER_TIME_SPECIFIED(_DAY)}, Unix
   *     seconds
   * @param comment comment, up to 31 characters
   * @param position position ticket (closing deal, {@code SLTP}, {@code CLOSE_BY})
   * @param positionBy opposite position ticket ({@code CLOSE_BY})
   */
  public TradeRequest {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(comment, "comment");
  }

  /**
   * {@return a builder for a request with {@code action} ({@code TRADE_ACTION_*})}
   *
   * @param action the {@code TRADE_ACTION_*} constant
   */
  public static Builder builder(int action) {
    return new Builder(action);
  }

  /** {@return a builder holding this request} */
  public Builder toBuilder() {
    return new Builder(action)
        .magic(magic)
        .order(order)
        .symbol(symbol)
        .volume(volume)
        .price(price)
        .stoplimit(stoplimit)
        .sl(sl)
        .tp(tp)
        .deviation(deviation)
        .type(type)
        .typeFilling(typeFilling)
        .typeTime(typeTime)
        .expiration(expiration)
        .comment(comment)
        .position(position)
        .positionBy(positionBy);
  }

  /** Builder of {@link TradeRequest}; every field but the action defaults to 0 or empty. */
  public static final class Builder {
    private final int action;
    private long magic;
    private long order;
    private String symbol = "";
    private double volume;
    private double price;
    private double stoplimit;
    private double sl;
    private double tp;
    private long deviation;
    private int type;
    private int typeFilling;
    private int typeTime;
    private long expiration;
    private String comment = "";
    private long position;
    private long positionBy;

    private Builder(int action) {
      this.action = action;
    }

    /**
     * Sets {@code magic}.
     *
     * @param magic expert id stored with the order, any value
     * @return this builder
     */
    public Builder magic(long magic) {
      this.magic = magic;
      return this;
    }

    /**
     * Sets {@code order}.
     *
     * @param order ticket of the pending order to modify or remove
     * @return this builder
     */
    public Builder order(long order) {
      this.order = order;
      return this;
    }

    /**
     * Sets {@code symbol}.
     *
     * @param symbol symbol name
     * @return this builder
     */
    public Builder symbol(String symbol) {
      this.symbol = Objects.requireNonNull(symbol, "symbol");
      return this;
    }

    /**
     * Sets {@code volume}, lots.
     *
     * @param volume volume in lots
     * @return this builder
     */
    public Builder volume(double volume) {
      this.volume = volume;
      return this;
    }

    /**
     * Sets {@code price}.
     *
     * @param price order price; 0 for a market order at the current price
     * @return this builder
     */
    public Builder price(double price) {
      this.price = price;
      return this;
    }

    /**
     * Sets {@code stoplimit}.
     *
     * @param stoplimit limit price of a stop-limit order, set when it triggers
     * @return this builder
     */
    public Builder stoplimit(double stoplimit) {
      this.stoplimit = stoplimit;
      return this;
    }

    /**
     * Sets {@code sl}.
     *
     * @param sl stop-loss price, 0 for none
     * @return this builder
     */
    public Builder sl(double sl) {
      this.sl = sl;
      return this;
    }

    /**
     * Sets {@code tp}.
     *
     * @param tp take-profit price, 0 for none
     * @return this builder
     */
    public Builder tp(double tp) {
      this.tp = tp;
      return this;
    }

    /**
     * Sets {@code deviation}, points.
     *
     * @param deviation largest accepted slippage in points
     * @return this builder
     */
    public Builder deviation(long deviation) {
      this.deviation = deviation;
      return this;
    }

    /**
     * Sets {@code type} ({@code ORDER_TYPE_*}).
     *
     * @param type the {@code ORDER_TYPE_*} constant
     * @return this builder
     */
    public Builder type(int type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code type_filling} ({@code ORDER_FILLING_*}).
     *
     * @param typeFilling the {@code ORDER_FILLING_*} constant
     * @return this builder
     */
    public Builder typeFilling(int typeFilling) {
      this.typeFilling = typeFilling;
      return this;
    }

    /**
     * Sets {@code type_time} ({@code ORDER_TIME_*}).
     *
     * @param typeTime the {@code ORDER_TIME_*} constant
     * @return this builder
     */
    public Builder typeTime(int typeTime) {
      this.typeTime = typeTime;
      return this;
    }

    /**
     * Sets {@code expiration}, Unix seconds.
     *
     * @param expiration expiry of an {@code ORDER_TIME_SPECIFIED} order, Unix seconds
     * @return this builder
     */
    public Builder expiration(long expiration) {
      this.expiration = expiration;
      return this;
    }

    /**
     * Sets {@code comment}.
     *
     * @param comment order comment, not null
     * @return this builder
     */
    public Builder comment(String comment) {
      this.comment = Objects.requireNonNull(comment, "comment");
      return this;
    }

    /**
     * Sets {@code position}.
     *
     * @param position ticket of the position to close or modify
     * @return this builder
     */
    public Builder position(long position) {
      this.position = position;
      return this;
    }

    /**
     * Sets {@code position_by}.
     *
     * @param positionBy ticket of the opposite position of a close-by
     * @return this builder
     */
    public Builder positionBy(long positionBy) {
      this.positionBy = positionBy;
      return this;
    }

    /** {@return the request} */
    public TradeRequest build() {
      return new TradeRequest(
          action,
          magic,
          order,
          symbol,
          volume,
          price,
          stoplimit,
          sl,
          tp,
          deviation,
          type,
          typeFilling,
          typeTime,
          expiration,
          comment,
          position,
          positionBy);
    }
  }
}
