package io.github.jmt5.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.frame.InnerResponse;
import io.github.jmt5.protocol.message.trade.DealTransaction;
import io.github.jmt5.protocol.message.trade.OrderTransaction;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.message.trade.TradeHistory;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.message.trade.TradeResultPush;
import io.github.jmt5.protocol.message.trade.TradeTransaction;
import io.github.jmt5.protocol.wire.Volume;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.market.DepthModel;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trading against the emulator's broker over the wire, on a symbol that trades every day (BTCUSD).
 */
class EmulatorTradingIT {
  private Mt5Emulator emulator;
  private int actionId;

  @BeforeEach
  void start() {
    emulator =
        Mt5Emulator.builder()
            .clock(EmulatorClock.forTests())
            .account(AccountConfig.parse("50001:secret:10000:USD:hedging:100"))
            .account(AccountConfig.parse("50002:secret:10000:USD:netting:100"))
            .start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private TestTerminal login(long login) {
    TestTerminal t = TestTerminal.bootstrapped(emulator.uri());
    assertThat(t.login(login, "secret", "").code()).isZero();
    assertThat(t.next().command()).isEqualTo(15);
    return t;
  }

  private TradeRequest market(String symbol, boolean buy, double lots, int filling, long position) {
    return new TradeRequest(
        ++actionId,
        3,
        symbol,
        Volume.toWire(lots),
        2,
        0,
        buy ? 0 : 1,
        filling,
        0,
        position == 0 ? 2 : 3,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        "it",
        position,
        0,
        0);
  }

  private static int send(TestTerminal t, TradeRequest r) {
    InnerResponse reply = t.request(12, Codecs.TRADE_REQUEST.encode(r));
    assertThat(reply.command()).isEqualTo(12);
    return Codecs.TRADE_REPLY.decode(reply.body().toArray(), 12).result();
  }

  /** The pushes after an accepted request: two cmd 10, cmd 14, then cmd 19. */
  private static TradeResultPush pushes(TestTerminal t, List<TradeTransaction> into) {
    for (int i = 0; i < 2; i++) {
      InnerResponse tx = t.next();
      assertThat(tx.command()).isEqualTo(10);
      into.addAll(Codecs.TRADE_TRANSACTIONS.decode(tx.body().toArray(), 10));
    }
    assertThat(t.next().command()).isEqualTo(14);
    InnerResponse result = t.next();
    assertThat(result.command()).isEqualTo(19);
    return Codecs.TRADE_RESULT.decode(result.body().toArray(), 19);
  }

  @Test
  void openAndCloseAPositionWithItsPushesAndHistory() {
    try (TestTerminal t = login(50001)) {
      TradeRequest buy = market("BTCUSD", true, 0.1, 1, 0);
      assertThat(send(t, buy)).isZero();
      List<TradeTransaction> txs = new java.util.ArrayList<>();
      TradeResultPush opened = pushes(t, txs);
      assertThat(opened.request().actionId()).isEqualTo(buy.actionId());
      assertThat(opened.result().retcode()).isEqualTo(10009);
      assertThat(opened.result().volume()).isEqualTo(Volume.toWire(0.1));
      assertThat(txs.get(0)).isInstanceOf(OrderTransaction.class);
      DealTransaction deal = (DealTransaction) txs.get(1);
      assertThat(deal.deal().entry()).isZero();

      List<Position> positions =
          Codecs.POSITIONS_AND_ORDERS
              .decode(t.request(4, TestTerminal.empty()).body().toArray(), 4)
              .positions();
      assertThat(positions).hasSize(1);
      long ticket = positions.get(0).positionId();

      assertThat(send(t, market("BTCUSD", false, 0.1, 1, ticket))).isZero();
      List<TradeTransaction> closeTxs = new java.util.ArrayList<>();
      TradeResultPush closed = pushes(t, closeTxs);
      assertThat(closed.result().retcode()).isEqualTo(10009);
      DealTransaction out = (DealTransaction) closeTxs.get(1);
      assertThat(out.deal().entry()).isEqualTo(1);
      assertThat(out.tradePosition().tradeVolume()).isZero();
      assertThat(out.balance()).isEqualTo(Math.round((10_000 + out.deal().profit()) * 100) / 100.0);

      assertThat(
              Codecs.POSITIONS_AND_ORDERS
                  .decode(t.request(4, TestTerminal.empty()).body().toArray(), 4)
                  .positions())
          .isEmpty();
      TradeHistory history =
          Codecs.TRADE_HISTORY.decode(t.request(5, new byte[8]).body().toArray(), 5);
      assertThat(history.deals()).extracting(d -> d.entry()).containsExactly(0, 1);
      assertThat(history.orders()).hasSize(2);
    }
  }

  @Test
  void rejectionsCarryTheRightRetcode() {
    try (TestTerminal t = login(50001)) {
      assertThat(send(t, market("BTCUSD", true, 0.001, 1, 0)))
          .as("volume below the minimum")
          .isEqualTo(10014);
      assertThat(send(t, market("NOSUCH", true, 0.1, 1, 0))).as("unknown symbol").isEqualTo(10013);
      assertThat(send(t, market("XPTUSD", true, 0.1, 1, 0)))
          .as("close-only symbol")
          .isEqualTo(10044);
      assertThat(send(t, market("BTCUSD", true, 0.1, 2, 0)))
          .as("RETURN filling at market")
          .isEqualTo(10030);
      assertThat(send(t, market("BTCUSD", true, 20, 1, 0))).as("not enough money").isEqualTo(10019);
      assertThat(send(t, market("BTCUSD", false, 0.1, 1, 424242)))
          .as("no such position")
          .isEqualTo(10036);
      assertThat(emulator.broker().positionsAndOrders(50001).positions()).isEmpty();
    }
  }

  private TradeRequest pending(
      int type, double lots, double price, double trigger, double sl, double tp) {
    return new TradeRequest(
        ++actionId,
        5,
        "BTCUSD",
        Volume.toWire(lots),
        2,
        0,
        type,
        2,
        0,
        2,
        0,
        price,
        trigger,
        sl,
        tp,
        0,
        0,
        0,
        "p",
        0,
        0,
        0);
  }

  private double bid() {
    return emulator.market().quote("BTCUSD").orElseThrow().bid();
  }

  private double ask() {
    return emulator.market().quote("BTCUSD").orElseThrow().ask();
  }

  /** Holds BTCUSD at this bid (the ask 20 above) and waits until the market has moved there. */
  private void holdAt(double bid) {
    emulator.market().setQuote("BTCUSD", bid, bid + 20);
    org.awaitility.Awaitility.await().until(() -> bid() == bid);
  }

  @Test
  void placeListAndDeleteAPendingOrder() {
    try (TestTerminal t = login(50001)) {
      TradeRequest limit = pending(2, 0.1, Math.floor(bid() * 0.8), 0, 0, 0);
      assertThat(send(t, limit)).isZero();
      InnerResponse added = t.next();
      assertThat(added.command()).isEqualTo(10);
      var tx =
          (OrderTransaction) Codecs.TRADE_TRANSACTIONS.decode(added.body().toArray(), 10).get(0);
      assertThat(tx.flagMask()).isEqualTo(TradeTransaction.OPEN_ORDER);
      assertThat(t.next().command()).isEqualTo(14);
      TradeResultPush placed = Codecs.TRADE_RESULT.decode(t.next().body().toArray(), 19);
      assertThat(placed.result().retcode()).isEqualTo(10008);
      long ticket = placed.result().tradeOrder();
      var open =
          Codecs.POSITIONS_AND_ORDERS
              .decode(t.request(4, TestTerminal.empty()).body().toArray(), 4)
              .orders();
      assertThat(open).extracting(o -> o.tradeOrder()).containsExactly(ticket);

      TradeRequest delete =
          new TradeRequest(
              ++actionId,
              8,
              "BTCUSD",
              Volume.toWire(0.1),
              2,
              ticket,
              2,
              2,
              0,
              2,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              "",
              0,
              0,
              0);
      assertThat(send(t, delete)).isZero();
      assertThat(t.next().command()).isEqualTo(10);
      assertThat(t.next().command()).isEqualTo(10);
      assertThat(t.next().command()).isEqualTo(14);
      assertThat(Codecs.TRADE_RESULT.decode(t.next().body().toArray(), 19).result().retcode())
          .isEqualTo(10009);
      assertThat(emulator.broker().positionsAndOrders(50001).orders()).isEmpty();
      assertThat(emulator.broker().history(50001, 0, 0).orders())
          .extracting(o -> o.orderState())
          .containsExactly(2);
    }
  }

  @Test
  void pendingOrdersAndStopsAreValidated() {
    try (TestTerminal t = login(50001)) {
      assertThat(send(t, pending(2, 0.1, Math.ceil(ask() * 1.2), 0, 0, 0)))
          .as("buy limit above the ask")
          .isEqualTo(10015);
      assertThat(send(t, pending(5, 0.1, Math.ceil(ask() * 1.2), 0, 0, 0)))
          .as("sell stop above the bid")
          .isEqualTo(10015);
      assertThat(send(t, pending(2, 0.1, Math.floor(bid() * 0.8), 0, Math.ceil(bid() * 0.9), 0)))
          .as("stop loss above a buy")
          .isEqualTo(10016);
      TradeRequest expired =
          new TradeRequest(
              ++actionId,
              5,
              "BTCUSD",
              Volume.toWire(0.1),
              2,
              0,
              2,
              2,
              2,
              2,
              0,
              Math.floor(bid() * 0.8),
              0,
              0,
              0,
              0,
              0,
              0,
              "",
              0,
              0,
              1);
      assertThat(send(t, expired)).as("expiration in the past").isEqualTo(10022);
      TradeRequest wrongType = pending(0, 0.1, 1, 0, 0, 0);
      assertThat(send(t, wrongType)).isEqualTo(10035);
    }
  }

  @Test
  void stopsAreChangedAndAHitClosesThePosition() {
    try (TestTerminal t = login(50001)) {
      assertThat(send(t, market("BTCUSD", true, 0.1, 1, 0))).isZero();
      pushes(t, new java.util.ArrayList<>());
      long ticket = emulator.broker().positionsAndOrders(50001).positions().get(0).positionId();
      TradeRequest bad =
          new TradeRequest(
              ++actionId,
              6,
              "BTCUSD",
              Volume.toWire(0.1),
              2,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              Math.ceil(bid() * 1.1),
              0,
              0,
              0,
              0,
              "",
              ticket,
              0,
              0);
      assertThat(send(t, bad)).as("stop loss above a buy's bid").isEqualTo(10016);
      double b = Math.floor(bid());
      holdAt(b); // the stops below are one dollar from the bid: the market must not move first
      TradeRequest tight =
          new TradeRequest(
              ++actionId,
              6,
              "BTCUSD",
              Volume.toWire(0.1),
              2,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              Math.floor(b - 1),
              Math.ceil(b + 1),
              0,
              0,
              0,
              "",
              ticket,
              0,
              0);
      assertThat(send(t, tight)).isZero();
      holdAt(b + 5); // through the take profit
      org.awaitility.Awaitility.await()
          .until(() -> emulator.broker().positionsAndOrders(50001).positions().isEmpty());
      var deals = emulator.broker().history(50001, 0, 0).deals();
      assertThat(deals).hasSize(2);
      assertThat(deals.get(1).comment()).isEqualTo("[tp]");
    }
  }

  @Test
  void aStopOrderFillsWhenThePriceGetsThere() {
    try (TestTerminal t = login(50001)) {
      double b = Math.floor(bid());
      holdAt(b);
      assertThat(send(t, pending(4, 0.1, b + 25, 0, 0, 0))).isZero(); // buy stop, 5 above the ask
      for (int i = 0; i < 3; i++) {
        t.next(); // cmd 10, 14 and 19 of the placement
      }
      assertThat(send(t, pending(5, 0.1, b - 5, 0, 0, 0))).isZero(); // sell stop, 5 below the bid
      holdAt(b + 10); // the ask, 30 above the old bid, passes the buy stop
      org.awaitility.Awaitility.await()
          .until(() -> !emulator.broker().positionsAndOrders(50001).positions().isEmpty());
      assertThat(emulator.broker().history(50001, 0, 0).orders())
          .extracting(o -> o.orderState())
          .contains(4);
    }
  }

  @Test
  void modifyAPendingOrder() {
    try (TestTerminal t = login(50001)) {
      double price = Math.floor(bid() * 0.8);
      assertThat(send(t, pending(2, 0.1, price, 0, 0, 0))).isZero();
      t.next();
      t.next();
      long ticket = Codecs.TRADE_RESULT.decode(t.next().body().toArray(), 19).result().tradeOrder();
      TradeRequest same =
          new TradeRequest(
              ++actionId,
              7,
              "BTCUSD",
              Volume.toWire(0.1),
              2,
              ticket,
              2,
              2,
              0,
              2,
              0,
              price,
              0,
              0,
              0,
              0,
              0,
              0,
              "",
              0,
              0,
              0);
      assertThat(send(t, same)).as("no changes").isEqualTo(10025);
      TradeRequest lower =
          new TradeRequest(
              ++actionId,
              7,
              "BTCUSD",
              Volume.toWire(0.1),
              2,
              ticket,
              2,
              2,
              0,
              2,
              0,
              price - 100,
              0,
              0,
              0,
              0,
              0,
              0,
              "",
              0,
              0,
              0);
      assertThat(send(t, lower)).isZero();
      assertThat(emulator.broker().positionsAndOrders(50001).orders().get(0).priceOrder())
          .isEqualTo(price - 100);
    }
  }

  /** Action 10: close {@code position} by the opposite {@code by}. */
  private TradeRequest closeBy(long position, long by) {
    return new TradeRequest(
        ++actionId,
        10,
        "BTCUSD",
        Volume.toWire(0.1),
        2,
        0,
        1,
        0,
        0,
        3,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        "",
        position,
        by,
        0);
  }

  @Test
  void closeByNetsTwoOppositePositions() {
    try (TestTerminal t = login(50001)) {
      assertThat(send(t, market("BTCUSD", true, 0.3, 1, 0))).isZero();
      pushes(t, new java.util.ArrayList<>());
      assertThat(send(t, market("BTCUSD", false, 0.1, 1, 0))).isZero();
      pushes(t, new java.util.ArrayList<>());
      List<Position> open = emulator.broker().positionsAndOrders(50001).positions();
      Position longOne = open.stream().filter(p -> p.tradeAction() == 0).findFirst().orElseThrow();
      Position shortOne = open.stream().filter(p -> p.tradeAction() == 1).findFirst().orElseThrow();
      TradeRequest closeBy = closeBy(longOne.positionId(), shortOne.positionId());
      assertThat(send(t, closeBy)).isZero();
      InnerResponse tx = t.next();
      assertThat(Codecs.TRADE_TRANSACTIONS.decode(tx.body().toArray(), 10))
          .allSatisfy(r -> assertThat(((DealTransaction) r).deal().entry()).isEqualTo(3));
      List<Position> after = emulator.broker().positionsAndOrders(50001).positions();
      assertThat(after).hasSize(1);
      assertThat(after.get(0).tradeVolume()).isEqualTo(Volume.toWire(0.2));
    }
    try (TestTerminal t = login(50002)) {
      TradeRequest nettingCloseBy = closeBy(1, 2);
      assertThat(send(t, nettingCloseBy)).isEqualTo(10036);
    }
  }

  @Test
  void symbolUpdatesArePushedAndTradedBy() {
    try (TestTerminal t = login(50001)) {
      var btc = emulator.market().catalog().byName("BTCUSD").orElseThrow();
      var tr = btc.trade();
      var disabledSettings =
          new io.github.jmt5.protocol.message.account.TradeSettings(
              tr.symbolPath(),
              tr.spreadDiff(),
              tr.spreadDiffBalance(),
              0,
              tr.tradeStopsLevel(),
              tr.tradeFreezeLevel(),
              tr.tradeExemode(),
              tr.tradeFillFlags(),
              tr.tradeTimeFlags(),
              tr.tradeOrderFlags(),
              tr.tradeRequestFlags(),
              tr.tradeRequestTimeout(),
              tr.tradeInstantFlags(),
              tr.tradeInstantTimeout(),
              tr.tradeInstantSlipProfit(),
              tr.tradeInstantSlipLosing(),
              tr.tradeInstantVolume(),
              tr.tradeInstantCheckmode(),
              tr.tradeMarketFlags(),
              tr.tradeExchangeFlags(),
              tr.volumeMin(),
              tr.volumeMax(),
              tr.volumeStep(),
              tr.volumeLimit(),
              tr.marginFlags(),
              tr.marginInitial(),
              tr.marginMaintenance(),
              tr.marginRatesInitial(),
              tr.marginRatesMaintenance(),
              tr.marginRateLiquidity(),
              tr.marginHedged(),
              tr.marginRateCurrency(),
              tr.swapMode(),
              tr.swapLong(),
              tr.swapShort(),
              tr.swapRollover3days(),
              tr.permissionsFlags(),
              tr.permissionsBookdepth(),
              tr.swapRates());
      var disabled = withTrade(btc, disabledSettings);
      emulator.updateSymbol(disabled);
      InnerResponse push = t.next();
      assertThat(push.command()).isEqualTo(13);
      assertThat(Codecs.SYMBOL_UPDATES.decode(push.body().toArray(), 13).get(0).trade().tradeMode())
          .isZero();
      assertThat(send(t, market("BTCUSD", true, 0.1, 1, 0))).as("trade disabled").isEqualTo(10017);
    }
  }

  private static io.github.jmt5.protocol.message.market.FullSymbol withTrade(
      io.github.jmt5.protocol.message.market.FullSymbol f,
      io.github.jmt5.protocol.message.account.TradeSettings trade) {
    return new io.github.jmt5.protocol.message.market.FullSymbol(
        f.tradeSymbol(),
        f.isin(),
        f.symbolDescription(),
        f.international(),
        f.basis(),
        f.symbolSource(),
        f.symbolPage(),
        f.category(),
        f.tradeExchange(),
        f.cfi(),
        f.sector(),
        f.industry(),
        f.country(),
        f.currencyBase(),
        f.currencyProfit(),
        f.currencyMargin(),
        f.currencyBaseDigits(),
        f.currencyProfitDigits(),
        f.currencyMarginDigits(),
        f.symbolColor(),
        f.colorBackground(),
        f.digits(),
        f.point(),
        f.symbolMultiply(),
        f.symbolId(),
        f.ticksFlags(),
        f.ticksBookdepth(),
        f.ticksChartMode(),
        f.tradeFlags(),
        f.spread(),
        f.spreadBalance(),
        f.tickValue(),
        f.tickSize(),
        f.contractSize(),
        f.tradeGtcMode(),
        f.tradeCalcMode(),
        f.tradePriceSettle(),
        f.tradePriceLimitMin(),
        f.tradePriceLimitMax(),
        f.tradePriceStrike(),
        f.tradeOptionMode(),
        f.faceValue(),
        f.accruedInterest(),
        f.timeFlags(),
        f.timeStart(),
        f.timeExpiration(),
        trade,
        f.schedule(),
        f.subscription());
  }

  @Test
  void nettingAccountsReverseThroughZero() {
    try (TestTerminal t = login(50002)) {
      assertThat(send(t, market("BTCUSD", true, 0.1, 1, 0))).isZero();
      pushes(t, new java.util.ArrayList<>());
      assertThat(send(t, market("BTCUSD", false, 0.15, 1, 0))).isZero();
      List<TradeTransaction> txs = new java.util.ArrayList<>();
      pushes(t, txs);
      assertThat(((DealTransaction) txs.get(1)).deal().entry()).as("in/out").isEqualTo(2);
      List<Position> positions = emulator.broker().positionsAndOrders(50002).positions();
      assertThat(positions).hasSize(1);
      assertThat(positions.get(0).tradeAction()).isEqualTo(1);
      assertThat(positions.get(0).tradeVolume()).isEqualTo(Volume.toWire(0.05));
    }
  }

  @Test
  void returnFillingLeavesWhatTheBookLacksAsAnOpenOrder() {
    // a stopped clock (a Friday, 08:00 UTC): no ticks, so the rest cannot fill behind our back
    try (Mt5Emulator frozen =
            Mt5Emulator.builder()
                .account(AccountConfig.parse("50003:secret:100000000:USD:hedging:100"))
                .clock(() -> 1_800_000_000_000L)
                .start();
        TestTerminal t = TestTerminal.bootstrapped(frozen.uri())) {
      assertThat(t.login(50003, "secret", "").code()).isZero();
      assertThat(t.next().command()).isEqualTo(15);
      var quote = frozen.market().quote("NGAS").orElseThrow();
      long book =
          DepthModel.available(frozen.market().catalog().spec("NGAS").orElseThrow(), quote, true);
      long ordered = book + Volume.toWire(1);
      TradeRequest buy =
          new TradeRequest(
              ++actionId,
              4,
              "NGAS",
              ordered,
              3,
              0,
              0,
              2,
              0,
              2,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              "ret",
              0,
              0,
              0);
      assertThat(send(t, buy)).isZero();
      List<TradeTransaction> txs = new java.util.ArrayList<>();
      TradeResultPush result = pushes(t, txs);
      assertThat(result.result().retcode()).isEqualTo(10010);
      assertThat(result.result().volume()).isEqualTo(book);
      var placed = (OrderTransaction) txs.get(0);
      assertThat(placed.flagMask()).isEqualTo(TradeTransaction.OPEN_ORDER);
      assertThat(placed.order().volumeCurrent()).isEqualTo(Volume.toWire(1));
      assertThat(((DealTransaction) txs.get(1)).deal().tradeVolume()).isEqualTo(book);

      var open =
          Codecs.POSITIONS_AND_ORDERS.decode(
              t.request(4, TestTerminal.empty()).body().toArray(), 4);
      assertThat(open.positions()).extracting(Position::tradeVolume).containsExactly(book);
      assertThat(open.orders())
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.tradeOrder()).isEqualTo(result.result().tradeOrder());
                assertThat(o.orderType()).as("buy limit").isEqualTo(2);
                assertThat(o.priceOrder()).isEqualTo(quote.ask());
                assertThat(o.volumeInitial()).isEqualTo(ordered);
                assertThat(o.volumeCurrent()).isEqualTo(Volume.toWire(1));
              });
    }
  }
}
