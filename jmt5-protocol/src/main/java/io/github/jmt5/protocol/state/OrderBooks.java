package io.github.jmt5.protocol.state;

import io.github.jmt5.protocol.message.market.BookLevel;
import io.github.jmt5.protocol.message.market.BookUpdate;
import io.github.jmt5.protocol.wire.WireReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order books of every subscribed symbol, kept from cmd 23 pushes. Updates are incremental: an
 * entry with the reset flag clears its book first. Entries for symbols without registered digits
 * are ignored. Not thread-safe.
 */
public final class OrderBooks {
  /** Default cap on price levels per side. */
  public static final int DEFAULT_MAX_LEVELS = 10_000;

  private final Map<Integer, OrderBook> books = new HashMap<>();
  private final Map<Integer, Integer> digits = new HashMap<>();
  private final int maxLevels;

  /** Books that keep {@link #DEFAULT_MAX_LEVELS} levels per side. */
  public OrderBooks() {
    this(DEFAULT_MAX_LEVELS);
  }

  /**
   * Books that keep {@code maxLevelsPerSide} levels per side.
   *
   * @param maxLevelsPerSide levels kept per side, at least 1
   */
  public OrderBooks(int maxLevelsPerSide) {
    this.maxLevels = maxLevelsPerSide;
  }

  /**
   * Registers a symbol's price digits; entries of symbols without digits are ignored.
   *
   * @param symbolId the symbol id
   * @param symbolDigits the symbol's price digits
   */
  public void setDigits(int symbolId, int symbolDigits) {
    digits.put(symbolId, symbolDigits);
    books.remove(symbolId);
  }

  /**
   * Decodes a cmd 23 body and applies it; returns what it held.
   *
   * @param body reader over the whole cmd 23 body
   * @return the decoded entries, also those that were ignored
   * @throws io.github.jmt5.protocol.ProtocolException if the body is malformed
   */
  public List<BookUpdate> apply(WireReader body) {
    List<BookUpdate> updates = BookUpdate.decodeAll(body);
    for (BookUpdate u : updates) {
      apply(u);
    }
    return updates;
  }

  /**
   * Applies one entry; false when the symbol's digits are not known.
   *
   * @param update one entry of a cmd 23 body
   * @return {@code true} when the entry was applied
   */
  public boolean apply(BookUpdate update) {
    int id = update.header().symbolId();
    Integer d = digits.get(id);
    if (d == null) {
      return false;
    }
    OrderBook book = books.computeIfAbsent(id, k -> new OrderBook(d, maxLevels));
    if ((update.header().booksFlags() & BookUpdate.RESET) != 0) {
      book.clear();
    }
    for (BookLevel level : update.levels()) {
      book.apply(level);
    }
    return true;
  }

  /**
   * {@return the book of {@code symbolId}, or empty if no entry was applied to it}
   *
   * @param symbolId the symbol id
   */
  public Optional<OrderBook> book(int symbolId) {
    return Optional.ofNullable(books.get(symbolId));
  }

  /**
   * Forgets a symbol's book (after unsubscribing).
   *
   * @param symbolId the symbol id
   */
  public void remove(int symbolId) {
    books.remove(symbolId);
  }
}
