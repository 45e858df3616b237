package io.github.jmt5.server.market;

import io.github.jmt5.protocol.message.market.FullSymbol;
import java.util.List;
import java.util.Optional;

/** The symbols a server offers, as full symbol configurations. Implementations are thread-safe. */
public interface SymbolDirectory {
  /** {@return every symbol configuration} */
  List<FullSymbol> all();

  /**
   * {@return the configuration of the symbol called {@code name}, or empty}
   *
   * @param name symbol name
   */
  Optional<FullSymbol> byName(String name);

  /**
   * {@return the configuration of the symbol with {@code symbolId}, or empty}
   *
   * @param symbolId the symbol id
   */
  Optional<FullSymbol> byId(int symbolId);
}
