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
  /**
   * Copies {@code symbols} into an unmodifiable list.
   *
   * @param symbols the symbols
   */
  public SymbolList {
    symbols = List.copyOf(symbols);
  }

  /**
   * {@return the symbols of a cmd 6 body: a u32 count and that many SYMBOL_BASIC records}
   *
   * @param r reader over the whole body
   * @throws io.github.jmt5.protocol.ProtocolException if the count does not fit the bytes that
   *     follow
   */
  public static SymbolList decode(WireReader r) {
    return new SymbolList(Wire.readCounted(r, 0, SymbolBasic.SIZE, "symbols", SymbolBasic::read));
  }

  /**
   * Appends the u32 count and the symbols.
   *
   * @param w the writer
   */
  public void write(WireWriter w) {
    Wire.writeCounted(w, symbols, SymbolBasic::write);
  }
}
