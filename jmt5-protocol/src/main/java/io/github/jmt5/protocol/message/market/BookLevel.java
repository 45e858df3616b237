package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;

/**
 * One price-level change of a cmd 23 order-book push. The price is scaled by 10^digits.
 *
 * <p>Wire record BOOK_LEVEL, 21 bytes. Unsigned 32-bit fields hold their raw bits in an {@code int}
 * and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param flagMask flag mask
 * @param bookType 0 reset/spread, 1 sell, 2 buy, 3 sell (market), 4 buy (market)
 * @param price price x 10^digits (integer)
 * @param volume delta volume, lots x 1e8; 0 removes the level
 */
public record BookLevel(int flagMask, int bookType, long price, long volume) {

  /** Size of the record on the wire. */
  public static final int SIZE = 21;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("BOOK_LEVEL")
          .u32("flag_mask")
          .u8("book_type")
          .i64("price")
          .i64("volume")
          .build();

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static BookLevel read(WireReader r, int off) {
    return new BookLevel(
        r.u32(off, "flag_mask"),
        r.u8(off + 4, "book_type"),
        r.i64(off + 5, "price"),
        r.i64(off + 13, "volume"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(flagMask);
    w.u8(bookType);
    w.i64(price);
    w.i64(volume);
  }
}
