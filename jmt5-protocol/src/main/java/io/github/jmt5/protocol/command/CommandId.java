package io.github.jmt5.protocol.command;

import java.util.Optional;

/**
 * The command ids of the web-terminal protocol. The web terminal only sends ids in its allowlist;
 * every allowlisted id is listed here, including those whose meaning is unknown.
 */
public enum CommandId {
  BOOTSTRAP(0, "bootstrap", Direction.REQUEST),
  LOGOUT(2, "logout", Direction.REQUEST),
  GET_ACCOUNT(3, "get account", Direction.REQUEST),
  GET_POSITIONS_AND_ORDERS(4, "get positions and orders", Direction.REQUEST),
  GET_TRADE_HISTORY(5, "get trade history", Direction.REQUEST),
  GET_SYMBOLS(6, "get symbols", Direction.REQUEST),
  SUBSCRIBE_TICKS(7, "subscribe ticks", Direction.REQUEST),
  TICK(8, "tick", Direction.PUSH),
  GET_SYMBOL_GROUPS(9, "get symbol groups", Direction.REQUEST),
  TRADE_TRANSACTION(10, "trade transaction", Direction.PUSH),
  GET_BARS(11, "get bars", Direction.REQUEST),
  TRADE_REQUEST(12, "trade request", Direction.REQUEST),
  SYMBOL_UPDATE(13, "symbol config update", Direction.PUSH),
  ACCOUNT_UPDATE(14, "account update", Direction.PUSH),
  LOGIN_STATUS(15, "login status", Direction.PUSH),
  SYMBOL_DETAILS(17, "symbol details", Direction.PUSH),
  GET_FULL_SYMBOLS(18, "get full symbols", Direction.REQUEST),
  TRADE_RESULT(19, "trade result", Direction.PUSH),
  GET_SPREADS(20, "get spreads", Direction.REQUEST_AND_PUSH),
  UNKNOWN_21(21, "unknown 21", Direction.UNKNOWN),
  SUBSCRIBE_BOOK(22, "subscribe order book", Direction.REQUEST),
  ORDER_BOOK(23, "order book", Direction.PUSH),
  CHANGE_PASSWORD(24, "change password", Direction.REQUEST),
  UNKNOWN_25(25, "unknown 25", Direction.UNKNOWN),
  OPENING_VERIFICATION(27, "opening verification", Direction.REQUEST),
  LOGIN(28, "login", Direction.REQUEST),
  INIT(29, "init", Direction.REQUEST),
  OPEN_DEMO_ACCOUNT(30, "open demo account", Direction.REQUEST),
  UNKNOWN_33(33, "unknown 33", Direction.UNKNOWN),
  GET_SYMBOLS_COMPRESSED(34, "get symbols compressed", Direction.REQUEST),
  UNKNOWN_37(37, "unknown 37", Direction.UNKNOWN),
  OPEN_REAL_ACCOUNT(39, "open real account", Direction.REQUEST),
  SUBMIT_VERIFICATION_CODES(40, "submit verification codes", Direction.REQUEST),
  TRADER_PARAMS(41, "trader params", Direction.REQUEST),
  NOTIFY(42, "notify", Direction.REQUEST),
  OTP_SETUP(43, "otp setup", Direction.REQUEST),
  CORPORATE_LINKS(44, "corporate links", Direction.REQUEST),
  UNKNOWN_50(50, "unknown 50", Direction.UNKNOWN),
  PING(51, "ping", Direction.REQUEST),
  RESERVED_52(52, "reserved 52", Direction.REQUEST),
  UNKNOWN_100(100, "unknown 100", Direction.UNKNOWN),
  UNKNOWN_101(101, "unknown 101", Direction.UNKNOWN),
  UNKNOWN_102(102, "unknown 102", Direction.UNKNOWN),
  UNKNOWN_103(103, "unknown 103", Direction.UNKNOWN),
  UNKNOWN_104(104, "unknown 104", Direction.UNKNOWN),
  UNKNOWN_105(105, "unknown 105", Direction.UNKNOWN),
  UNKNOWN_106(106, "unknown 106", Direction.UNKNOWN),
  UNKNOWN_107(107, "unknown 107", Direction.UNKNOWN),
  UNKNOWN_108(108, "unknown 108", Direction.UNKNOWN),
  UNKNOWN_109(109, "unknown 109", Direction.UNKNOWN),
  UNKNOWN_110(110, "unknown 110", Direction.UNKNOWN),
  UNKNOWN_111(111, "unknown 111", Direction.UNKNOWN),
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

  /** The wire id. */
  public int id() {
    return id;
  }

  /** A short lower-case name for logs and tools. */
  public String label() {
    return label;
  }

  public Direction direction() {
    return direction;
  }

  /** The command with wire id {@code id}, if it is in the web terminal's allowlist. */
  public static Optional<CommandId> find(int id) {
    return id >= 0 && id < BY_ID.length ? Optional.ofNullable(BY_ID[id]) : Optional.empty();
  }

  /** True when the web terminal would send {@code id}. */
  public static boolean isAllowlisted(int id) {
    return find(id).isPresent();
  }

  /** {@code "28 login"}, or {@code "77 unknown"} for ids outside the table. */
  public static String describe(int id) {
    return id + " " + find(id).map(CommandId::label).orElse("unknown");
  }
}
