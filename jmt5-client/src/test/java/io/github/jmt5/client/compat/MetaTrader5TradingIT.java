package io.github.jmt5.client.compat;

import static io.github.jmt5.client.compat.Mt5Constants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.session.HarnessAccess;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Orders, positions, history and the local calculations of the facade against the emulator. */
class MetaTrader5TradingIT extends FacadeIT {
  private static TradeRequest.Builder market(int type, double volume) {
    return TradeRequest.builder(TRADE_ACTION_DEAL)
        .symbol("EURUSD")
        .type(type)
        .volume(volume)
        .deviation(10)
        .typeFilling(ORDER_FILLING_FOK);
  }

  private OrderSendResult send(TradeRequest r) {
    OrderSendResult result = mt5.orderSend(r);
    assertThat(result).as(mt5.lastError().toString()).isNotNull();
    assertSuccess();
    assertThat(Objects.requireNonNull(result).request()).isSameAs(r);
    return result;
  }

  private static double round5(double price) {
    return Math.round(price * 1e5) / 1e5;
  }

  private static Instant hoursAround(int hours, boolean after) {
    Instant now = HarnessAccess.clock().now();
    return after ? now.plus(Duration.ofHours(hours)) : now.minus(Duration.ofHours(hours));
  }

  @Test
  void aMarketDealOpensAPositionThatSltpModifiesAndAnOppositeDealCloses() {
    Tick tick = selectAndAwaitTick("EURUSD");
    TradeRequest buy = market(ORDER_TYPE_BUY, 0.1).comment("compat").magic(42).build();

    OrderSendResult opened = send(buy);

    assertThat(opened.retcode()).isEqualTo(TRADE_RETCODE_DONE);
    assertThat(opened.deal()).isPositive();
    assertThat(opened.order()).isPositive();
    assertThat(opened.volume()).isEqualTo(0.1);
    assertThat(opened.price()).isCloseTo(tick.ask(), within(0.01));
    assertThat(opened.retcodeExternal()).isZero();
    await().until(() -> mt5.positionsTotal() == 1);
    TradePosition p = Objects.requireNonNull(mt5.positionsGet()).get(0);
    assertThat(p.symbol()).isEqualTo("EURUSD");
    assertThat(p.type()).isEqualTo(POSITION_TYPE_BUY);
    assertThat(p.volume()).isEqualTo(0.1);
    assertThat(p.priceOpen()).isEqualTo(opened.price());
    assertThat(p.identifier()).isEqualTo(p.ticket());
    assertThat(p.timeMsc() / 1000).isEqualTo(p.time());

    assertThat(mt5.positionsGetBySymbol("EURUSD")).hasSize(1);
    assertThat(mt5.positionsGetBySymbol("GBPUSD")).isEmpty();
    assertThat(mt5.positionsGetByGroup("*USD*")).hasSize(1);
    assertThat(mt5.positionsGetByGroup("*,!EUR*")).isEmpty();
    assertThat(mt5.positionsGetByTicket(p.ticket())).hasSize(1);
    assertThat(mt5.positionsGetByTicket(p.ticket() + 1000)).isEmpty();
    AccountInfo a = Objects.requireNonNull(mt5.accountInfo());
    assertThat(a.margin()).isPositive();
    assertThat(a.marginFree()).isCloseTo(a.equity() - a.margin(), within(1e-9));

    double sl = round5(tick.bid() - 0.01);
    double tp = round5(tick.ask() + 0.01);
    OrderSendResult moved =
        send(
            TradeRequest.builder(TRADE_ACTION_SLTP)
                .symbol("EURUSD")
                .position(p.ticket())
                .sl(sl)
                .tp(tp)
                .build());
    assertThat(moved.retcode()).isEqualTo(TRADE_RETCODE_DONE);
    await()
        .untilAsserted(
            () -> {
              TradePosition now =
                  Objects.requireNonNull(mt5.positionsGetByTicket(p.ticket())).get(0);
              assertThat(now.sl()).isEqualTo(sl);
              assertThat(now.tp()).isEqualTo(tp);
            });

    OrderSendResult closed =
        send(market(ORDER_TYPE_SELL, 0.1).position(p.ticket()).symbol("").build());
    assertThat(closed.retcode()).isEqualTo(TRADE_RETCODE_DONE);
    assertThat(closed.deal()).isPositive();
    await().until(() -> mt5.positionsTotal() == 0);
    assertThat(mt5.positionsGet()).isEmpty();
  }

  @Test
  void sltpWithoutATicketUsesTheOnlyPositionOfTheSymbol() {
    Tick tick = selectAndAwaitTick("EURUSD");
    send(market(ORDER_TYPE_BUY, 0.1).build());
    await().until(() -> mt5.positionsTotal() == 1);
    double sl = round5(tick.bid() - 0.02);

    OrderSendResult r =
        send(TradeRequest.builder(TRADE_ACTION_SLTP).symbol("EURUSD").sl(sl).build());

    assertThat(r.retcode()).isEqualTo(TRADE_RETCODE_DONE);
    await()
        .untilAsserted(
            () -> assertThat(Objects.requireNonNull(mt5.positionsGet()).get(0).sl()).isEqualTo(sl));
    assertThat(mt5.orderSend(TradeRequest.builder(TRADE_ACTION_SLTP).symbol("GBPUSD").build()))
        .isNull();
    assertError(RES_E_INVALID_PARAMS);
  }

  @Test
  void theHistoryHoldsTheDealsAndOrdersOfARoundTrip() {
    selectAndAwaitTick("EURUSD");
    OrderSendResult opened = send(market(ORDER_TYPE_BUY, 0.2).build());
    await().until(() -> mt5.positionsTotal() == 1);
    long position = Objects.requireNonNull(mt5.positionsGet()).get(0).ticket();
    OrderSendResult closed = send(market(ORDER_TYPE_SELL, 0.2).position(position).build());
    await().until(() -> mt5.positionsTotal() == 0);
    Instant from = hoursAround(1, false);
    Instant to = hoursAround(1, true);

    List<TradeDeal> deals = Objects.requireNonNull(mt5.historyDealsGet(from, to));
    assertSuccess();
    assertThat(mt5.historyDealsTotal(from, to)).isEqualTo(deals.size());
    List<TradeDeal> trades = deals.stream().filter(d -> d.symbol().equals("EURUSD")).toList();
    assertThat(trades).extracting(TradeDeal::entry).containsExactly(DEAL_ENTRY_IN, DEAL_ENTRY_OUT);
    assertThat(trades).extracting(TradeDeal::type).containsExactly(DEAL_TYPE_BUY, DEAL_TYPE_SELL);
    assertThat(trades).extracting(TradeDeal::ticket).containsExactly(opened.deal(), closed.deal());
    assertThat(trades).allSatisfy(d -> assertThat(d.volume()).isEqualTo(0.2));
    assertThat(trades).allSatisfy(d -> assertThat(d.positionId()).isEqualTo(position));
    assertThat(trades.get(0).price()).isEqualTo(opened.price());

    assertThat(mt5.historyDealsGet(from, to, "*USD*")).containsExactlyElementsOf(trades);
    assertThat(mt5.historyDealsGet(from, to, "*,!*USD*"))
        .allSatisfy(d -> assertThat(d.symbol()).doesNotContain("USD"));
    assertThat(mt5.historyDealsGetByPosition(position)).containsExactlyElementsOf(trades);
    assertThat(mt5.historyDealsGetByOrder(opened.order())).containsExactly(trades.get(0));
    assertThat(mt5.historyDealsGetByOrder(123_456_789)).isEmpty();
    assertThat(mt5.historyDealsGet(hoursAround(48, false), hoursAround(47, false)))
        .noneMatch(d -> d.symbol().equals("EURUSD"));

    List<TradeOrder> orders = Objects.requireNonNull(mt5.historyOrdersGet(from, to));
    assertThat(mt5.historyOrdersTotal(from, to)).isEqualTo(orders.size());
    assertThat(orders).extracting(TradeOrder::ticket).contains(opened.order(), closed.order());
    TradeOrder first = Objects.requireNonNull(mt5.historyOrdersGetByTicket(opened.order())).get(0);
    assertThat(first.symbol()).isEqualTo("EURUSD");
    assertThat(first.type()).isEqualTo(ORDER_TYPE_BUY);
    assertThat(first.state()).isEqualTo(ORDER_STATE_FILLED);
    assertThat(first.volumeInitial()).isEqualTo(0.2);
    assertThat(mt5.historyOrdersGetByPosition(position))
        .extracting(TradeOrder::ticket)
        .contains(opened.order(), closed.order());
    assertThat(mt5.historyOrdersGet(from, to, "GBP*")).isEmpty();
    assertThat(mt5.historyOrdersGet(from, to, "EUR*")).hasSize(2);
    assertThat(mt5.historyOrdersGetByTicket(123_456_789)).isEmpty();
    assertSuccess();

    assertThat(mt5.historyDealsGet(to, from)).isNull();
    assertError(RES_E_INVALID_PARAMS);
    assertThat(mt5.historyOrdersTotal(to, from)).isEqualTo(-1);
    assertError(RES_E_INVALID_PARAMS);
  }

  @Test
  void aPendingOrderIsPlacedListedModifiedAndRemoved() {
    Tick tick = selectAndAwaitTick("EURUSD");
    double price = round5(tick.ask() - 0.01);

    OrderSendResult placed =
        send(
            TradeRequest.builder(TRADE_ACTION_PENDING)
                .symbol("EURUSD")
                .type(ORDER_TYPE_BUY_LIMIT)
                .volume(0.2)
                .price(price)
                .typeTime(ORDER_TIME_GTC)
                .build());

    assertThat(placed.retcode()).isEqualTo(TRADE_RETCODE_PLACED);
    assertThat(placed.order()).isPositive();
    await().until(() -> mt5.ordersTotal() == 1);
    TradeOrder o = Objects.requireNonNull(mt5.ordersGet()).get(0);
    assertThat(o.ticket()).isEqualTo(placed.order());
    assertThat(o.type()).isEqualTo(ORDER_TYPE_BUY_LIMIT);
    assertThat(o.priceOpen()).isEqualTo(price);
    assertThat(o.volumeInitial()).isEqualTo(0.2);
    assertThat(o.symbol()).isEqualTo("EURUSD");
    assertThat(mt5.ordersGetBySymbol("EURUSD")).hasSize(1);
    assertThat(mt5.ordersGetBySymbol("USDJPY")).isEmpty();
    assertThat(mt5.ordersGetByGroup("EUR*")).hasSize(1);
    assertThat(mt5.ordersGetByGroup("*,!*USD")).isEmpty();
    assertThat(mt5.ordersGetByTicket(o.ticket())).hasSize(1);
    assertThat(mt5.ordersGetByTicket(o.ticket() + 1000)).isEmpty();

    double moved = round5(tick.ask() - 0.02);
    OrderSendResult modified =
        send(
            TradeRequest.builder(TRADE_ACTION_MODIFY)
                .order(o.ticket())
                .price(moved)
                .sl(round5(moved - 0.01))
                .build());
    assertThat(modified.retcode()).isEqualTo(TRADE_RETCODE_DONE);
    await()
        .untilAsserted(
            () ->
                assertThat(Objects.requireNonNull(mt5.ordersGet()).get(0).priceOpen())
                    .isEqualTo(moved));

    OrderSendResult removed =
        send(TradeRequest.builder(TRADE_ACTION_REMOVE).order(o.ticket()).build());
    assertThat(removed.retcode()).isEqualTo(TRADE_RETCODE_DONE);
    await().until(() -> mt5.ordersTotal() == 0);
  }

  @Test
  void aStopLimitOrderKeepsItsActivationAndLimitPrices() {
    Tick tick = selectAndAwaitTick("EURUSD");
    double stop = round5(tick.ask() + 0.01);
    double limit = round5(tick.ask() + 0.005);

    OrderSendResult placed =
        send(
            TradeRequest.builder(TRADE_ACTION_PENDING)
                .symbol("EURUSD")
                .type(ORDER_TYPE_BUY_STOP_LIMIT)
                .volume(0.1)
                .price(stop)
                .stoplimit(limit)
                .typeFilling(ORDER_FILLING_RETURN)
                .build());

    assertThat(placed.retcode()).isEqualTo(TRADE_RETCODE_PLACED);
    await().until(() -> mt5.ordersTotal() == 1);
    TradeOrder o = Objects.requireNonNull(mt5.ordersGet()).get(0);
    assertThat(o.type()).isEqualTo(ORDER_TYPE_BUY_STOP_LIMIT);
    assertThat(o.priceOpen()).isEqualTo(stop);
    assertThat(o.priceStoplimit()).isEqualTo(limit);
  }

  @Test
  void closeByClosesTwoOppositePositions() {
    selectAndAwaitTick("EURUSD");
    send(market(ORDER_TYPE_BUY, 0.1).build());
    send(market(ORDER_TYPE_SELL, 0.1).build());
    await().until(() -> mt5.positionsTotal() == 2);
    List<TradePosition> open = Objects.requireNonNull(mt5.positionsGet());

    OrderSendResult r =
        send(
            TradeRequest.builder(TRADE_ACTION_CLOSE_BY)
                .symbol("EURUSD")
                .position(open.get(0).ticket())
                .positionBy(open.get(1).ticket())
                .build());

    assertThat(r.retcode()).isEqualTo(TRADE_RETCODE_DONE);
    await().until(() -> mt5.positionsTotal() == 0);
  }

  @Test
  void rejectionsComeBackAsResultsWithTheirRetcode() {
    selectAndAwaitTick("EURUSD");

    OrderSendResult tooSmall = send(market(ORDER_TYPE_BUY, 0.001).build());
    assertThat(tooSmall.retcode()).isEqualTo(TRADE_RETCODE_INVALID_VOLUME);
    assertThat(tooSmall.comment()).contains("volume");
    assertThat(tooSmall.deal()).isZero();
    assertThat(tooSmall.requestId()).isZero();

    OrderSendResult tooBig = send(market(ORDER_TYPE_BUY, 90).build());
    assertThat(tooBig.retcode()).isEqualTo(TRADE_RETCODE_NO_MONEY);
    assertThat(tooBig.bid()).as(tooBig.toString()).isPositive();

    OrderSendResult noOrder =
        send(TradeRequest.builder(TRADE_ACTION_REMOVE).order(987_654_321).build());
    assertThat(noOrder.retcode()).isEqualTo(TRADE_RETCODE_INVALID_ORDER);
    OrderSendResult noPosition =
        send(TradeRequest.builder(TRADE_ACTION_SLTP).position(987_654_321).sl(1.0).build());
    assertThat(noPosition.retcode()).isEqualTo(TRADE_RETCODE_POSITION_CLOSED);
    OrderSendResult closeOnly = send(market(ORDER_TYPE_BUY, 0.1).symbol("XPTUSD").build());
    assertThat(closeOnly.retcode()).isEqualTo(TRADE_RETCODE_CLOSE_ONLY);
    assertThat(mt5.positionsTotal()).isZero();
  }

  @Test
  void requestsThatCannotBeSentReturnNullWithInvalidParams() {
    assertThat(mt5.orderSend(market(ORDER_TYPE_BUY_LIMIT, 0.1).build())).isNull();
    assertError(RES_E_INVALID_PARAMS);
    assertThat(mt5.orderSend(TradeRequest.builder(99).symbol("EURUSD").build())).isNull();
    assertError(RES_E_INVALID_PARAMS);
    assertThat(mt5.orderSend(market(ORDER_TYPE_BUY, 0.1).typeFilling(ORDER_FILLING_BOC).build()))
        .isNull();
    assertError(RES_E_INVALID_PARAMS);
    assertThat(mt5.orderSend(market(ORDER_TYPE_BUY, 0).build())).isNull();
    assertError(RES_E_INVALID_PARAMS);
    assertThat(
            mt5.orderSend(
                TradeRequest.builder(TRADE_ACTION_PENDING)
                    .symbol("EURUSD")
                    .type(ORDER_TYPE_BUY_LIMIT)
                    .volume(0.1)
                    .build()))
        .isNull();
    assertError(RES_E_INVALID_PARAMS);
    assertThat(
            mt5.orderSend(
                TradeRequest.builder(TRADE_ACTION_PENDING)
                    .symbol("EURUSD")
                    .type(ORDER_TYPE_BUY_LIMIT)
                    .volume(0.1)
                    .price(1.0)
                    .typeTime(ORDER_TIME_SPECIFIED)
                    .build()))
        .isNull();
    assertError(RES_E_INVALID_PARAMS);
    assertThat(mt5.orderSend(market(ORDER_TYPE_BUY, 0.1).symbol("NOPE").build())).isNull();
    assertError(RES_E_NOT_FOUND);
  }

  @Test
  void localCalculationsWorkOutOfTheBoxAndCanBeReplaced() {
    Tick eurusd = selectAndAwaitTick("EURUSD");

    // 1 lot = 100,000 EUR at 1:100 is 1,000 EUR of margin, converted at the ask
    Double margin = mt5.orderCalcMargin(ORDER_TYPE_BUY, "EURUSD", 1, eurusd.ask());
    assertSuccess();
    assertThat(margin).isNotNull();
    assertThat(margin)
        .isCloseTo(1_000 * Objects.requireNonNull(mt5.symbolInfoTick("EURUSD")).ask(), within(1.0));
    // selling 1 lot at 1.2 and buying back at 1.1 earns 0.1 × 100,000 USD
    assertThat(mt5.orderCalcProfit(ORDER_TYPE_SELL, "EURUSD", 1, 1.2, 1.1))
        .isCloseTo(10_000.0, within(1e-6));
    TradeRequest request = market(ORDER_TYPE_BUY, 1).build();
    OrderCheckResult check = Objects.requireNonNull(mt5.orderCheck(request));
    assertThat(check.retcode()).isZero();
    assertThat(check.balance()).isEqualTo(10_000.0);
    assertThat(check.margin()).isPositive();
    assertThat(mt5.orderCalcMargin(ORDER_TYPE_BUY, "NOPE", 1, 1.1)).isNull();
    assertError(RES_E_NOT_FOUND);

    mt5.setCalculations(new FixedCalculations());
    assertThat(mt5.orderCalcMargin(ORDER_TYPE_BUY, "EURUSD", 1, 1.1))
        .isCloseTo(1_100.0, within(1e-6));

    mt5.setCalculations(null);
    assertThat(mt5.orderCalcMargin(ORDER_TYPE_BUY, "EURUSD", 1, 1.1)).isNull();
    assertError(RES_E_UNSUPPORTED);
  }

  @Test
  void calculationsCanBeGivenToInitialize() {
    try (MetaTrader5 other = new MetaTrader5()) {
      assertThat(other.initialize(HarnessAccess.options(emulator).build(), new FixedCalculations()))
          .isTrue();
      assertThat(other.orderCalcMargin(ORDER_TYPE_BUY, "EURUSD", 2, 1.1))
          .isCloseTo(2_200.0, within(1e-6));
    }
  }

  /** Margin at 1:100 of a 100,000 contract and the plain price difference, for the tests. */
  private static final class FixedCalculations implements Calculations {
    @Override
    public double margin(
        Mt5Client client, int orderType, String symbol, double volume, double price) {
      client.symbols().basic(symbol).join();
      return volume * 100_000 * price / 100;
    }

    @Override
    public double profit(
        Mt5Client client,
        int orderType,
        String symbol,
        double volume,
        double priceOpen,
        double priceClose) {
      double sign = orderType == ORDER_TYPE_BUY ? 1 : -1;
      return sign * (priceClose - priceOpen) * volume * 100_000;
    }

    @Override
    public OrderCheckResult check(Mt5Client client, TradeRequest request) {
      double balance = client.account().info().orElseThrow().balance();
      return new OrderCheckResult(0, balance, balance, 0, 0, balance, 0, "Done", request);
    }
  }
}
