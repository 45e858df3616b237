package io.github.jmt5.protocol.enums;

import java.util.Optional;

/**
 * A trade return code (PROTOCOL.md 9.9): the u32 of the cmd 12 reply (0 = accepted, the outcome
 * follows in cmd 19; anything else = immediate rejection) and the {@code retcode} of the cmd 19
 * push. Trade outcomes never appear in the frame's {@code code} byte; see {@link ServerResultCode}.
 *
 * <p>The classes follow the web terminal (PROTOCOL.md 7.5): {@link #isSuccess()}, {@link
 * #isFinal()}, {@link #isDone()}, {@link #isInProgress()}. Each also exists as a static method on
 * the raw {@code int}, so unknown codes can be classified too (an unknown code is final and neither
 * success nor done).
 *
 * <p>Records keep the raw {@code int}; {@link #find(int)} is empty and {@link #describe(int)} gives
 * {@code "unknown (N)"} for codes this library does not know, so new server codes are never lost.
 */
public enum TradeRetcode implements WireEnum {
  /** Ok / request accepted. */
  OK(0, "ok / request accepted"),
  /** Ok (generic). */
  OK_NONE(1, "ok (generic)"),
  /** Common error. */
  ERROR(2, "common error"),
  /** Invalid parameters. */
  INVALID_PARAMS_3(3, "invalid parameters"),
  /** Invalid parameters. */
  INVALID_PARAMS_4(4, "invalid parameters"),
  /** Server problem. */
  SERVER_PROBLEM_5(5, "server problem"),
  /** Server problem. */
  SERVER_PROBLEM_6(6, "server problem"),
  /** Network problem. */
  NETWORK_PROBLEM(7, "network problem"),
  /** Not enough permissions. */
  NO_PERMISSIONS(8, "not enough permissions"),
  /** Timeout. */
  TIMEOUT(9, "timeout"),
  /** No connection. */
  NO_CONNECTION(10, "no connection"),
  /** Too frequent requests. */
  TOO_FREQUENT(12, "too frequent requests"),
  /** Demo account allocation disabled. */
  DEMO_ALLOCATION_DISABLED(1025, "demo account allocation disabled"),
  /** Request on the way. */
  IN_WAY(10001, "request on the way"),
  /** Request accepted. */
  ACCEPTED(10002, "request accepted"),
  /** Request processed. */
  PROCESSED(10003, "request processed"),
  /** Requote. */
  REQUOTE(10004, "requote"),
  /** Prices (new quotes supplied). */
  PRICES(10005, "prices (new quotes supplied)"),
  /** Request rejected. */
  REJECT(10006, "request rejected"),
  /** Request canceled by trader. */
  CANCEL(10007, "request canceled by trader"),
  /** Order placed. */
  PLACED(10008, "order placed"),
  /** Request completed. */
  DONE(10009, "request completed"),
  /** Request partially completed. */
  DONE_PARTIAL(10010, "request partially completed"),
  /** Request processing error. */
  PROCESSING_ERROR(10011, "request processing error"),
  /** Request canceled by timeout. */
  CANCELED_BY_TIMEOUT(10012, "request canceled by timeout"),
  /** Invalid request. */
  INVALID_REQUEST(10013, "invalid request"),
  /** Invalid volume. */
  INVALID_VOLUME(10014, "invalid volume"),
  /** Invalid price. */
  INVALID_PRICE(10015, "invalid price"),
  /** Invalid stops. */
  INVALID_STOPS(10016, "invalid stops"),
  /** Trade disabled. */
  TRADE_DISABLED(10017, "trade disabled"),
  /** Market closed. */
  MARKET_CLOSED(10018, "market closed"),
  /** Not enough money. */
  NO_MONEY(10019, "not enough money"),
  /** Prices changed. */
  PRICE_CHANGED(10020, "prices changed"),
  /** No quotes to process the request (off quotes). */
  PRICE_OFF(10021, "no quotes to process the request (off quotes)"),
  /** Invalid order expiration. */
  INVALID_EXPIRATION(10022, "invalid order expiration"),
  /** Order state changed. */
  ORDER_CHANGED(10023, "order state changed"),
  /** Too many requests. */
  TOO_MANY_REQUESTS(10024, "too many requests"),
  /** No changes in request. */
  NO_CHANGES(10025, "no changes in request"),
  /** Auto-trading disabled by server. */
  SERVER_DISABLES_AUTOTRADING(10026, "auto-trading disabled by server"),
  /** Auto-trading disabled by client. */
  CLIENT_DISABLES_AUTOTRADING(10027, "auto-trading disabled by client"),
  /** Request locked for processing. */
  LOCKED(10028, "request locked for processing"),
  /** Order or position frozen (too close to market). */
  FROZEN(10029, "order or position frozen (too close to market)"),
  /** Invalid or unsupported order filling type. */
  INVALID_FILL(10030, "invalid or unsupported order filling type"),
  /** No connection with the trade server. */
  TRADE_SERVER_CONNECTION(10031, "no connection with the trade server"),
  /** Operation allowed only for live accounts. */
  ONLY_REAL(10032, "operation allowed only for live accounts"),
  /** Pending orders limit reached. */
  LIMIT_ORDERS(10033, "pending orders limit reached"),
  /** Volume limit for the symbol reached. */
  LIMIT_VOLUME(10034, "volume limit for the symbol reached"),
  /** Invalid or prohibited order type. */
  INVALID_ORDER(10035, "invalid or prohibited order type"),
  /** Position already closed. */
  POSITION_CLOSED(10036, "position already closed"),
  /** A close order for this position already exists. */
  CLOSE_ORDER_EXIST(10039, "a close order for this position already exists"),
  /** Positions limit reached. */
  LIMIT_POSITIONS(10040, "positions limit reached"),
  /** Pending-order activation rejected, order canceled. */
  REJECT_CANCEL(10041, "pending-order activation rejected, order canceled"),
  /** Only long positions allowed. */
  LONG_ONLY(10042, "only long positions allowed"),
  /** Only short positions allowed. */
  SHORT_ONLY(10043, "only short positions allowed"),
  /** Only position closing allowed. */
  CLOSE_ONLY(10044, "only position closing allowed"),
  /** Position close prohibited by FIFO rule. */
  FIFO_CLOSE(10045, "position close prohibited by FIFO rule"),
  /** Done partially (server-internal variant). */
  DONE_PARTIAL_INTERNAL(11001, "done partially (server-internal variant)");

  private static final WireEnums.Table<TradeRetcode> TABLE = WireEnums.table(values());

  private final int value;
  private final String description;

  TradeRetcode(int value, String description) {
    this.value = value;
    this.description = description;
  }

  /** The retcode as sent (u32 on the wire; every known code is positive). */
  @Override
  public int value() {
    return value;
  }

  @Override
  public String description() {
    return description;
  }

  /**
   * {@return true for the web terminal's success set: placed, done, done partially (10008-10010,
   * 11001)}
   */
  public boolean isSuccess() {
    return isSuccess(value);
  }

  /** {@return true unless the request is still on its way (0, 10001, 10002, 10003, 10028)} */
  public boolean isFinal() {
    return isFinal(value);
  }

  /** {@return true when the request was executed: done or done partially (10009, 10010, 11001)} */
  public boolean isDone() {
    return isDone(value);
  }

  /**
   * {@return true for the web terminal's "still loading" set (0, 10001, 10002, 10003, 10005)} Not
   * the negation of {@link #isFinal()}: 10005 (new prices) is final yet loading, 10028 (locked) the
   * reverse.
   */
  public boolean isInProgress() {
    return isInProgress(value);
  }

  /**
   * {@return {@link #isSuccess()} for a raw retcode: 10008, 10009, 10010 or 11001}
   *
   * @param retcode a retcode as the server sends it
   */
  public static boolean isSuccess(int retcode) {
    return retcode == 10008 || isDone(retcode);
  }

  /**
   * {@return {@link #isFinal()} for a raw retcode: not 0, 10001, 10002, 10003 or 10028}
   *
   * @param retcode a retcode as the server sends it
   */
  public static boolean isFinal(int retcode) {
    return !(retcode == 0
        || retcode == 10001
        || retcode == 10002
        || retcode == 10003
        || retcode == 10028);
  }

  /**
   * {@return {@link #isDone()} for a raw retcode: 10009, 10010 or 11001}
   *
   * @param retcode a retcode as the server sends it
   */
  public static boolean isDone(int retcode) {
    return retcode == 10009 || retcode == 10010 || retcode == 11001;
  }

  /**
   * {@return {@link #isInProgress()} for a raw retcode: 0, 10001, 10002, 10003 or 10005}
   *
   * @param retcode a retcode as the server sends it
   */
  public static boolean isInProgress(int retcode) {
    return retcode == 0
        || retcode == 10001
        || retcode == 10002
        || retcode == 10003
        || retcode == 10005;
  }

  /**
   * The constant with wire value {@code value}, or empty if this library does not know it.
   *
   * @param value the wire value
   * @return the constant, or empty for a value this library does not know
   */
  public static Optional<TradeRetcode> find(int value) {
    return TABLE.find(value);
  }

  /**
   * The description of wire value {@code value}, or {@code "unknown (N)"}.
   *
   * @param value the wire value, known or not
   * @return the constant's description, or {@code "unknown (N)"}
   */
  public static String describe(int value) {
    return WireEnums.describe(TABLE, value);
  }
}
