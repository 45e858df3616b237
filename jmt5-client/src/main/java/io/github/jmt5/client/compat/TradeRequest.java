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

  /** Checks that the strings are not null. */
  public TradeRequest {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(comment, "comment");
  }

  /** A builder for a request with {@code action} ({@code TRADE_ACTION_*}). */
  public static Builder builder(int action) {
    return new Builder(action);
  }

  /** A builder holding this request. */
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

    /** Sets {@code magic}. */
    public Builder magic(long magic) {
      this.magic = magic;
      return this;
    }

    /** Sets {@code order}. */
    public Builder order(long order) {
      this.order = order;
      return this;
    }

    /** Sets {@code symbol}. */
    public Builder symbol(String symbol) {
      this.symbol = Objects.requireNonNull(symbol, "symbol");
      return this;
    }

    /** Sets {@code volume}, lots. */
    public Builder volume(double volume) {
      this.volume = volume;
      return this;
    }

    /** Sets {@code price}. */
    public Builder price(double price) {
      this.price = price;
      return this;
    }

    /** Sets {@code stoplimit}. */
    public Builder stoplimit(double stoplimit) {
      this.stoplimit = stoplimit;
      return this;
    }

    /** Sets {@code sl}. */
    public Builder sl(double sl) {
      this.sl = sl;
      return this;
    }

    /** Sets {@code tp}. */
    public Builder tp(double tp) {
      this.tp = tp;
      return this;
    }

    /** Sets {@code deviation}, points. */
    public Builder deviation(long deviation) {
      this.deviation = deviation;
      return this;
    }

    /** Sets {@code type} ({@code ORDER_TYPE_*}). */
    public Builder type(int type) {
      this.type = type;
      return this;
    }

    /** Sets {@code type_filling} ({@code ORDER_FILLING_*}). */
    public Builder typeFilling(int typeFilling) {
      this.typeFilling = typeFilling;
      return this;
    }

    /** Sets {@code type_time} ({@code ORDER_TIME_*}). */
    public Builder typeTime(int typeTime) {
      this.typeTime = typeTime;
      return this;
    }

    /** Sets {@code expiration}, Unix seconds. */
    public Builder expiration(long expiration) {
      this.expiration = expiration;
      return this;
    }

    /** Sets {@code comment}. */
    public Builder comment(String comment) {
      this.comment = Objects.requireNonNull(comment, "comment");
      return this;
    }

    /** Sets {@code position}. */
    public Builder position(long position) {
      this.position = position;
      return this;
    }

    /** Sets {@code position_by}. */
    public Builder positionBy(long positionBy) {
      this.positionBy = positionBy;
      return this;
    }

    /** The request. */
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
