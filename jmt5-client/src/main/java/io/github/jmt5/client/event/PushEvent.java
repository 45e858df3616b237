package io.github.jmt5.client.event;

/**
 * A frame the server sent on its own (or a reply that push listeners also see, as for cmd 20).
 * Ticks and book updates go through a bounded queue that coalesces on overflow; every other push is
 * delivered without loss.
 */
public sealed interface PushEvent extends Mt5Event
    permits TicksReceived,
        BookUpdated,
        TradeTransactionsReceived,
        AccountUpdated,
        TradeResultReceived,
        SymbolsUpdated,
        SymbolDetailsReceived,
        SpreadsReceived,
        LoginStatusChanged,
        UnknownPush {
  /** {@return the command id the frame carried} */
  int command();

  /**
   * {@return true for ticks and book updates, which may be coalesced when listeners fall behind}
   */
  default boolean isMarketData() {
    return false;
  }
}
