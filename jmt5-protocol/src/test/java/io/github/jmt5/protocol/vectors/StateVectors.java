package io.github.jmt5.protocol.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.message.market.BookUpdate;
import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.protocol.state.MergeResult;
import io.github.jmt5.protocol.state.OrderBook;
import io.github.jmt5.protocol.state.OrderBooks;
import io.github.jmt5.protocol.state.Quote;
import io.github.jmt5.protocol.state.TickMerger;
import io.github.jmt5.protocol.wire.PriceScale;
import io.github.jmt5.protocol.wire.Volume;
import io.github.jmt5.protocol.wire.WireReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code tick_merge} and {@code book_sequence}: pushes applied in order, state checked after each.
 */
final class StateVectors {
  private StateVectors() {}

  static void tickMerge(Vector v) {
    TickMerger merger = new TickMerger();
    Map<Integer, Integer> digits = BodyVectors.digits(v.inputs());
    digits.forEach(merger::setDigits);
    List<byte[]> pushes = BodyVectors.pushes(v.inputs());
    JsonNode after = v.expected().path("after_each_push");
    assertThat(pushes).hasSize(after.size());
    for (int i = 0; i < pushes.size(); i++) {
      List<Tick> ticks = Codecs.TICKS.decode(pushes.get(i), 8);
      JsonNode results = after.get(i).path("results");
      assertThat(ticks).hasSize(results.size());
      for (int j = 0; j < ticks.size(); j++) {
        MergeResult r = merger.apply(ticks.get(j));
        assertThat(r.name().toLowerCase(Locale.ROOT))
            .as("push %d tick %d", i, j)
            .isEqualTo(results.get(j).asText());
      }
      for (Map.Entry<String, JsonNode> e : after.get(i).path("state").properties()) {
        String[] key = e.getKey().split(":", -1);
        Quote q = merger.quote(Integer.parseInt(key[0]), key[1].equals("delayed")).orElseThrow();
        JsonNode s = e.getValue();
        String at = "push " + i + " " + e.getKey();
        Expect.scalar(at + " bid", s.path("bid"), q.bid());
        Expect.scalar(at + " ask", s.path("ask"), q.ask());
        Expect.scalar(at + " last", s.path("last"), q.last());
        Expect.scalar(at + " volume", s.path("volume"), q.volume());
        Expect.scalar(at + " time", s.path("tick_time_msc"), q.timeMsc());
        Expect.scalar(at + " bidask time", s.path("lasttime_bidask"), q.lastTimeBidAsk());
        Expect.scalar(at + " last time", s.path("lasttime_last"), q.lastTimeLast());
      }
    }
  }

  static void bookSequence(Vector v) {
    OrderBooks books = new OrderBooks();
    Map<Integer, Integer> digits = BodyVectors.digits(v.inputs());
    digits.forEach(books::setDigits);
    int firstDigits = v.inputs().path("symbols").get(0).path("digits").asInt();
    List<byte[]> pushes = BodyVectors.pushes(v.inputs());
    JsonNode after = v.expected().path("after_each_push");
    for (int i = 0; i < pushes.size(); i++) {
      List<BookUpdate> updates = books.apply(WireReader.of(pushes.get(i), 23));
      JsonNode e = after.get(i);
      BookUpdate u = updates.get(0);
      Expect.matches("push " + i, e.path("header"), WireMaps.toWire(u.header()));
      Expect.matches("push " + i, e.path("levels"), WireMaps.toWire(u.levels()));
      for (int j = 0; j < u.levels().size(); j++) {
        JsonNode level = e.path("levels").get(j);
        Expect.scalar(
            "_price",
            level.path("_price"),
            PriceScale.unscale((double) u.levels().get(j).price(), firstDigits));
        Expect.scalar(
            "_volume_lots", level.path("_volume_lots"), Volume.toLots(u.levels().get(j).volume()));
      }
      OrderBook book = books.book(u.header().symbolId()).orElseThrow();
      assertSide("push " + i + " buy", e.path("book_after").path("buy"), book.bids());
      assertSide("push " + i + " sell", e.path("book_after").path("sell"), book.asks());
      assertThat(Codecs.ORDER_BOOK.encode(updates)).isEqualTo(pushes.get(i));
    }
  }

  private static void assertSide(String path, JsonNode expected, List<OrderBook.Level> actual) {
    assertThat(actual).as(path).hasSize(expected.size());
    for (int i = 0; i < actual.size(); i++) {
      Expect.scalar(path + "[" + i + "].price", expected.get(i).get(0), actual.get(i).price());
      Expect.scalar(path + "[" + i + "].lots", expected.get(i).get(1), actual.get(i).lots());
    }
  }
}
