package io.github.jmt5.dflib;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.market.SymbolBasic;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.dflib.DataFrame;
import org.dflib.DoubleSeries;
import org.dflib.Exp;
import org.dflib.IntSeries;
import org.dflib.LongSeries;
import org.dflib.csv.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FramesTest {
  // 2024-01-03T12:00:00Z
  private static final int NOON = 1_704_283_200;

  private static Bar bar(int time, double close) {
    return new Bar(time, close - 0.001, close + 0.002, close - 0.002, close, 42, 0.5);
  }

  @Test
  void barsHaveTypedColumnsInUtc() {
    DataFrame df = Frames.bars(List.of(bar(NOON, 1.1), bar(NOON + 3600, 1.2)));

    assertThat(df.getColumnsIndex().toArray()).containsExactlyElementsOf(Frames.BAR_COLUMNS);
    assertThat(df.height()).isEqualTo(2);
    assertThat(df.getColumn("time").get(0)).isEqualTo(LocalDateTime.of(2024, 1, 3, 12, 0));
    assertThat(df.getColumn("time").get(1)).isEqualTo(LocalDateTime.of(2024, 1, 3, 13, 0));
    assertThat(df.getColumn("close")).isInstanceOf(DoubleSeries.class);
    assertThat(df.getColumn("open")).isInstanceOf(DoubleSeries.class);
    assertThat(df.getColumn("tick_volume")).isInstanceOf(LongSeries.class);
    assertThat(df.getColumn("real_volume")).isInstanceOf(DoubleSeries.class);
    assertThat(((DoubleSeries) df.<Double>getColumn("close")).avg()).isCloseTo(1.15, within());
    assertThat(df.<Long>getColumn("tick_volume").get(0)).isEqualTo(42L);
  }

  @Test
  void barTimesAreUnsigned() {
    // a time past 2038 is negative as a signed int
    int after2038 = (int) 4_102_444_800L; // 2100-01-01T00:00Z
    DataFrame df = Frames.bars(List.of(bar(after2038, 1)));

    assertThat(df.getColumn("time").get(0)).isEqualTo(LocalDateTime.of(2100, 1, 1, 0, 0));
  }

  @Test
  void barFramesWorkWithDflibExpressions() {
    DataFrame df =
        Frames.bars(List.of(bar(NOON, 1.0), bar(NOON + 60, 2.0), bar(NOON + 120, 3.0)))
            .cols("range")
            .merge(Exp.$double("high").sub(Exp.$double("low")));

    DataFrame up = df.rows(Exp.$double("close").gt(1.5)).select();

    assertThat(up.height()).isEqualTo(2);
    assertThat(df.getColumn("range").get(0)).isEqualTo(1.002 - 0.998);
  }

  @Test
  void emptyListsGiveEmptyFramesWithTheColumns() {
    assertThat(Frames.bars(List.of()).height()).isZero();
    assertThat(Frames.bars(List.of()).getColumnsIndex().toArray())
        .containsExactlyElementsOf(Frames.BAR_COLUMNS);
    assertThat(Frames.deals(List.of()).getColumnsIndex().toArray())
        .containsExactlyElementsOf(Frames.DEAL_COLUMNS);
    assertThat(Frames.orders(List.of()).width()).isEqualTo(Frames.ORDER_COLUMNS.size());
    assertThat(Frames.positions(List.of()).width()).isEqualTo(Frames.POSITION_COLUMNS.size());
    assertThat(Frames.symbols(List.of()).width()).isEqualTo(Frames.SYMBOL_COLUMNS.size());
    assertThat(Frames.quotes(List.of()).width()).isEqualTo(Frames.QUOTE_COLUMNS.size());
  }

  @Test
  void quotesCarrySymbolTimeAndSpread() {
    DataFrame df =
        Frames.quotes(
            List.of(
                new SymbolQuote(
                    "EURUSD", 1.1000, 1.1002, 0, 0, Instant.parse("2024-01-03T12:00:00.250Z")),
                new SymbolQuote("USDJPY", 150.10, 150.13, 0, 7, Instant.ofEpochSecond(NOON))));

    assertThat(df.getColumnsIndex().toArray()).containsExactlyElementsOf(Frames.QUOTE_COLUMNS);
    assertThat(df.getColumn("symbol").toList()).containsExactly("EURUSD", "USDJPY");
    assertThat(df.getColumn("time").get(0))
        .isEqualTo(LocalDateTime.of(2024, 1, 3, 12, 0, 0, 250_000_000));
    assertThat(df.getColumn("bid")).isInstanceOf(DoubleSeries.class);
    assertThat(df.getColumn("volume")).isInstanceOf(LongSeries.class);
    assertThat((double) df.getColumn("spread").get(0)).isCloseTo(0.0002, within());
  }

  @Test
  void dealsUseLotsAndMilliseconds() {
    Deal d =
        new Deal(
            1001,
            "ext-1",
            2001,
            NOON,
            NOON,
            "EURUSD",
            1,
            0,
            1.1,
            0,
            0,
            0,
            25_000_000L,
            -2.5,
            1,
            1,
            -0.7,
            -0.1,
            77,
            3001,
            "open",
            100_000,
            5,
            2,
            0,
            123,
            0,
            -0.05);

    DataFrame df = Frames.deals(List.of(d));

    assertThat(df.getColumnsIndex().toArray()).containsExactlyElementsOf(Frames.DEAL_COLUMNS);
    assertThat(df.getColumn("ticket")).isInstanceOf(LongSeries.class);
    assertThat(df.getColumn("ticket").get(0)).isEqualTo(1001L);
    assertThat(df.getColumn("order").get(0)).isEqualTo(2001L);
    assertThat(df.getColumn("time").get(0))
        .isEqualTo(LocalDateTime.of(2024, 1, 3, 12, 0, 0, 123_000_000));
    assertThat(df.getColumn("type")).isInstanceOf(IntSeries.class);
    assertThat(df.getColumn("type").get(0)).isEqualTo(1);
    assertThat(df.getColumn("volume").get(0)).isEqualTo(0.25);
    assertThat(df.getColumn("price").get(0)).isEqualTo(1.1);
    assertThat(df.getColumn("profit").get(0)).isEqualTo(-2.5);
    assertThat(df.getColumn("commission").get(0)).isEqualTo(-0.7);
    assertThat(df.getColumn("swap").get(0)).isEqualTo(-0.1);
    assertThat(df.getColumn("fee").get(0)).isEqualTo(-0.05);
    assertThat(df.getColumn("magic").get(0)).isEqualTo(77L);
    assertThat(df.getColumn("position_id").get(0)).isEqualTo(3001L);
    assertThat(df.getColumn("symbol").get(0)).isEqualTo("EURUSD");
    assertThat(df.getColumn("comment").get(0)).isEqualTo("open");
    assertThat(df.getColumn("external_id").get(0)).isEqualTo("ext-1");
  }

  private static Order order(int type, int done) {
    return new Order(
        501,
        "o-1",
        "GBPUSD",
        NOON,
        0,
        done,
        type,
        2,
        0,
        0,
        1.25,
        1.26,
        1.255,
        1.2,
        1.3,
        100_000_000L,
        50_000_000L,
        1,
        0,
        0,
        "pending",
        100_000,
        5,
        2,
        0,
        0,
        0,
        0,
        500,
        0);
  }

  @Test
  void ordersLeaveMissingTimesNullAndSplitStopLimitPrices() {
    DataFrame df = Frames.orders(List.of(order(2, 0), order(6, NOON + 60)));

    assertThat(df.getColumnsIndex().toArray()).containsExactlyElementsOf(Frames.ORDER_COLUMNS);
    assertThat(df.getColumn("time_setup").get(0))
        .isEqualTo(LocalDateTime.of(2024, 1, 3, 12, 0, 0, 500_000_000));
    assertThat(df.getColumn("time_done").get(0)).isNull();
    assertThat(df.getColumn("time_done").get(1)).isEqualTo(LocalDateTime.of(2024, 1, 3, 12, 1));
    assertThat(df.getColumn("time_expiration").get(0)).isNull();
    // a limit order: price_open is the order price
    assertThat(df.getColumn("price_open").get(0)).isEqualTo(1.25);
    assertThat(df.getColumn("price_stoplimit").get(0)).isEqualTo(0.0);
    // a stop-limit order: activation price and limit price
    assertThat(df.getColumn("price_open").get(1)).isEqualTo(1.26);
    assertThat(df.getColumn("price_stoplimit").get(1)).isEqualTo(1.25);
    assertThat(df.getColumn("volume_initial").get(0)).isEqualTo(1.0);
    assertThat(df.getColumn("volume_current").get(0)).isEqualTo(0.5);
    assertThat(df.getColumn("type")).isInstanceOf(IntSeries.class);
  }

  @Test
  void positionsCarryIdentifierAndCurrentPrice() {
    Position p =
        new Position(
            9001,
            501,
            NOON,
            NOON + 10,
            "XAUUSD",
            1,
            2000,
            1990,
            2050,
            1900,
            10_000_000L,
            100,
            1,
            1,
            0,
            -1.5,
            0,
            0,
            "short",
            100,
            2,
            2,
            0,
            "x-9",
            0,
            0);

    DataFrame df = Frames.positions(List.of(p));

    assertThat(df.getColumnsIndex().toArray()).containsExactlyElementsOf(Frames.POSITION_COLUMNS);
    assertThat(df.getColumn("ticket").get(0)).isEqualTo(9001L);
    assertThat(df.getColumn("identifier").get(0)).isEqualTo(9001L);
    assertThat(df.getColumn("time_update").get(0))
        .isEqualTo(LocalDateTime.of(2024, 1, 3, 12, 0, 10));
    assertThat(df.getColumn("volume").get(0)).isEqualTo(0.1);
    assertThat(df.getColumn("price_current").get(0)).isEqualTo(1990.0);
    assertThat(df.getColumn("swap").get(0)).isEqualTo(-1.5);
    assertThat(df.getColumn("profit").get(0)).isEqualTo(100.0);
    assertThat(df.getColumn("external_id").get(0)).isEqualTo("x-9");
  }

  @Test
  void symbolsAreNamedAndTyped() {
    DataFrame df =
        Frames.symbols(
            List.of(
                new SymbolBasic("EURUSD", "Euro vs US Dollar", 5, 1, "Forex\\EURUSD", 0, "", 0),
                new SymbolBasic("XAUUSD", "Gold", 2, 9, "Metals\\XAUUSD", 1, "", 3)));

    assertThat(df.getColumnsIndex().toArray()).containsExactlyElementsOf(Frames.SYMBOL_COLUMNS);
    assertThat(df.getColumn("name").toList()).containsExactly("EURUSD", "XAUUSD");
    assertThat(df.getColumn("digits")).isInstanceOf(IntSeries.class);
    assertThat(df.getColumn("symbol_id").toList()).containsExactly(1, 9);
  }

  @Test
  void csvHasAHeaderAndOneLinePerRow() {
    String csv = Frames.toCsv(Frames.bars(List.of(bar(NOON, 1.1), bar(NOON + 60, 1.2))));

    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("time,open,high,low,close,tick_volume,real_volume");
    assertThat(lines.get(1)).startsWith("2024-01-03T12:00,").contains(",1.1,").endsWith(",42,0.5");
  }

  @Test
  void csvFilesReadBackWithDflib(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out/bars.csv");
    Frames.writeCsv(Frames.bars(List.of(bar(NOON, 1.1))), file);

    assertThat(Files.exists(file)).isTrue();
    DataFrame back = Csv.loader().doubleCol("close").load(file);
    assertThat(back.getColumnsIndex().toArray()).containsExactlyElementsOf(Frames.BAR_COLUMNS);
    assertThat(back.getColumn("close").get(0)).isEqualTo(1.1);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
