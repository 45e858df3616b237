package io.github.jmt5.protocol.enums;

import java.util.Map;
import java.util.Optional;

/** Trade return codes: the cmd 12 reply, the cmd 19 result and local pre-checks. */
public enum TradeRetcode implements WireEnum {
  ACCEPTED(0, "request accepted"),
  OK(1, "ok"),
  COMMON_ERROR(2, "common error"),
  INVALID_PARAMETERS(3, "invalid parameters"),
  INVALID_PARAMETERS_4(4, "invalid parameters"),
  SERVER_BUSY(5, "server problem"),
  SERVER_PROBLEM(6, "server problem"),
  NETWORK_PROBLEM(7, "network problem"),
  NOT_ENOUGH_RIGHTS(8, "not enough permissions"),
  TIMEOUT(9, "timeout"),
  NO_CONNECTION(10, "no connection"),
  TOO_FREQUENT(12, "too frequent requests"),
  DEMO_DISABLED(1025, "demo account allocation disabled"),
  REQUEST_ON_THE_WAY(10001, "request on the way"),
  REQUEST_ACCEPTED(10002, "request accepted"),
  REQUEST_PROCESSED(10003, "request processed"),
  REQUOTE(10004, "requote"),
  PRICES(10005, "new prices supplied"),
  REJECT(10006, "request rejected"),
  CANCEL(10007, "request canceled by trader"),
  PLACED(10008, "order placed"),
  DONE(10009, "request completed"),
  DONE_PARTIAL(10010, "request partially completed"),
  ERROR(10011, "request processing error"),
  TIMEOUT_CANCEL(10012, "request canceled by timeout"),
  INVALID(10013, "invalid request"),
  INVALID_VOLUME(10014, "invalid volume"),
  INVALID_PRICE(10015, "invalid price"),
  INVALID_STOPS(10016, "invalid stops"),
  TRADE_DISABLED(10017, "trade disabled"),
  MARKET_CLOSED(10018, "market closed"),
  NO_MONEY(10019, "not enough money"),
  PRICE_CHANGED(10020, "prices changed"),
  PRICE_OFF(10021, "no quotes to process the request"),
  INVALID_EXPIRATION(10022, "invalid order expiration"),
  ORDER_CHANGED(10023, "order state changed"),
  TOO_MANY_REQUESTS(10024, "too many requests"),
  NO_CHANGES(10025, "no changes in request"),
  SERVER_DISABLES_AT(10026, "auto-trading disabled by server"),
  CLIENT_DISABLES_AT(10027, "auto-trading disabled by client"),
  LOCKED(10028, "request locked for processing"),
  FROZEN(10029, "order or position frozen"),
  INVALID_FILL(10030, "unsupported order filling type"),
  CONNECTION(10031, "no connection with the trade server"),
  ONLY_REAL(10032, "operation allowed only for live accounts"),
  LIMIT_ORDERS(10033, "pending orders limit reached"),
  LIMIT_VOLUME(10034, "volume limit for the symbol reached"),
  INVALID_ORDER(10035, "invalid or prohibited order type"),
  POSITION_CLOSED(10036, "position already closed"),
  CLOSE_ORDER_EXIST(10039, "a close order for this position already exists"),
  LIMIT_POSITIONS(10040, "positions limit reached"),
  REJECT_CANCEL(10041, "pending-order activation rejected, order canceled"),
  LONG_ONLY(10042, "only long positions allowed"),
  SHORT_ONLY(10043, "only short positions allowed"),
  CLOSE_ONLY(10044, "only position closing allowed"),
  FIFO_CLOSE(10045, "position close prohibited by FIFO rule"),
  DONE_PARTIAL_INTERNAL(11001, "done partially");

  private static final Map<Integer, TradeRetcode> BY_VALUE = WireEnums.index(values());

  private final int value;
  private final String description;

  TradeRetcode(int value, String description) {
    this.value = value;
    this.description = description;
  }

  @Override
  public int value() {
    return value;
  }

  @Override
  public String description() {
    return description;
  }

  /** The constant for a wire value, if known. */
  public static Optional<TradeRetcode> find(int value) {
    return WireEnums.find(BY_VALUE, value);
  }

  /** The description of a wire value, or {@code "unknown (N)"}. */
  public static String describe(int value) {
    return WireEnums.describe(BY_VALUE, value);
  }

  /** True for the codes the web terminal treats as success: placed, done, done partially. */
  public static boolean isSuccess(int retcode) {
    return retcode == 10008 || retcode == 10009 || retcode == 10010 || retcode == 11001;
  }

  /** True for the codes that end a request; 0 and the "on the way" codes do not. */
  public static boolean isFinal(int retcode) {
    return retcode != 0
        && retcode != 10001
        && retcode != 10002
        && retcode != 10003
        && retcode != 10028;
  }

  /** True for done and done partially. */
  public static boolean isDone(int retcode) {
    return retcode == 10009 || retcode == 10010 || retcode == 11001;
  }
}
