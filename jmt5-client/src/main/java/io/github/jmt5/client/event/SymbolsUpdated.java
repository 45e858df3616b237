package io.github.jmt5.client.event;

import io.github.jmt5.protocol.message.market.FullSymbol;
import java.util.List;

/**
 * A cmd 13 push: symbol configurations that changed on the server (trade mode, volumes, …).
 *
 * @param symbols the new configurations
 */
public record SymbolsUpdated(List<FullSymbol> symbols) implements PushEvent {
  /**
   * Checks the components and copies the lists.
   *
   * @param symbols the new configurations
   */
  public SymbolsUpdated {
    symbols = List.copyOf(symbols);
  }

  @Override
  public int command() {
    return 13;
  }
}
