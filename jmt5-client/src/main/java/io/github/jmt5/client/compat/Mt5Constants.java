package io.github.jmt5.client.compat;

/**
 * The constants of the official {@code MetaTrader5} Python package, with the official names and
 * values.
 */
public final class Mt5Constants {
  private Mt5Constants() {}

  // Timeframes (the period codes of copy_rates_*).

  /** timeframe m1: 1. */
  public static final int TIMEFRAME_M1 = 1;

  /** timeframe m2: 2. */
  public static final int TIMEFRAME_M2 = 2;

  /** timeframe m3: 3. */
  public static final int TIMEFRAME_M3 = 3;

  /** timeframe m4: 4. */
  public static final int TIMEFRAME_M4 = 4;

  /** timeframe m5: 5. */
  public static final int TIMEFRAME_M5 = 5;

  /** timeframe m6: 6. */
  public static final int TIMEFRAME_M6 = 6;

  /** timeframe m10: 10. */
  public static final int TIMEFRAME_M10 = 10;

  /** timeframe m12: 12. */
  public static final int TIMEFRAME_M12 = 12;

  /** timeframe m15: 15. */
  public static final int TIMEFRAME_M15 = 15;

  /** timeframe m20: 20. */
  public static final int TIMEFRAME_M20 = 20;

  /** timeframe m30: 30. */
  public static final int TIMEFRAME_M30 = 30;

  /** timeframe h1: 16385. */
  public static final int TIMEFRAME_H1 = 16385;

  /** timeframe h2: 16386. */
  public static final int TIMEFRAME_H2 = 16386;

  /** timeframe h3: 16387. */
  public static final int TIMEFRAME_H3 = 16387;

  /** timeframe h4: 16388. */
  public static final int TIMEFRAME_H4 = 16388;

  /** timeframe h6: 16390. */
  public static final int TIMEFRAME_H6 = 16390;

  /** timeframe h8: 16392. */
  public static final int TIMEFRAME_H8 = 16392;

  /** timeframe h12: 16396. */
  public static final int TIMEFRAME_H12 = 16396;

  /** timeframe d1: 16408. */
  public static final int TIMEFRAME_D1 = 16408;

  /** timeframe w1: 32769. */
  public static final int TIMEFRAME_W1 = 32769;

  /** timeframe mn1: 49153. */
  public static final int TIMEFRAME_MN1 = 49153;

  // Order types.

  /** order type buy: 0. */
  public static final int ORDER_TYPE_BUY = 0;

  /** order type sell: 1. */
  public static final int ORDER_TYPE_SELL = 1;

  /** order type buy limit: 2. */
  public static final int ORDER_TYPE_BUY_LIMIT = 2;

  /** order type sell limit: 3. */
  public static final int ORDER_TYPE_SELL_LIMIT = 3;

  /** order type buy stop: 4. */
  public static final int ORDER_TYPE_BUY_STOP = 4;

  /** order type sell stop: 5. */
  public static final int ORDER_TYPE_SELL_STOP = 5;

  /** order type buy stop limit: 6. */
  public static final int ORDER_TYPE_BUY_STOP_LIMIT = 6;

  /** order type sell stop limit: 7. */
  public static final int ORDER_TYPE_SELL_STOP_LIMIT = 7;

  /** order type close by: 8. */
  public static final int ORDER_TYPE_CLOSE_BY = 8;

  // Trade request actions.

  /** trade action deal: 1. */
  public static final int TRADE_ACTION_DEAL = 1;

  /** trade action pending: 5. */
  public static final int TRADE_ACTION_PENDING = 5;

  /** trade action sltp: 6. */
  public static final int TRADE_ACTION_SLTP = 6;

  /** trade action modify: 7. */
  public static final int TRADE_ACTION_MODIFY = 7;

  /** trade action remove: 8. */
  public static final int TRADE_ACTION_REMOVE = 8;

  /** trade action close by: 10. */
  public static final int TRADE_ACTION_CLOSE_BY = 10;

  // Order filling policies.

  /** order filling fok: 0. */
  public static final int ORDER_FILLING_FOK = 0;

  /** order filling ioc: 1. */
  public static final int ORDER_FILLING_IOC = 1;

  /** order filling return: 2. */
  public static final int ORDER_FILLING_RETURN = 2;

  /** order filling boc: 3. */
  public static final int ORDER_FILLING_BOC = 3;

  // Order lifetimes.

  /** order time gtc: 0. */
  public static final int ORDER_TIME_GTC = 0;

  /** order time day: 1. */
  public static final int ORDER_TIME_DAY = 1;

  /** order time specified: 2. */
  public static final int ORDER_TIME_SPECIFIED = 2;

  /** order time specified day: 3. */
  public static final int ORDER_TIME_SPECIFIED_DAY = 3;

  // Order states.

  /** order state started: 0. */
  public static final int ORDER_STATE_STARTED = 0;

  /** order state placed: 1. */
  public static final int ORDER_STATE_PLACED = 1;

  /** order state canceled: 2. */
  public static final int ORDER_STATE_CANCELED = 2;

  /** order state partial: 3. */
  public static final int ORDER_STATE_PARTIAL = 3;

  /** order state filled: 4. */
  public static final int ORDER_STATE_FILLED = 4;

  /** order state rejected: 5. */
  public static final int ORDER_STATE_REJECTED = 5;

  /** order state expired: 6. */
  public static final int ORDER_STATE_EXPIRED = 6;

  /** order state request add: 7. */
  public static final int ORDER_STATE_REQUEST_ADD = 7;

  /** order state request modify: 8. */
  public static final int ORDER_STATE_REQUEST_MODIFY = 8;

  /** order state request cancel: 9. */
  public static final int ORDER_STATE_REQUEST_CANCEL = 9;

  // Position types.

  /** position type buy: 0. */
  public static final int POSITION_TYPE_BUY = 0;

  /** position type sell: 1. */
  public static final int POSITION_TYPE_SELL = 1;

  // Deal types.

  /** deal type buy: 0. */
  public static final int DEAL_TYPE_BUY = 0;

  /** deal type sell: 1. */
  public static final int DEAL_TYPE_SELL = 1;

  /** deal type balance: 2. */
  public static final int DEAL_TYPE_BALANCE = 2;

  /** deal type credit: 3. */
  public static final int DEAL_TYPE_CREDIT = 3;

  /** deal type charge: 4. */
  public static final int DEAL_TYPE_CHARGE = 4;

  /** deal type correction: 5. */
  public static final int DEAL_TYPE_CORRECTION = 5;

  /** deal type bonus: 6. */
  public static final int DEAL_TYPE_BONUS = 6;

  /** deal type commission: 7. */
  public static final int DEAL_TYPE_COMMISSION = 7;

  /** deal type commission daily: 8. */
  public static final int DEAL_TYPE_COMMISSION_DAILY = 8;

  /** deal type commission monthly: 9. */
  public static final int DEAL_TYPE_COMMISSION_MONTHLY = 9;

  /** deal type commission agent daily: 10. */
  public static final int DEAL_TYPE_COMMISSION_AGENT_DAILY = 10;

  /** deal type commission agent monthly: 11. */
  public static final int DEAL_TYPE_COMMISSION_AGENT_MONTHLY = 11;

  /** deal type interest: 12. */
  public static final int DEAL_TYPE_INTEREST = 12;

  /** deal type buy canceled: 13. */
  public static final int DEAL_TYPE_BUY_CANCELED = 13;

  /** deal type sell canceled: 14. */
  public static final int DEAL_TYPE_SELL_CANCELED = 14;

  /** deal dividend: 15. */
  public static final int DEAL_DIVIDEND = 15;

  /** deal dividend franked: 16. */
  public static final int DEAL_DIVIDEND_FRANKED = 16;

  /** deal tax: 17. */
  public static final int DEAL_TAX = 17;

  // Deal entries.

  /** deal entry in: 0. */
  public static final int DEAL_ENTRY_IN = 0;

  /** deal entry out: 1. */
  public static final int DEAL_ENTRY_OUT = 1;

  /** deal entry inout: 2. */
  public static final int DEAL_ENTRY_INOUT = 2;

  /** deal entry out by: 3. */
  public static final int DEAL_ENTRY_OUT_BY = 3;

  // Trade return codes.

  /** trade retcode requote: 10004. */
  public static final int TRADE_RETCODE_REQUOTE = 10004;

  /** trade retcode reject: 10006. */
  public static final int TRADE_RETCODE_REJECT = 10006;

  /** trade retcode cancel: 10007. */
  public static final int TRADE_RETCODE_CANCEL = 10007;

  /** trade retcode placed: 10008. */
  public static final int TRADE_RETCODE_PLACED = 10008;

  /** trade retcode done: 10009. */
  public static final int TRADE_RETCODE_DONE = 10009;

  /** trade retcode done partial: 10010. */
  public static final int TRADE_RETCODE_DONE_PARTIAL = 10010;

  /** trade retcode error: 10011. */
  public static final int TRADE_RETCODE_ERROR = 10011;

  /** trade retcode timeout: 10012. */
  public static final int TRADE_RETCODE_TIMEOUT = 10012;

  /** trade retcode invalid: 10013. */
  public static final int TRADE_RETCODE_INVALID = 10013;

  /** trade retcode invalid volume: 10014. */
  public static final int TRADE_RETCODE_INVALID_VOLUME = 10014;

  /** trade retcode invalid price: 10015. */
  public static final int TRADE_RETCODE_INVALID_PRICE = 10015;

  /** trade retcode invalid stops: 10016. */
  public static final int TRADE_RETCODE_INVALID_STOPS = 10016;

  /** trade retcode trade disabled: 10017. */
  public static final int TRADE_RETCODE_TRADE_DISABLED = 10017;

  /** trade retcode market closed: 10018. */
  public static final int TRADE_RETCODE_MARKET_CLOSED = 10018;

  /** trade retcode no money: 10019. */
  public static final int TRADE_RETCODE_NO_MONEY = 10019;

  /** trade retcode price changed: 10020. */
  public static final int TRADE_RETCODE_PRICE_CHANGED = 10020;

  /** trade retcode price off: 10021. */
  public static final int TRADE_RETCODE_PRICE_OFF = 10021;

  /** trade retcode invalid expiration: 10022. */
  public static final int TRADE_RETCODE_INVALID_EXPIRATION = 10022;

  /** trade retcode order changed: 10023. */
  public static final int TRADE_RETCODE_ORDER_CHANGED = 10023;

  /** trade retcode too many requests: 10024. */
  public static final int TRADE_RETCODE_TOO_MANY_REQUESTS = 10024;

  /** trade retcode no changes: 10025. */
  public static final int TRADE_RETCODE_NO_CHANGES = 10025;

  /** trade retcode server disables at: 10026. */
  public static final int TRADE_RETCODE_SERVER_DISABLES_AT = 10026;

  /** trade retcode client disables at: 10027. */
  public static final int TRADE_RETCODE_CLIENT_DISABLES_AT = 10027;

  /** trade retcode locked: 10028. */
  public static final int TRADE_RETCODE_LOCKED = 10028;

  /** trade retcode frozen: 10029. */
  public static final int TRADE_RETCODE_FROZEN = 10029;

  /** trade retcode invalid fill: 10030. */
  public static final int TRADE_RETCODE_INVALID_FILL = 10030;

  /** trade retcode connection: 10031. */
  public static final int TRADE_RETCODE_CONNECTION = 10031;

  /** trade retcode only real: 10032. */
  public static final int TRADE_RETCODE_ONLY_REAL = 10032;

  /** trade retcode limit orders: 10033. */
  public static final int TRADE_RETCODE_LIMIT_ORDERS = 10033;

  /** trade retcode limit volume: 10034. */
  public static final int TRADE_RETCODE_LIMIT_VOLUME = 10034;

  /** trade retcode invalid order: 10035. */
  public static final int TRADE_RETCODE_INVALID_ORDER = 10035;

  /** trade retcode position closed: 10036. */
  public static final int TRADE_RETCODE_POSITION_CLOSED = 10036;

  /** trade retcode invalid close volume: 10038. */
  public static final int TRADE_RETCODE_INVALID_CLOSE_VOLUME = 10038;

  /** trade retcode close order exist: 10039. */
  public static final int TRADE_RETCODE_CLOSE_ORDER_EXIST = 10039;

  /** trade retcode limit positions: 10040. */
  public static final int TRADE_RETCODE_LIMIT_POSITIONS = 10040;

  /** trade retcode reject cancel: 10041. */
  public static final int TRADE_RETCODE_REJECT_CANCEL = 10041;

  /** trade retcode long only: 10042. */
  public static final int TRADE_RETCODE_LONG_ONLY = 10042;

  /** trade retcode short only: 10043. */
  public static final int TRADE_RETCODE_SHORT_ONLY = 10043;

  /** trade retcode close only: 10044. */
  public static final int TRADE_RETCODE_CLOSE_ONLY = 10044;

  /** trade retcode fifo close: 10045. */
  public static final int TRADE_RETCODE_FIFO_CLOSE = 10045;

  /** trade retcode hedge prohibited: 10046. */
  public static final int TRADE_RETCODE_HEDGE_PROHIBITED = 10046;

  // Account trade modes.

  /** account trade mode demo: 0. */
  public static final int ACCOUNT_TRADE_MODE_DEMO = 0;

  /** account trade mode contest: 1. */
  public static final int ACCOUNT_TRADE_MODE_CONTEST = 1;

  /** account trade mode real: 2. */
  public static final int ACCOUNT_TRADE_MODE_REAL = 2;

  // Account margin modes.

  /** account margin mode retail netting: 0. */
  public static final int ACCOUNT_MARGIN_MODE_RETAIL_NETTING = 0;

  /** account margin mode exchange: 1. */
  public static final int ACCOUNT_MARGIN_MODE_EXCHANGE = 1;

  /** account margin mode retail hedging: 2. */
  public static final int ACCOUNT_MARGIN_MODE_RETAIL_HEDGING = 2;

  // Account stop-out modes.

  /** account stopout mode percent: 0. */
  public static final int ACCOUNT_STOPOUT_MODE_PERCENT = 0;

  /** account stopout mode money: 1. */
  public static final int ACCOUNT_STOPOUT_MODE_MONEY = 1;

  // Order book entry types (BookInfo.type).

  /** book type sell: 1. */
  public static final int BOOK_TYPE_SELL = 1;

  /** book type buy: 2. */
  public static final int BOOK_TYPE_BUY = 2;

  /** book type sell market: 3. */
  public static final int BOOK_TYPE_SELL_MARKET = 3;

  /** book type buy market: 4. */
  public static final int BOOK_TYPE_BUY_MARKET = 4;

  // Tick selection of copy_ticks_*.

  /** copy ticks all: -1. */
  public static final int COPY_TICKS_ALL = -1;

  /** copy ticks info: 1. */
  public static final int COPY_TICKS_INFO = 1;

  /** copy ticks trade: 2. */
  public static final int COPY_TICKS_TRADE = 2;

  // Tick flags (Tick.flags).

  /** tick flag bid: 2. */
  public static final int TICK_FLAG_BID = 2;

  /** tick flag ask: 4. */
  public static final int TICK_FLAG_ASK = 4;

  /** tick flag last: 8. */
  public static final int TICK_FLAG_LAST = 8;

  /** tick flag volume: 16. */
  public static final int TICK_FLAG_VOLUME = 16;

  /** tick flag buy: 32. */
  public static final int TICK_FLAG_BUY = 32;

  /** tick flag sell: 64. */
  public static final int TICK_FLAG_SELL = 64;

  // Result codes of MetaTrader5lastError.

  /** res s ok: 1. */
  public static final int RES_S_OK = 1;

  /** res e fail: -1. */
  public static final int RES_E_FAIL = -1;

  /** res e invalid params: -2. */
  public static final int RES_E_INVALID_PARAMS = -2;

  /** res e no memory: -3. */
  public static final int RES_E_NO_MEMORY = -3;

  /** res e not found: -4. */
  public static final int RES_E_NOT_FOUND = -4;

  /** res e invalid version: -5. */
  public static final int RES_E_INVALID_VERSION = -5;

  /** res e auth failed: -6. */
  public static final int RES_E_AUTH_FAILED = -6;

  /** res e unsupported: -7. */
  public static final int RES_E_UNSUPPORTED = -7;

  /** res e auto trading disabled: -8. */
  public static final int RES_E_AUTO_TRADING_DISABLED = -8;

  /** res e internal fail: -10000. */
  public static final int RES_E_INTERNAL_FAIL = -10000;

  /** res e internal fail send: -10001. */
  public static final int RES_E_INTERNAL_FAIL_SEND = -10001;

  /** res e internal fail receive: -10002. */
  public static final int RES_E_INTERNAL_FAIL_RECEIVE = -10002;

  /** res e internal fail init: -10003. */
  public static final int RES_E_INTERNAL_FAIL_INIT = -10003;

  /** res e internal fail connect: -10004. */
  public static final int RES_E_INTERNAL_FAIL_CONNECT = -10004;

  /** res e internal fail timeout: -10005. */
  public static final int RES_E_INTERNAL_FAIL_TIMEOUT = -10005;
}
