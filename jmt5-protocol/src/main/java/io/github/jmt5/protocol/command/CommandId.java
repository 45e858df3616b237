package io.github.jmt5.protocol.command;

import java.util.Optional;

/**
 * The command ids of the web-terminal protocol. The web terminal only sends ids in its allowlist;
 * every allowlisted id is listed here, including those whose meaning is unknown.
 */
public enum CommandId {
  /**
   * Id 0: opens a session: the client sends a token, the server answers with the session token and
   * key; encrypted with the initial key.
   */
  BOOTSTRAP(0, "bootstrap", Direction.REQUEST),
  /** Id 2: ends the session; empty request and reply. */
  LOGOUT(2, "logout", Direction.REQUEST),
  /** Id 3: reads the account (ACCOUNT body); the same body as the {@link #ACCOUNT_UPDATE} push. */
  GET_ACCOUNT(3, "get account", Direction.REQUEST),
  /** Id 4: reads the open positions and pending orders (counted POSITION, then counted ORDER). */
  GET_POSITIONS_AND_ORDERS(4, "get positions and orders", Direction.REQUEST),
  /** Id 5: reads deals and historical orders between two Unix-second bounds. */
  GET_TRADE_HISTORY(5, "get trade history", Direction.REQUEST),
  /** Id 6: reads the symbol list (counted SYMBOL_BASIC). */
  GET_SYMBOLS(6, "get symbols", Direction.REQUEST),
  /** Id 7: replaces the set of symbol ids whose ticks are pushed; an empty set unsubscribes. */
  SUBSCRIBE_TICKS(7, "subscribe ticks", Direction.REQUEST),
  /** Id 8: push of ticks (uncounted TICK records) for subscribed symbols. */
  TICK(8, "tick", Direction.PUSH),
  /** Id 9: reads the symbol group names (counted {@code utf16[256]}). */
  GET_SYMBOL_GROUPS(9, "get symbol groups", Direction.REQUEST),
  /** Id 10: push of order and deal changes (ORDER or DEAL transaction records). */
  TRADE_TRANSACTION(10, "trade transaction", Direction.PUSH),
  /**
   * Id 11: reads bars of one symbol and timeframe (RATES_REQ, answered by uncounted RATE_BAR
   * records).
   */
  GET_BARS(11, "get bars", Direction.REQUEST),
  /**
   * Id 12: sends a trade request; the reply carries a u32 request id, the outcome comes as {@link
   * #TRADE_RESULT}.
   */
  TRADE_REQUEST(12, "trade request", Direction.REQUEST),
  /** Id 13: push of changed symbol configurations (uncounted FULL_SYMBOL). */
  SYMBOL_UPDATE(13, "symbol config update", Direction.PUSH),
  /** Id 14: push of the account (the same body as {@link #GET_ACCOUNT}). */
  ACCOUNT_UPDATE(14, "account update", Direction.PUSH),
  /** Id 15: push of the login / trade-server state, a u32 (0 = connected). */
  LOGIN_STATUS(15, "login status", Direction.PUSH),
  /** Id 17: push of symbol details (uncounted SYMBOL_DETAILS). */
  SYMBOL_DETAILS(17, "symbol details", Direction.PUSH),
  /** Id 18: reads full symbol configurations for a list of symbol ids (counted FULL_SYMBOL). */
  GET_FULL_SYMBOLS(18, "get full symbols", Direction.REQUEST),
  /**
   * Id 19: push of the outcome of a {@link #TRADE_REQUEST}: echo of the request and its
   * TRADE_RESULT.
   */
  TRADE_RESULT(19, "trade result", Direction.PUSH),
  /**
   * Id 20: reads spreads for a list of symbol ids; the server also pushes spread blocks under this
   * id.
   */
  GET_SPREADS(20, "get spreads", Direction.REQUEST_AND_PUSH),
  /** Id 21: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_21(21, "unknown 21", Direction.UNKNOWN),
  /** Id 22: replaces the set of symbol ids whose order book (depth of market) is pushed. */
  SUBSCRIBE_BOOK(22, "subscribe order book", Direction.REQUEST),
  /** Id 23: push of order book entries (counted). */
  ORDER_BOOK(23, "order book", Direction.PUSH),
  /** Id 24: changes the main or investor password; the reply is an i32 result. */
  CHANGE_PASSWORD(24, "change password", Direction.REQUEST),
  /** Id 25: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_25(25, "unknown 25", Direction.UNKNOWN),
  /** Id 27: onboarding: asks which verification codes (e-mail, phone) opening an account needs. */
  OPENING_VERIFICATION(27, "opening verification", Direction.REQUEST),
  /** Id 28: logs in (LOGIN_REQ, 912 bytes; LOGIN_RESP, 168 bytes). */
  LOGIN(28, "login", Direction.REQUEST),
  /** Id 29: onboarding: the first request on an onboarding socket (INIT_REQ, 744 bytes). */
  INIT(29, "init", Direction.REQUEST),
  /** Id 30: onboarding: opens a demo account. */
  OPEN_DEMO_ACCOUNT(30, "open demo account", Direction.REQUEST),
  /** Id 33: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_33(33, "unknown 33", Direction.UNKNOWN),
  /**
   * Id 34: reads the symbol list compressed: a u32 length and the zlib/gzip-compressed {@link
   * #GET_SYMBOLS} body.
   */
  GET_SYMBOLS_COMPRESSED(34, "get symbols compressed", Direction.REQUEST),
  /** Id 37: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_37(37, "unknown 37", Direction.UNKNOWN),
  /** Id 39: onboarding: opens a real account (with extra fields and documents). */
  OPEN_REAL_ACCOUNT(39, "open real account", Direction.REQUEST),
  /** Id 40: onboarding: submits the e-mail and phone verification codes. */
  SUBMIT_VERIFICATION_CODES(40, "submit verification codes", Direction.REQUEST),
  /**
   * Id 41: reads the trader parameters (two {@code utf16[32]} strings) on the onboarding/config
   * socket.
   */
  TRADER_PARAMS(41, "trader params", Direction.REQUEST),
  /** Id 42: sends a u32 notification code; no reply is used. */
  NOTIFY(42, "notify", Direction.REQUEST),
  /**
   * Id 43: sets up one-time-password (2FA) login, on its own bootstrap-only socket; success is
   * result code 0.
   */
  OTP_SETUP(43, "otp setup", Direction.REQUEST),
  /** Id 44: reads the broker's corporate links (counted CORPORATE_LINK). */
  CORPORATE_LINKS(44, "corporate links", Direction.REQUEST),
  /** Id 50: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_50(50, "unknown 50", Direction.UNKNOWN),
  /** Id 51: heartbeat; empty request, answered with code 0. */
  PING(51, "ping", Direction.REQUEST),
  /** Id 52: reserved; answered with code 0, and only on a fresh socket. */
  RESERVED_52(52, "reserved 52", Direction.REQUEST),
  /** Id 100: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_100(100, "unknown 100", Direction.UNKNOWN),
  /** Id 101: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_101(101, "unknown 101", Direction.UNKNOWN),
  /** Id 102: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_102(102, "unknown 102", Direction.UNKNOWN),
  /** Id 103: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_103(103, "unknown 103", Direction.UNKNOWN),
  /** Id 104: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_104(104, "unknown 104", Direction.UNKNOWN),
  /** Id 105: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_105(105, "unknown 105", Direction.UNKNOWN),
  /** Id 106: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_106(106, "unknown 106", Direction.UNKNOWN),
  /** Id 107: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_107(107, "unknown 107", Direction.UNKNOWN),
  /** Id 108: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_108(108, "unknown 108", Direction.UNKNOWN),
  /** Id 109: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_109(109, "unknown 109", Direction.UNKNOWN),
  /** Id 110: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_110(110, "unknown 110", Direction.UNKNOWN),
  /** Id 111: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_111(111, "unknown 111", Direction.UNKNOWN),
  /** Id 112: allowlisted by the web terminal but never sent; no meaning known. */
  UNKNOWN_112(112, "unknown 112", Direction.UNKNOWN);

  /** Who sends a command. */
  public enum Direction {
    /** Client request answered by a reply with the same id. */
    REQUEST,
    /** Server-initiated. */
    PUSH,
    /** Both a request/reply and a push. */
    REQUEST_AND_PUSH,
    /** Allowlisted by the web terminal but never seen in use. */
    UNKNOWN
  }

  private static final CommandId[] BY_ID = new CommandId[113];

  static {
    for (CommandId c : values()) {
      BY_ID[c.id] = c;
    }
  }

  private final int id;
  private final String label;
  private final Direction direction;

  CommandId(int id, String label, Direction direction) {
    this.id = id;
    this.label = label;
    this.direction = direction;
  }

  /** {@return the wire id} */
  public int id() {
    return id;
  }

  /** {@return a short lower-case name for logs and tools} */
  public String label() {
    return label;
  }

  /** {@return who sends this command: client request, server push, both, or unknown} */
  public Direction direction() {
    return direction;
  }

  /**
   * {@return the command with wire id {@code id}, if it is in the web terminal's allowlist}
   *
   * @param id the u16 command id of a frame
   */
  public static Optional<CommandId> find(int id) {
    return id >= 0 && id < BY_ID.length ? Optional.ofNullable(BY_ID[id]) : Optional.empty();
  }

  /**
   * {@return true when the web terminal would send {@code id}}
   *
   * @param id the u16 command id of a frame
   */
  public static boolean isAllowlisted(int id) {
    return find(id).isPresent();
  }

  /**
   * {@return {@code "28 login"}, or {@code "77 unknown"} for ids outside the table}
   *
   * @param id the u16 command id of a frame
   */
  public static String describe(int id) {
    return id + " " + find(id).map(CommandId::label).orElse("unknown");
  }
}
