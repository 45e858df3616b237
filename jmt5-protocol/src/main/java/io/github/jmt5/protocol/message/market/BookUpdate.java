package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.message.Wire;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One symbol's entry of a cmd 23 order-book push: a header and its level changes.
 *
 * @param header symbol, time and flags ({@code books_flags & 2} = clear the book first)
 * @param levels level changes, applied in order
 */
public record BookUpdate(BookHeader header, List<BookLevel> levels) {
  /** {@code books_flags} bit: clear both sides before applying the levels. */
  public static final int RESET = 2;

  /**
   * Checks that {@code header} is not null and copies {@code levels} into an unmodifiable list.
   *
   * @param header symbol, time and flags
   * @param levels level changes, applied in order
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException if there are more than 65535 levels
   */
  public BookUpdate {
    Objects.requireNonNull(header, "header");
    levels = List.copyOf(levels);
    if (levels.size() > 0xffff) {
      throw new IllegalArgumentException("at most 65535 levels per entry, got " + levels.size());
    }
  }

  /**
   * Decodes a whole cmd 23 body: {@code u32 n} entries. A body of 4 bytes or less carries nothing.
   *
   * @param r reader over the whole cmd 23 body
   * @return the entries, in wire order
   * @throws io.github.jmt5.protocol.ProtocolException if a count does not fit the bytes that follow
   */
  public static List<BookUpdate> decodeAll(WireReader r) {
    List<BookUpdate> out = new ArrayList<>();
    if (r.length() <= 4) {
      return out;
    }
    int n = r.count(0, BookHeader.SIZE, "entries");
    int off = 4;
    for (int i = 0; i < n; i++) {
      BookHeader h = BookHeader.read(r, off);
      off += BookHeader.SIZE;
      int count = r.checkCount(h.levelCount(), off, BookLevel.SIZE, "level_count");
      List<BookLevel> levels = new ArrayList<>(count);
      for (int j = 0; j < count; j++) {
        levels.add(BookLevel.read(r, off));
        off += BookLevel.SIZE;
      }
      out.add(new BookUpdate(h, levels));
    }
    return out;
  }

  /**
   * Encodes a whole cmd 23 body. The header's level count is taken from the level list.
   *
   * @param updates the entries, in order
   * @param w the writer
   */
  public static void writeAll(List<BookUpdate> updates, WireWriter w) {
    w.u32(updates.size());
    for (BookUpdate u : updates) {
      BookHeader h = u.header();
      new BookHeader(
              h.symbolId(),
              h.booksTime(),
              h.timeMsc(),
              h.flagMask(),
              h.booksFlags(),
              u.levels().size())
          .write(w);
      Wire.writeAll(w, u.levels(), BookLevel::write);
    }
  }
}
