package io.github.jmt5.client.error;

import io.github.jmt5.protocol.Mt5Exception;
import io.github.jmt5.protocol.enums.TradeActionType;
import io.github.jmt5.protocol.enums.TradeRetcode;
import java.util.Optional;

/**
 * A trade request was rejected, by the server or by a local check before sending. Carries the
 * retcode (PROTOCOL.md 9.9) and what was asked: symbol, action, volume, price and the server's
 * comment.
 */
public class TradeException extends Mt5Exception {
  private static final long serialVersionUID = 1L;

  /** The trade return code. */
  private final int retcode;

  /** The symbol traded. */
  private final String symbol;

  /** The {@code trade_action} sent. */
  private final int action;

  /** Volume in lots. */
  private final double volume;

  /** The price sent, 0 for market price. */
  private final double price;

  /** The server's or the local check's explanation, may be empty. */
  private final String comment;

  /**
   * A rejection.
   *
   * @param retcode the trade return code
   * @param symbol the symbol traded
   * @param action the {@code trade_action} sent
   * @param volume lots
   * @param price the price sent (0 for market price)
   * @param comment the server's or the local check's explanation, may be empty
   */
  public TradeException(
      int retcode, String symbol, int action, double volume, double price, String comment) {
    super(
        "trade rejected: "
            + retcode
            + " "
            + TradeRetcode.describe(retcode)
            + " ["
            + TradeActionType.describe(action)
            + " "
            + volume
            + " lots of "
            + symbol
            + (price == 0 ? "" : " at " + price)
            + "]"
            + (comment.isEmpty() ? "" : ": " + comment));
    this.retcode = retcode;
    this.symbol = symbol;
    this.action = action;
    this.volume = volume;
    this.price = price;
    this.comment = comment;
  }

  /** {@return the raw trade return code} */
  public int retcode() {
    return retcode;
  }

  /** {@return the return code as a constant, when this library knows it} */
  public Optional<TradeRetcode> code() {
    return TradeRetcode.find(retcode);
  }

  /** {@return the symbol traded} */
  public String symbol() {
    return symbol;
  }

  /** {@return the {@code trade_action} of the request} */
  public int action() {
    return action;
  }

  /** {@return the volume in lots} */
  public double volume() {
    return volume;
  }

  /** {@return the price sent, 0 for market price} */
  public double price() {
    return price;
  }

  /** {@return the server's or the local check's explanation, may be empty} */
  public String comment() {
    return comment;
  }
}
