package io.github.jmt5.client.calc;

import io.github.jmt5.protocol.message.market.FullSymbol;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Finds a symbol's full configuration by name. Implementations must be thread-safe. */
@FunctionalInterface
public interface SymbolLookup {

  /**
   * The configuration of {@code name}.
   *
   * @param name symbol name, as in {@code trade_symbol}
   * @return the configuration, or empty for an unknown symbol
   */
  Optional<FullSymbol> symbol(String name);

  /**
   * An immutable lookup over {@code symbols}.
   *
   * @param symbols full symbol configurations with distinct names
   * @return a lookup by {@code trade_symbol}
   * @throws IllegalArgumentException if two configurations share a name
   */
  static SymbolLookup of(Collection<FullSymbol> symbols) {
    Map<String, FullSymbol> byName = new HashMap<>();
    for (FullSymbol s : symbols) {
      if (byName.put(s.tradeSymbol(), s) != null) {
        throw new IllegalArgumentException("symbols must have distinct names: " + s.tradeSymbol());
      }
    }
    Map<String, FullSymbol> copy = Map.copyOf(byName);
    return name -> Optional.ofNullable(copy.get(name));
  }
}
