package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * One entry of the symbol list (cmd 6, cmd 34).
 *
 * <p>Wire record SYMBOL_BASIC, 526 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param tradeSymbol symbol name
 * @param symbolDescription symbol description
 * @param digits price digits
 * @param symbolId numeric id used by ticks, books, subscriptions
 * @param symbolPath group path, e.g. Forex\Majors\EURUSD
 * @param tradeCalcMode calculation mode, see 9.10
 * @param basis underlying
 * @param sector sector
 */
public record SymbolBasic(
    String tradeSymbol,
    String symbolDescription,
    int digits,
    int symbolId,
    String symbolPath,
    int tradeCalcMode,
    String basis,
    int sector) {

  /** Size of the record on the wire. */
  public static final int SIZE = 526;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("SYMBOL_BASIC")
          .utf16("trade_symbol", 64)
          .utf16("symbol_description", 128)
          .u32("digits")
          .u32("symbol_id")
          .utf16("symbol_path", 256)
          .u32("trade_calc_mode")
          .utf16("basis", 64)
          .u16("sector")
          .build();

  /**
   * Checks that {@code tradeSymbol}, {@code symbolDescription}, {@code symbolPath} and {@code
   * basis} are not null.
   *
   * @param tradeSymbol symbol name
   * @param symbolDescription symbol description
   * @param digits price digits
   * @param symbolId numeric id used by ticks, books, subscriptions
   * @param symbolPath group path, e.g. Forex\Majors\EURUSD
   * @param tradeCalcMode calculation mode, see 9.10
   * @param basis underlying
   * @param sector sector
   * @throws NullPointerException if any of them is null
   */
  public SymbolBasic {
    Objects.requireNonNull(tradeSymbol, "tradeSymbol");
    Objects.requireNonNull(symbolDescription, "symbolDescription");
    Objects.requireNonNull(symbolPath, "symbolPath");
    Objects.requireNonNull(basis, "basis");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static SymbolBasic read(WireReader r, int off) {
    return new SymbolBasic(
        r.utf16(off, 64, "trade_symbol"),
        r.utf16(off + 64, 128, "symbol_description"),
        r.u32(off + 192, "digits"),
        r.u32(off + 196, "symbol_id"),
        r.utf16(off + 200, 256, "symbol_path"),
        r.u32(off + 456, "trade_calc_mode"),
        r.utf16(off + 460, 64, "basis"),
        r.u16(off + 524, "sector"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.utf16(tradeSymbol, 64);
    w.utf16(symbolDescription, 128);
    w.u32(digits);
    w.u32(symbolId);
    w.utf16(symbolPath, 256);
    w.u32(tradeCalcMode);
    w.utf16(basis, 64);
    w.u16(sector);
  }
}
