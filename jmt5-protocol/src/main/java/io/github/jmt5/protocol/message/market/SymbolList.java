package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.message.Wire;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.List;

/**
 * The cmd 6 reply (and the inflated content of cmd 34): a counted list of {@link SymbolBasic}.
 *
 * @param symbols the symbols
 */
public record SymbolList(List<SymbolBasic> symbols) {
  public SymbolList {
    symbols = List.copyOf(symbols);
  }

  public static SymbolList decode(WireReader r) {
    return new SymbolList(Wire.readCounted(r, 0, SymbolBasic.SIZE, "symbols", SymbolBasic::read));
  }

  public void write(WireWriter w) {
    Wire.writeCounted(w, symbols, SymbolBasic::write);
  }
}
