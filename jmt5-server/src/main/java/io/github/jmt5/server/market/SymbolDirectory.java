package io.github.jmt5.server.market;

import io.github.jmt5.protocol.message.market.FullSymbol;
import java.util.List;
import java.util.Optional;

/** The symbols a server offers, as full symbol configurations. Implementations are thread-safe. */
public interface SymbolDirectory {
  List<FullSymbol> all();

  Optional<FullSymbol> byName(String name);

  Optional<FullSymbol> byId(int symbolId);
}
