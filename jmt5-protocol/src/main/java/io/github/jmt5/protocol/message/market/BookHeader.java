package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;

/**
 * Header of one symbol's entry in a cmd 23 order-book push.
 *
 * <p>Wire record BOOK_HEADER, 22 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param symbolId symbol id
 * @param booksTime Unix seconds
 * @param timeMsc milliseconds
 * @param flagMask flag mask
 * @param booksFlags flags &amp; 2 = reset (clear the book before applying the levels)
 * @param levelCount number of BOOK_LEVEL records that follow
 */
public record BookHeader(
    int symbolId, int booksTime, int timeMsc, int flagMask, int booksFlags, int levelCount) {

  /** Size of the record on the wire. */
  public static final int SIZE = 22;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("BOOK_HEADER")
          .u32("symbol_id")
          .i32("books_time")
          .i32("time_msc")
          .u32("flag_mask")
          .u32("books_flags")
          .u16("level_count")
          .build();

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static BookHeader read(WireReader r, int off) {
    return new BookHeader(
        r.u32(off, "symbol_id"),
        r.i32(off + 4, "books_time"),
        r.i32(off + 8, "time_msc"),
        r.u32(off + 12, "flag_mask"),
        r.u32(off + 16, "books_flags"),
        r.u16(off + 20, "level_count"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(symbolId);
    w.i32(booksTime);
    w.i32(timeMsc);
    w.u32(flagMask);
    w.u32(booksFlags);
    w.u16(levelCount);
  }
}
