package io.github.jmt5.client.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.account.AccountInfo;
import io.github.jmt5.client.error.TradeException;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.client.session.HarnessAccess;
import io.github.jmt5.client.symbols.UnknownSymbolException;
import io.github.jmt5.protocol.enums.OrderType;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Mt5ClientIT {
  private static final long NETTING = 50_003;
  private static final long RICH = 50_009;

  private Mt5Emulator emulator;
  private Mt5Client client;

  @BeforeEach
  void start() {
    emulator =
        HarnessAccess.emulator(
            AccountConfig.parse(NETTING + ":net-pass-1:5000:USD:netting:50"),
            AccountConfig.of(RICH, "rich-pass-1", 1_000_000_000));
    client = Mt5Client.connect(HarnessAccess.options(emulator).build()).join();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  private SymbolQuote quoteOf(String symbol) {
    client.market().subscribeTicks(symbol).join();
    await().until(() -> client.market().quote(symbol).isPresent());
    return client.market().quote(symbol).orElseThrow();
  }

  @Test
  void connectLoadsAccountSymbolsAndPositions() {
    AccountInfo a = client.account().info().orElseThrow();

    assertThat(a.login()).isEqualTo(HarnessAccess.LOGIN);
    assertThat(a.balance()).isEqualTo(10_000.0);
    assertThat(a.equity()).isEqualTo(10_000.0);
    assertThat(a.margin()).isZero();
    assertThat(a.freeMargin()).isEqualTo(10_000.0);
    assertThat(a.currency()).isEqualTo("USD");
    assertThat(a.hedging()).isTrue();
    assertThat(a.tradeAllowed()).isTrue();
    assertThat(client.symbols().list().join()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(client.positions().positions()).isEmpty();
  }

  @Test
  void thePasswordCanBeChangedAndTheNewOneLogsIn() {
    assertThat(
            client
                .account()
                .changePassword("wrong-one".toCharArray(), "Next-pass-2".toCharArray())
                .join())
        .isEqualTo(2005);
    assertThat(
            client
                .account()
                .changePassword("secret-1".toCharArray(), "Next-pass-2".toCharArray())
                .join())
        .isZero();

    try (Mt5Client again =
        Mt5Client.connect(
                HarnessAccess.options(emulator, HarnessAccess.LOGIN, "Next-pass-2".toCharArray())
                    .build())
            .join()) {
      assertThat(again.account().info()).isPresent();
    }
  }

  @Test
  void moreThan256SymbolsComeAsTheCompressedList() throws Exception {
    try (Mt5Emulator big =
            io.github.jmt5.server.Mt5Emulator.builder()
                .extraSymbols(300)
                .account(AccountConfig.of(HarnessAccess.LOGIN, "secret-1", 1000))
                .start();
        Mt5Client c = Mt5Client.connect(HarnessAccess.options(big).build()).join()) {
      assertThat(c.symbols().list().join()).hasSizeGreaterThan(300);
      boolean compressed = false;
      while (true) {
        var r = big.takeRequest(Duration.ofMillis(200));
        if (r.isEmpty()) {
          break;
        }
        compressed |= r.get().command() == 34;
        assertThat(r.get().command()).isNotEqualTo(6);
      }
      assertThat(compressed).isTrue();
    }
  }

  @Test
  void aPushedSymbolConfigReplacesTheCachedOneAndTradingFollowsIt() {
    quoteOf("EURUSD");
    FullSymbol eurusd = client.symbols().get("EURUSD").join();
    assertThat(eurusd.trade().tradeMode()).isEqualTo(4);

    // the same config with trade_mode 0 (disabled), edited at its layout offset
    io.github.jmt5.protocol.wire.WireWriter w = new io.github.jmt5.protocol.wire.WireWriter();
    eurusd.write(w);
    byte[] bytes = w.toByteArray();
    int trade = FullSymbol.LAYOUT.field("trade").orElseThrow().offset();
    int mode =
        io.github.jmt5.protocol.message.account.TradeSettings.LAYOUT
            .field("trade_mode")
            .orElseThrow()
            .offset();
    java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(trade + mode, 0);
    FullSymbol disabled = FullSymbol.read(io.github.jmt5.protocol.wire.WireReader.of(bytes, 13), 0);
    emulator.updateSymbol(disabled);

    await().until(() -> client.symbols().cached("EURUSD").orElseThrow().trade().tradeMode() == 0);
    assertThatThrownBy(() -> client.trading().buy("EURUSD", 0.1).join())
        .cause()
        .isInstanceOfSatisfying(
            TradeException.class, e -> assertThat(e.retcode()).isEqualTo(10017));
  }

  @Test
  void symbolConfigsAreLoadedOnceAndUnknownNamesFail() {
    FullSymbol eurusd = client.symbols().get("EURUSD").join();
    assertThat(eurusd.digits()).isEqualTo(5);
    assertThat(client.symbols().get("EURUSD").join()).isSameAs(eurusd);
    assertThat(client.symbols().cached("EURUSD")).containsSame(eurusd);

    assertThatThrownBy(() -> client.symbols().get("NOPE").join())
        .hasCauseInstanceOf(UnknownSymbolException.class)
        .hasMessageContaining("NOPE");
  }

  @Test
  void quotesAreMergedFromTicksInRealPrices() {
    SymbolQuote q = quoteOf("EURUSD");

    assertThat(q.bid()).isBetween(0.5, 2.0);
    assertThat(q.ask()).isGreaterThanOrEqualTo(q.bid());
    assertThat(q.symbol()).isEqualTo("EURUSD");
  }

  @Test
  void spreadsAndCorporateLinksAreServed() {
    var spreads = client.market().spreads("EURUSD").join();
    assertThat(spreads).isNotEmpty();
    assertThat(spreads.get(0).legsA().get(0).tradeSymbol()).isEqualTo("EURUSD");
    assertThat(client.market().corporateLinks().join()).isNotNull();
  }

  @Test
  void keptTicksAreBoundedAndDetailsArrive() {
    client.market().keepTicks("BTCUSD", 5).join();
    quoteOf("BTCUSD");
    await().until(() -> client.market().ticks("BTCUSD").size() == 5);
    List<SymbolQuote> kept = client.market().ticks("BTCUSD");
    assertThat(kept).extracting(SymbolQuote::symbol).containsOnly("BTCUSD");
    for (int i = 1; i < kept.size(); i++) {
      assertThat(kept.get(i).time()).isAfterOrEqualTo(kept.get(i - 1).time());
    }
    await().until(() -> client.market().details("BTCUSD").isPresent());
    assertThat(client.market().ticks("EURUSD")).isEmpty();
  }

  @Test
  void barsComeOldestFirstAndAligned() {
    Instant to = Instant.ofEpochMilli(HarnessAccess.emulatorMillis());
    List<Bar> bars =
        client.market().bars("EURUSD", Timeframe.H1, to.minus(Duration.ofDays(2)), to).join();

    assertThat(bars).isNotEmpty();
    for (int i = 1; i < bars.size(); i++) {
      assertThat(bars.get(i).time()).isGreaterThan(bars.get(i - 1).time());
      assertThat(bars.get(i).time() % 3600).isZero();
    }
    List<Bar> last = client.market().lastBars("EURUSD", Timeframe.M5, 10, to).join();
    assertThat(last).hasSize(10);
    List<Bar> weeks = client.market().lastBars("EURUSD", Timeframe.W1, 3, to).join();
    assertThat(weeks)
        .hasSize(3)
        .allSatisfy( // weekly bars open on Sunday 00:00, as in MT5 and the client's live bars
            b ->
                assertThat(Instant.ofEpochSecond(b.time()).atZone(ZoneOffset.UTC))
                    .satisfies(t -> assertThat(t.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY))
                    .satisfies(t -> assertThat(t.toLocalTime()).isEqualTo(LocalTime.MIDNIGHT)));
  }

  @Test
  void aMarketBuyOpensAPositionThatCanBeModifiedAndClosed() {
    SymbolQuote q = quoteOf("EURUSD");

    CompletableFuture<OrderResult> buying = client.trading().buy("EURUSD", 0.1);
    // registered long before the result arrives: it must not run on the socket's thread
    String continuedOn = buying.thenApply(r -> Thread.currentThread().getName()).join();
    assertThat(continuedOn) // the completion executor (common pool, or a new thread on 1 CPU)
        .doesNotStartWith("jmt5-io-")
        .isNotEqualTo(Thread.currentThread().getName());
    OrderResult opened = buying.join();

    assertThat(opened.retcode()).isEqualTo(10009);
    assertThat(opened.volume()).isEqualTo(0.1);
    assertThat(opened.deal()).isPositive();
    await().until(() -> client.positions().positions().size() == 1);
    Position p = client.positions().positions().get(0);
    assertThat(p.tradeSymbol()).isEqualTo("EURUSD");
    AccountInfo a = client.account().info().orElseThrow();
    assertThat(a.margin()).isPositive();
    assertThat(a.freeMargin()).isCloseTo(a.equity() - a.margin(), within(1e-9));
    // computed locally, it agrees with the emulator's own books (FX margin needs no price)
    assertThat(a.margin()).isCloseTo(emulator.broker().margin(HarnessAccess.LOGIN), within(0.01));

    double sl = Math.floor((q.bid() - 0.01) * 1e5) / 1e5;
    OrderResult modified = client.trading().modifyPosition(p.positionId(), sl, 0).join();
    assertThat(modified.isDone()).isTrue();
    await()
        .untilAsserted(
            () ->
                assertThat(client.positions().position(p.positionId()).orElseThrow().sl())
                    .isEqualTo(sl));

    OrderResult closed = client.trading().close(p.positionId()).join();
    assertThat(closed.isDone()).isTrue();
    await().until(() -> client.positions().positions().isEmpty());
    List<Deal> deals =
        client
            .history()
            .deals(
                Instant.ofEpochMilli(HarnessAccess.emulatorMillis()).minus(Duration.ofHours(1)),
                Instant.ofEpochMilli(HarnessAccess.emulatorMillis()).plus(Duration.ofHours(1)))
            .join();
    assertThat(deals).extracting(Deal::tradeSymbol).contains("EURUSD");
  }

  @Test
  void hedgedPositionsHoldTheHedgedMarginAsTheServerCountsIt() {
    quoteOf("EURUSD");
    client.trading().buy("EURUSD", 0.3).join();
    client.trading().sell("EURUSD", 0.1).join();
    await().until(() -> client.positions().positions().size() == 2);

    double local = client.account().info().orElseThrow().margin();
    double server = emulator.broker().margin(HarnessAccess.LOGIN);
    assertThat(local).isCloseTo(server, within(0.01));
    // less than 0.4 lots unhedged would need
    FullSymbol eurusd = client.symbols().get("EURUSD").join();
    assertThat(eurusd.trade().marginHedged()).isLessThan(eurusd.contractSize());
  }

  @Test
  void exchangeExecutionFillsWhatTheBookHolds() {
    try (Mt5Client rich =
        Mt5Client.connect(
                HarnessAccess.options(emulator, RICH, "rich-pass-1".toCharArray()).build())
            .join()) {
      rich.market().subscribeTicks("NGAS").join();
      await().until(() -> rich.market().quote("NGAS").isPresent());

      // IOC takes what the book offers and reports a partial fill
      OrderResult partial =
          rich.trading()
              .send(
                  OrderRequest.builder("NGAS", OrderType.BUY, 100)
                      .filling(io.github.jmt5.protocol.enums.OrderFilling.IOC)
                      .build())
              .join();
      assertThat(partial.retcode()).isEqualTo(10010);
      assertThat(partial.volume()).isPositive().isLessThan(100.0);

      // FOK refuses what the book cannot fill at once
      assertThatThrownBy(
              () ->
                  rich.trading()
                      .send(
                          OrderRequest.builder("NGAS", OrderType.BUY, 100)
                              .filling(io.github.jmt5.protocol.enums.OrderFilling.FOK)
                              .build())
                      .join())
          .cause()
          .isInstanceOfSatisfying(
              TradeException.class, e -> assertThat(e.retcode()).isEqualTo(10006));
    }
  }

  @Test
  void aRejectionCanBeReturnedInsteadOfThrown() {
    quoteOf("EURUSD");
    OrderResult r =
        client.trading().sendOrReturn(OrderRequest.market("EURUSD", OrderType.BUY, 90)).join();
    assertThat(r.retcode()).isEqualTo(10019);
    assertThat(r.isDone()).isFalse();
    assertThat(r.description()).isEqualTo("not enough money");
    OrderResult local =
        client.trading().sendOrReturn(OrderRequest.market("EURUSD", OrderType.BUY, 0.001)).join();
    assertThat(local.retcode()).isEqualTo(10014);
    assertThat(local.comment()).contains("volume must be in");
  }

  @Test
  void aPendingOrderIsPlacedListedAndCancelled() {
    SymbolQuote q = quoteOf("EURUSD");
    double price = Math.floor((q.ask() - 0.01) * 1e5) / 1e5;

    OrderResult placed =
        client
            .trading()
            .send(OrderRequest.pending("EURUSD", OrderType.BUY_LIMIT, 0.2, price))
            .join();

    assertThat(placed.retcode()).isEqualTo(10008);
    await().until(() -> client.positions().orders().size() == 1);
    long ticket = client.positions().orders().get(0).tradeOrder();
    assertThat(client.positions().orders().get(0).priceOrder()).isEqualTo(price);

    assertThat(client.trading().cancel(ticket).join().isDone()).isTrue();
    await().until(() -> client.positions().orders().isEmpty());
  }

  @Test
  void localChecksRejectBeforeSending() {
    assertThatThrownBy(() -> client.trading().buy("EURUSD", 0.001).join())
        .cause()
        .isInstanceOfSatisfying(
            TradeException.class,
            e -> {
              assertThat(e.retcode()).isEqualTo(10014);
              assertThat(e.symbol()).isEqualTo("EURUSD");
              assertThat(e.getMessage()).contains("invalid volume");
            });
    SymbolQuote q = quoteOf("EURUSD");
    OrderRequest slAbove =
        OrderRequest.builder("EURUSD", OrderType.BUY, 0.1).sl(q.ask() + 0.01).build();
    assertThatThrownBy(() -> client.trading().send(slAbove).join())
        .cause()
        .isInstanceOfSatisfying(
            TradeException.class,
            e -> {
              assertThat(e.retcode()).isEqualTo(10016);
              assertThat(e.getMessage()).contains("stop loss").contains("wrong side");
            });
    assertThatThrownBy(() -> client.trading().buy("XPTUSD", 0.1).join())
        .cause()
        .isInstanceOfSatisfying(
            TradeException.class, e -> assertThat(e.retcode()).isEqualTo(10044));
  }

  @Test
  void serverRejectionsCarryTheRetcodeAndTheRequest() {
    quoteOf("EURUSD");
    // far more than 10,000 USD of margin at 1:100
    assertThatThrownBy(() -> client.trading().buy("EURUSD", 90).join())
        .cause()
        .isInstanceOfSatisfying(
            TradeException.class,
            e -> {
              assertThat(e.retcode()).isEqualTo(10019);
              assertThat(e.volume()).isEqualTo(90.0);
              assertThat(e.getMessage()).contains("not enough money").contains("EURUSD");
            });
  }

  @Test
  void aNettingAccountKeepsOnePositionPerSymbolAndReverses() {
    try (Mt5Client netting =
        Mt5Client.connect(
                io.github.jmt5.client.session.HarnessAccess.options(
                        emulator, NETTING, "net-pass-1".toCharArray())
                    .build())
            .join()) {
      assertThat(netting.account().info().orElseThrow().hedging()).isFalse();
      netting.market().subscribeTicks("EURUSD").join();
      await().until(() -> netting.market().quote("EURUSD").isPresent());

      netting.trading().buy("EURUSD", 0.1).join();
      netting.trading().sell("EURUSD", 0.3).join();

      await()
          .untilAsserted(
              () -> {
                List<Position> open = netting.positions().positions();
                assertThat(open).hasSize(1);
                assertThat(open.get(0).tradeAction()).isEqualTo(1); // sell
                assertThat(open.get(0).tradeVolume()).isEqualTo(20_000_000L);
              });
    }
  }

  @Test
  void positionsAndAccountAreRestoredAfterAReconnect() {
    quoteOf("EURUSD");
    client.trading().buy("EURUSD", 0.1).join();
    await().until(() -> client.positions().positions().size() == 1);

    emulator.dropConnections();

    await()
        .until(
            () ->
                client.session().state() == io.github.jmt5.client.event.ConnectionState.READY
                    && client.market().quote("EURUSD").isPresent());
    await().until(() -> client.positions().positions().size() == 1);
    assertThat(client.session().tickSymbols()).isNotEmpty();
  }
}
