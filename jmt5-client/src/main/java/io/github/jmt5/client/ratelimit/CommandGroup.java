package io.github.jmt5.client.ratelimit;

/**
 * The rate-limit groups commands are sorted into. Each group has its own bucket, so a flood of
 * market-data requests cannot starve trading.
 */
public enum CommandGroup {
  /** Trade requests (command 12). */
  TRADE,
  /**
   * Symbol lists, subscriptions, spreads and the other market-data requests (6, 7, 9, 18, 20, 22,
   * 34, 44).
   */
  MARKET_DATA,
  /** Trade history and bars (5, 11). */
  HISTORY,
  /** Every other command, including ids this library does not know. */
  OTHER;

  /**
   * {@return the group of wire command id {@code command}; unknown ids fall into {@link #OTHER}}
   *
   * @param command a command id
   */
  public static CommandGroup of(int command) {
    // Literal ids because a switch needs constants; CommandGroupTest checks them against CommandId.
    return switch (command) {
      case 12 -> TRADE;
      case 6, 7, 9, 18, 20, 22, 34, 44 -> MARKET_DATA;
      case 5, 11 -> HISTORY;
      default -> OTHER;
    };
  }
}
