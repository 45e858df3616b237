package io.github.jmt5.protocol.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.message.market.BookUpdate;
import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.protocol.wire.WireReader;
import java.util.List;

/**
 * The quote and book state fed arbitrary pushes. {@link TickMerger#apply} takes every 50-byte slice
 * of the input as a tick and must never throw; {@link OrderBooks#apply(WireReader)} may only throw
 * {@link ProtocolException}, and a book never holds more levels than its cap.
 */
class StateFuzzTest {
  private static final int[] SYMBOLS = {1, 7, 42, 0, TickMerger.DENSE_IDS + 5, -1};
  private static final int[] DIGITS = {5, 3, 2, 0, 8, 1};
  private static final int MAX_LEVELS = 32;

  @FuzzTest(maxDuration = "10s")
  void tickMerger(byte[] input) {
    TickMerger merger = new TickMerger();
    for (int i = 0; i < SYMBOLS.length; i++) {
      merger.setDigits(SYMBOLS[i], DIGITS[i]);
    }
    merger.setSpreadMarkup(42, 0.01, 7, 2);
    merger.setSpreadMarkup(0, 1, -3, -1);
    WireReader r = WireReader.of(input, 8);
    for (int off = 0; off + Tick.SIZE <= input.length; off += Tick.SIZE) {
      Tick tick = Tick.read(r, off);
      MergeResult result = merger.apply(tick);
      assertThat(result).isNotNull();
      if (result == MergeResult.APPLIED) {
        boolean delayed = (tick.flags() & 0x200) != 0;
        assertThat(merger.quote(tick.symbolId(), delayed)).isPresent();
      }
    }
  }

  @FuzzTest(maxDuration = "10s")
  void orderBooks(byte[] input) {
    OrderBooks books = new OrderBooks(MAX_LEVELS);
    for (int i = 0; i < SYMBOLS.length; i++) {
      books.setDigits(SYMBOLS[i], DIGITS[i]);
    }
    List<BookUpdate> updates;
    try {
      updates = books.apply(WireReader.of(input, 23));
    } catch (ProtocolException expected) {
      return;
    }
    assertThat(updates).isNotNull();
    for (int id : SYMBOLS) {
      books
          .book(id)
          .ifPresent(
              b -> {
                assertThat(b.bids()).hasSizeLessThanOrEqualTo(MAX_LEVELS);
                assertThat(b.asks()).hasSizeLessThanOrEqualTo(MAX_LEVELS);
                assertThat(b.bestBid()).isNotNull();
                assertThat(b.bestAsk()).isNotNull();
              });
    }
  }
}
