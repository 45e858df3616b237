package io.github.jmt5.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.frame.InnerResponse;
import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.market.BarsRequest;
import io.github.jmt5.protocol.message.market.BookUpdate;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.market.IdList;
import io.github.jmt5.protocol.message.market.SymbolList;
import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.protocol.state.OrderBook;
import io.github.jmt5.protocol.state.OrderBooks;
import io.github.jmt5.protocol.wire.PriceScale;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.server.account.AccountConfig;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load sequence of a web terminal against the emulator: account, symbols, configs, bars, ticks.
 */
class EmulatorMarketIT {
  private static final int BTCUSD = 30;
  private final EmulatorClock clock = EmulatorClock.forTests(); // the same market on any day
  private Mt5Emulator emulator;
  private TestTerminal t;

  @BeforeEach
  void start() {
    emulator =
        Mt5Emulator.builder()
            .clock(clock)
            .account(AccountConfig.parse("50001:secret:25000:EUR:netting:50"))
            .tickRate(20)
            .seed(7)
            .start();
    t = TestTerminal.bootstrapped(emulator.uri());
    assertThat(t.login(50001, "secret", "").code()).isZero();
    assertThat(t.next().command()).isEqualTo(15);
  }

  @AfterEach
  void stop() {
    t.close();
    emulator.close();
  }

  @Test
  void accountBodyDescribesTheAccount() {
    Account a = Codecs.ACCOUNT.decode(ok(t.request(3, TestTerminal.empty())), 3);
    assertThat(a.main().balance()).isEqualTo(25_000);
    assertThat(a.main().accountCurrency()).isEqualTo("EUR");
    assertThat(a.main().marginLeverage()).isEqualTo(50);
    assertThat(a.isHedging()).isFalse();
    assertThat(a.main().serverBuild()).isEqualTo(5687);
    assertThat(a.symbolsCount()).isEqualTo(37);
    assertThat(a.tradeSettings()).isNotEmpty();
  }

  @Test
  void symbolListsGroupsAndConfigs() {
    SymbolList plain = Codecs.SYMBOL_LIST.decode(ok(t.request(6, TestTerminal.empty())), 6);
    assertThat(plain.symbols()).hasSizeGreaterThanOrEqualTo(30);
    SymbolList compressed =
        Codecs.SYMBOL_LIST_COMPRESSED.decode(ok(t.request(34, TestTerminal.empty())), 34);
    assertThat(compressed).isEqualTo(plain);
    assertThat(Codecs.SYMBOL_GROUPS.decode(ok(t.request(9, TestTerminal.empty())), 9).groups())
        .contains("Forex\\Majors", "Metals", "Indices", "Energies", "Crypto");
    List<FullSymbol> full = Codecs.FULL_SYMBOLS.decode(ok(t.request(18, ids(1, 18, 9999))), 18);
    assertThat(full).extracting(FullSymbol::tradeSymbol).containsExactly("EURUSD", "XAUUSD");
    assertThat(full.get(0).contractSize()).isEqualTo(100_000);
    assertThat(full.get(0).trade().tradeExemode()).isEqualTo(2);
    assertThat(full.get(1).trade().tradeExemode()).isEqualTo(1);
  }

  @Test
  void barsAreAlignedAscendingAndAggregateTheirMinutes() {
    int now = (int) (clock.getAsLong() / 1000);
    List<Bar> h1 = bars("BTCUSD", 0x4001, now - 3 * 86_400, now);
    assertThat(h1).hasSizeBetween(70, 73);
    for (int i = 0; i < h1.size(); i++) {
      assertThat(h1.get(i).time() % 3600).isZero();
      if (i > 0) {
        assertThat(h1.get(i).time()).isGreaterThan(h1.get(i - 1).time());
      }
    }
    Bar hour = h1.get(10);
    List<Bar> m1 = bars("BTCUSD", 1, hour.time(), hour.time() + 3599);
    assertThat(m1).hasSize(60);
    assertThat(hour.open()).isEqualTo(m1.get(0).open());
    assertThat(hour.close()).isEqualTo(m1.get(59).close());
    assertThat(hour.high()).isEqualTo(m1.stream().mapToDouble(Bar::high).max().orElseThrow());
    assertThat(hour.low()).isEqualTo(m1.stream().mapToDouble(Bar::low).min().orElseThrow());
    assertThat(bars("NOSUCH", 1, now - 600, now)).isEmpty();
  }

  @Test
  void subscribedTicksArriveWithDetailsAndOthersDoNot() {
    assertThat(t.request(7, ids(BTCUSD)).code()).isZero();
    int details = 0;
    for (int n = 0; n < 6; n++) {
      InnerResponse push = t.next();
      if (push.command() == 17) {
        var d = Codecs.SYMBOL_DETAILS.decode(push.body().toArray(), 17).get(0);
        var stats = io.github.jmt5.protocol.message.market.SymbolStatistics.of(d, 2);
        assertThat(d.symbolId()).isEqualTo(BTCUSD);
        assertThat(stats.bidHigh()).isGreaterThanOrEqualTo(stats.bidLast());
        assertThat(stats.bidLow()).isLessThanOrEqualTo(stats.bidLast());
        details++;
        continue;
      }
      assertThat(push.command()).isEqualTo(8);
      List<Tick> ticks = Codecs.TICKS.decode(push.body().toArray(), 8);
      assertThat(ticks).allSatisfy(tick -> assertThat(tick.symbolId()).isEqualTo(BTCUSD));
      double bid = PriceScale.unscale(ticks.get(0).bid(), 2);
      if (bid != 0) {
        assertThat(bid).isBetween(10_000.0, 500_000.0);
      }
    }
    assertThat(details).isPositive();
  }

  @Test
  void bookSnapshotThenDeltasKeepAConsistentBook() {
    assertThat(t.request(22, ids(BTCUSD)).code()).isZero();
    InnerResponse first = t.next();
    assertThat(first.command()).isEqualTo(23);
    OrderBooks books = new OrderBooks();
    books.setDigits(BTCUSD, 2);
    List<BookUpdate> snapshot = books.apply(WireReader.of(first.body().toArray(), 23));
    assertThat(snapshot.get(0).header().booksFlags() & BookUpdate.RESET).isNotZero();
    assertThat(books.book(BTCUSD).orElseThrow().bids()).hasSize(5);
    for (int n = 0; n < 5; n++) {
      InnerResponse push = t.next();
      if (push.command() != 23) {
        continue;
      }
      books.apply(WireReader.of(push.body().toArray(), 23));
      OrderBook book = books.book(BTCUSD).orElseThrow();
      assertThat(book.bids()).hasSize(5);
      assertThat(book.asks()).hasSize(5);
      assertThat(book.bestBid().orElseThrow().price())
          .isLessThan(book.bestAsk().orElseThrow().price());
    }
  }

  @Test
  void emptyListsAndLinks() {
    assertThat(
            Codecs.POSITIONS_AND_ORDERS
                .decode(ok(t.request(4, TestTerminal.empty())), 4)
                .positions())
        .isEmpty();
    assertThat(Codecs.TRADE_HISTORY.decode(ok(t.request(5, new byte[8])), 5).deals()).isEmpty();
    assertThat(Codecs.CORPORATE_LINKS.decode(ok(t.request(44, TestTerminal.empty())), 44))
        .hasSize(1);
    var spreads = Codecs.SPREADS.decode(ok(t.request(20, ids(1))), 20);
    assertThat(spreads).hasSize(1);
    assertThat(spreads.get(0).legsA().get(0).tradeSymbol()).isEqualTo("EURUSD");
    assertThat(spreads.get(0).legsB().get(0).tradeSymbol()).isEqualTo("GBPUSD");
    assertThat(Codecs.SPREADS.decode(ok(t.request(20, ids(30))), 20)).isEmpty();
  }

  @Test
  void manySymbolsServeTheCompressedList() {
    try (Mt5Emulator big = Mt5Emulator.builder().extraSymbols(300).start();
        TestTerminal c = TestTerminal.bootstrapped(big.uri())) {
      assertThat(c.login(Mt5Emulator.DEMO_LOGIN, Mt5Emulator.DEMO_PASSWORD, "").code()).isZero();
      c.next();
      Account a = Codecs.ACCOUNT.decode(ok(c.request(3, TestTerminal.empty())), 3);
      assertThat(a.symbolsCount()).isEqualTo(337);
      SymbolList list =
          Codecs.SYMBOL_LIST_COMPRESSED.decode(ok(c.request(34, TestTerminal.empty())), 34);
      assertThat(list.symbols()).hasSize(337);
    }
  }

  private List<Bar> bars(String symbol, int period, int from, int to) {
    return Codecs.BARS.decode(
        ok(t.request(11, Codecs.BARS_REQUEST.encode(new BarsRequest(symbol, period, from, to)))),
        11);
  }

  private static byte[] ids(int... ids) {
    return Codecs.ID_LIST.encode(IdList.of(ids));
  }

  private static byte[] ok(InnerResponse r) {
    assertThat(r.code()).as("reply code of cmd " + r.command()).isZero();
    return r.body().toArray();
  }
}
