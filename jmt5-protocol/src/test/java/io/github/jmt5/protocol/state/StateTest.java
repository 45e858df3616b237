package io.github.jmt5.protocol.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.message.market.BookHeader;
import io.github.jmt5.protocol.message.market.BookLevel;
import io.github.jmt5.protocol.message.market.BookUpdate;
import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.protocol.wire.WireReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateTest {
  private static Tick tick(
      int id, int sec, int fields, double bid, double ask, double last, long vol, int flags) {
    return new Tick(id, sec, fields, bid, ask, last, vol, 0, flags);
  }

  @Test
  void onlyFlaggedFieldsChangeAndZeroKeepsThePreviousPrice() {
    TickMerger m = new TickMerger();
    m.setDigits(1, 5);
    assertThat(m.apply(tick(1, 100, 3, 108512, 108514, 0, 0, 0))).isEqualTo(MergeResult.APPLIED);
    m.apply(tick(1, 101, 3, 0, 108520, 0, 0, 0));
    Quote q = m.quote(1, false).orElseThrow();
    assertThat(q.bid()).isEqualTo(1.08512);
    assertThat(q.ask()).isEqualTo(1.0852);
    m.apply(tick(1, 102, 8, 999999, 999999, 0, 42, 0));
    assertThat(m.quote(1, false).orElseThrow().bid()).isEqualTo(1.08512);
    assertThat(m.quote(1, false).orElseThrow().volume()).isEqualTo(42);
  }

  @Test
  void staleTicksAreDroppedAndStreamsAreSeparate() {
    TickMerger m = new TickMerger();
    m.setDigits(1, 2);
    m.apply(tick(1, 200, 1, 100, 0, 0, 0, 0));
    assertThat(m.apply(tick(1, 199, 1, 50, 0, 0, 0, 0))).isEqualTo(MergeResult.STALE);
    assertThat(m.apply(tick(1, 150, 1, 70, 0, 0, 0, 0x200))).isEqualTo(MergeResult.APPLIED);
    assertThat(m.quote(1, false).orElseThrow().bid()).isEqualTo(1.0);
    assertThat(m.quote(1, true).orElseThrow().bid()).isEqualTo(0.7);
    assertThat(m.apply(tick(2, 1, 1, 1, 0, 0, 0, 0))).isEqualTo(MergeResult.UNKNOWN_SYMBOL);
    assertThat(m.quote(2, false)).isEmpty();
  }

  @Test
  void lastPricesHaveTheirOwnClock() {
    TickMerger m = new TickMerger();
    m.setDigits(7, 1);
    m.apply(tick(7, 10, 4, 55, 0, 0, 0, 0));
    m.apply(tick(7, 10, 4, 0, 0, 56, 0, 0));
    assertThat(m.quote(7, false).orElseThrow().last()).isEqualTo(5.6);
    assertThat(m.apply(tick(7, 9, 4, 0, 0, 57, 0, 0))).isEqualTo(MergeResult.STALE);
  }

  @Test
  void spreadMarkupWidensTheQuote() {
    TickMerger m = new TickMerger();
    m.setDigits(1, 5);
    m.setSpreadMarkup(1, 0.00001, 4, 0);
    m.apply(tick(1, 1, 3, 100000, 100010, 0, 0, 0));
    Quote q = m.quote(1, false).orElseThrow();
    assertThat(q.bid()).isEqualTo(0.99998);
    assertThat(q.ask()).isEqualTo(1.00012);
    m.setSpreadMarkup(1, 0.00001, -20, 0);
    assertThat(m.apply(tick(1, 2, 3, 100000, 100010, 0, 0, 0))).isEqualTo(MergeResult.DISCARDED);
  }

  @Test
  void bookLevelsAddUpAreRemovedAndAreCapped() {
    OrderBook b = new OrderBook(2, 2);
    b.apply(new BookLevel(0, 2, 10_000, 100_000_000));
    b.apply(new BookLevel(0, 2, 10_000, 50_000_000));
    b.apply(new BookLevel(0, 4, 9_900, 100_000_000));
    b.apply(new BookLevel(0, 2, 9_800, 100_000_000));
    assertThat(b.bids())
        .containsExactly(new OrderBook.Level(100.0, 1.5), new OrderBook.Level(99.0, 1.0));
    assertThat(b.droppedLevels()).isEqualTo(1);
    b.apply(new BookLevel(0, 2, 10_000, -200_000_000));
    assertThat(b.bestBid()).contains(new OrderBook.Level(99.0, 1.0));
    b.apply(new BookLevel(0, 1, 10_100, 1));
    assertThat(b.bestAsk()).isPresent();
    b.apply(new BookLevel(0, 0, 0, 0));
    assertThat(b.bids()).isEmpty();
    assertThat(b.asks()).isEmpty();
  }

  @Test
  void resetFlagClearsBeforeApplyingAndUnknownSymbolsAreIgnored() {
    OrderBooks books = new OrderBooks();
    books.setDigits(1, 0);
    BookHeader h = new BookHeader(1, 0, 0, 0, 0, 1);
    books.apply(new BookUpdate(h, List.of(new BookLevel(0, 2, 5, 100))));
    BookHeader reset = new BookHeader(1, 0, 0, 0, BookUpdate.RESET, 1);
    books.apply(new BookUpdate(reset, List.of(new BookLevel(0, 2, 6, 100))));
    assertThat(books.book(1).orElseThrow().bids()).hasSize(1);
    assertThat(books.apply(new BookUpdate(new BookHeader(9, 0, 0, 0, 0, 0), List.of()))).isFalse();
  }

  @Test
  void levelCountBeyondTheBodyIsAProtocolError() {
    byte[] body = new byte[4 + 22];
    body[0] = 1;
    body[4 + 20] = (byte) 0xff; // level_count 255 with no levels following
    assertThatThrownBy(() -> new OrderBooks().apply(WireReader.of(body, 23)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("level_count");
  }
}
