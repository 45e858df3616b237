package io.github.jmt5.server.internal.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.enums.TradeRetcode;
import io.github.jmt5.protocol.message.trade.DealTransaction;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.OrderTransaction;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.message.trade.TradeTransaction;
import io.github.jmt5.protocol.wire.Volume;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.account.AccountRegistry;
import io.github.jmt5.server.market.MarketQuote;
import io.github.jmt5.server.market.SymbolCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The broker with a quote table and a clock the test sets: stop-out and account refreshes. */
class BrokerTest {
  private final Map<String, MarketQuote> quotes = new ConcurrentHashMap<>();
  private final AtomicLong clock = new AtomicLong(1_800_000_000_000L);
  private final AccountRegistry accounts =
      new AccountRegistry(
          List.of(
              AccountConfig.parse("1:pw:1000:USD:hedging:100"),
              AccountConfig.parse("2:pw:100000:USD:hedging:100")));
  private final Broker broker =
      new Broker(
          SymbolCatalog.standard(),
          s -> Optional.ofNullable(quotes.get(s)),
          accounts,
          clock::get,
          5687);

  private void price(double bid) {
    quotes.put("BTCUSD", new MarketQuote("BTCUSD", bid, bid + 15, 0, clock.get()));
  }

  private TradeOutcome buy(double lots) {
    return market(1, "BTCUSD", true, lots);
  }

  private TradeOutcome market(long login, String symbol, boolean buy, double lots) {
    return broker.submit(
        login,
        new TradeRequest(
            1,
            3,
            symbol,
            Volume.toWire(lots),
            2,
            0,
            buy ? 0 : 1,
            1,
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
            0));
  }

  @Test
  void stopOutClosesTheWorstPositionBelowTheLevel() {
    price(59_985); // ask 60,000
    assertThat(buy(1).replyCode()).isZero(); // margin 600 on a 1,000 balance
    price(59_500); // equity about 500: level about 83 %
    assertThat(broker.onQuotes().getOrDefault(1L, List.of()))
        .noneMatch(e -> e instanceof BrokerEvent.Transactions);
    assertThat(broker.positionsAndOrders(1).positions()).hasSize(1);
    price(59_200); // equity about 200: level about 33 %
    List<BrokerEvent> events = broker.onQuotes().get(1L);
    assertThat(events).anyMatch(e -> e instanceof BrokerEvent.Transactions);
    assertThat(broker.positionsAndOrders(1).positions()).isEmpty();
    var deals = broker.history(1, 0, 0).deals();
    assertThat(deals.get(deals.size() - 1).comment()).isEqualTo("[so]");
    assertThat(broker.equity(1)).isCloseTo(1000 - 800, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void anOppositePositionOnAHedgingAccountIsChargedTheHedgedMargin() {
    price(59_985); // ask 60,000
    assertThat(buy(1).replyCode()).isZero(); // 1 x 60,000 / 100 = 600 of a 1,000 balance
    assertThat(broker.margin(1)).isCloseTo(600, org.assertj.core.data.Offset.offset(1e-9));
    // the sell alone would need 599.85 more, but covered both legs cost half:
    // (600 + 599.85) x 0.5 = 599.925, less than before
    assertThat(market(1, "BTCUSD", false, 1).replyCode()).isZero();
    assertThat(broker.margin(1)).isCloseTo(599.925, org.assertj.core.data.Offset.offset(1e-9));
    // one more lot uncovered: buys 1,200 x 0.5 + 1,200 x 0.5 x 0.5 = 900, sell 299.925, so
    // 600 more, with equity about 970 and 599.925 used
    assertThat(buy(1).replyCode()).isEqualTo(TradeRetcode.NO_MONEY.value());
  }

  @Test
  void collateralAddsToEquityByItsLiquidityRate() {
    quotes.put("XAUCOL", new MarketQuote("XAUCOL", 2400, 2400.6, 0, clock.get()));
    assertThat(market(2, "XAUCOL", true, 3).replyCode()).isZero();
    assertThat(broker.margin(2)).isZero();
    // 100,000 balance + 3 oz x bid 2,400 x 0.8
    assertThat(broker.equity(2)).isEqualTo(105_760.0);
  }

  @Test
  void accountsWithPositionsAreRefreshedAboutOnceASecond() {
    price(59_985);
    buy(0.1);
    assertThat(broker.onQuotes().get(1L))
        .singleElement()
        .isInstanceOf(BrokerEvent.AccountUpdate.class);
    clock.addAndGet(200);
    assertThat(broker.onQuotes()).doesNotContainKey(1L);
    clock.addAndGet(1000);
    assertThat(broker.onQuotes()).containsKey(1L);
  }

  @Test
  void marketOrdersNeedAQuoteAndTheSession() {
    assertThat(buy(0.1).replyCode()).isEqualTo(TradeRetcode.PRICE_OFF.value());
    price(60_000);
    TradeRequest eurusd =
        new TradeRequest(
            1,
            3,
            "EURUSD",
            Volume.toWire(0.1),
            5,
            0,
            0,
            1,
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
    // 2027-01-15 08:00 UTC is a Friday: EURUSD trades, but has no quote in this table
    assertThat(broker.submit(1, eurusd).replyCode()).isEqualTo(TradeRetcode.PRICE_OFF.value());
    clock.addAndGet(86_400_000L); // Saturday: the session check comes first
    assertThat(broker.submit(1, eurusd).replyCode()).isEqualTo(TradeRetcode.MARKET_CLOSED.value());
  }

  private TradeOutcome exchange(double lots, int filling) {
    quotes.put("NGAS", new MarketQuote("NGAS", 2.350, 2.358, 2.350, clock.get()));
    return broker.submit(
        2,
        new TradeRequest(
            1,
            4,
            "NGAS",
            Volume.toWire(lots),
            3,
            0,
            0,
            filling,
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
            0));
  }

  @Test
  void exchangeExecutionFillsAgainstTheBook() {
    broker.liquidity((symbol, buy) -> Volume.toWire(0.5));
    assertThat(exchange(1, 0).replyCode())
        .as("fill or kill beyond the book")
        .isEqualTo(TradeRetcode.REJECT.value());
    TradeOutcome ioc = exchange(1, 1);
    assertThat(ioc.replyCode()).isZero();
    var result = ((BrokerEvent.Result) ioc.events().get(ioc.events().size() - 1)).result().result();
    assertThat(result.retcode()).isEqualTo(TradeRetcode.DONE_PARTIAL.value());
    assertThat(result.volume()).isEqualTo(Volume.toWire(0.5));
    TradeOutcome full = exchange(0.3, 0);
    var done = ((BrokerEvent.Result) full.events().get(full.events().size() - 1)).result().result();
    assertThat(done.retcode()).isEqualTo(TradeRetcode.DONE.value());
  }

  @Test
  void returnFillingLeavesTheRestAsALimitOrder() {
    broker.liquidity((symbol, buy) -> Volume.toWire(0.3));
    TradeOutcome o = exchange(1, 2); // buy 1 lot at ask 2.358, the book has 0.3
    assertThat(o.replyCode()).isZero();
    assertThat(o.events())
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("Transactions", "Transactions", "AccountUpdate", "Result");
    var placed = (OrderTransaction) ((BrokerEvent.Transactions) o.events().get(0)).records().get(0);
    assertThat(placed.flagMask()).isEqualTo(TradeTransaction.OPEN_ORDER);
    assertThat(placed.transactionType()).isEqualTo(TradeTransaction.ADD);
    Order rest = placed.order();
    assertThat(rest.orderType()).as("buy limit").isEqualTo(2);
    assertThat(rest.priceOrder()).isEqualTo(2.358);
    assertThat(rest.volumeInitial()).isEqualTo(Volume.toWire(1));
    assertThat(rest.volumeCurrent()).isEqualTo(Volume.toWire(0.7));
    assertThat(rest.orderState()).as("partial").isEqualTo(3);
    var deal = (DealTransaction) ((BrokerEvent.Transactions) o.events().get(1)).records().get(0);
    assertThat(deal.deal().tradeVolume()).isEqualTo(Volume.toWire(0.3));
    assertThat(deal.deal().tradeOrder()).isEqualTo(rest.tradeOrder());
    var result = ((BrokerEvent.Result) o.events().get(3)).result().result();
    assertThat(result.retcode()).isEqualTo(TradeRetcode.DONE_PARTIAL.value());
    assertThat(result.volume()).isEqualTo(Volume.toWire(0.3));
    assertThat(result.tradeOrder()).isEqualTo(rest.tradeOrder());

    var open = broker.positionsAndOrders(2);
    assertThat(open.positions())
        .extracting(p -> p.tradeVolume())
        .containsExactly(Volume.toWire(0.3));
    assertThat(open.orders()).singleElement().isEqualTo(rest);
    assertThat(broker.history(2, 0, 0).orders()).as("still open, not history").isEmpty();

    // ask 2.358 <= the limit price: the rest fills on the next quote pass
    broker.onQuotes();
    var after = broker.positionsAndOrders(2);
    assertThat(after.orders()).isEmpty();
    assertThat(after.positions())
        .extracting(p -> p.tradeVolume())
        .containsExactly(Volume.toWire(0.3), Volume.toWire(0.7));
    assertThat(broker.history(2, 0, 0).orders())
        .filteredOn(h -> h.tradeOrder() == rest.tradeOrder())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.orderState()).as("filled").isEqualTo(4);
              assertThat(h.volumeCurrent()).isZero();
            });
  }

  @Test
  void returnFillingWithAnEmptyBookPlacesTheWholeOrder() {
    broker.liquidity((symbol, buy) -> 0);
    TradeOutcome o = exchange(1, 2); // sell side of the book is empty for a buy
    assertThat(o.replyCode()).isZero();
    var result = ((BrokerEvent.Result) o.events().get(o.events().size() - 1)).result().result();
    assertThat(result.retcode()).as("placed").isEqualTo(10008);
    assertThat(broker.positionsAndOrders(2).positions()).isEmpty();
    assertThat(broker.positionsAndOrders(2).orders())
        .singleElement()
        .satisfies(
            order -> {
              assertThat(order.tradeOrder()).isEqualTo(result.tradeOrder());
              assertThat(order.orderType()).isEqualTo(2);
              assertThat(order.priceOrder()).isEqualTo(2.358);
              assertThat(order.volumeCurrent()).isEqualTo(Volume.toWire(1));
              assertThat(order.orderState()).as("placed").isEqualTo(1);
            });
    assertThat(exchange(1, 1).replyCode())
        .as("IOC with nothing to fill")
        .isEqualTo(TradeRetcode.REJECT.value());
  }

  private TradeOutcome pending(int type, double price, double trigger, double sl, double tp) {
    return broker.submit(
        2,
        new TradeRequest(
            1,
            5,
            "BTCUSD",
            Volume.toWire(0.1),
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
            "",
            0,
            0,
            0));
  }

  @Test
  void limitAndStopOrdersFillWhenTheQuoteReachesThem() {
    price(60_000); // ask 60,015
    assertThat(pending(2, 59_000, 0, 0, 0).replyCode()).isZero(); // buy limit
    assertThat(pending(5, 59_500, 0, 0, 0).replyCode()).isZero(); // sell stop
    price(59_600);
    broker.onQuotes();
    assertThat(broker.positionsAndOrders(2).orders()).hasSize(2);
    price(59_400); // the sell stop triggers at bid <= 59,500
    broker.onQuotes();
    assertThat(broker.positionsAndOrders(2).orders())
        .extracting(o -> o.orderType())
        .containsExactly(2);
    assertThat(broker.positionsAndOrders(2).positions())
        .extracting(p -> p.tradeAction())
        .containsExactly(1);
    price(58_980); // ask 58,995 <= 59,000: the buy limit fills
    broker.onQuotes();
    assertThat(broker.positionsAndOrders(2).orders()).isEmpty();
    assertThat(broker.positionsAndOrders(2).positions()).hasSize(2);
  }

  @Test
  void stopLimitActivatesIntoALimitThenFills() {
    price(60_000);
    assertThat(pending(6, 60_400, 60_500, 0, 0).replyCode())
        .isZero(); // buy stop limit: trigger 60,500, limit 60,400
    price(60_490); // ask 60,505 >= trigger: becomes a buy limit at 60,400
    broker.onQuotes();
    assertThat(broker.positionsAndOrders(2).orders())
        .extracting(o -> o.orderType())
        .containsExactly(2);
    price(60_380); // ask 60,395 <= 60,400
    broker.onQuotes();
    assertThat(broker.positionsAndOrders(2).positions()).hasSize(1);
  }

  @Test
  void takeProfitAndStopLossClose() {
    price(60_000);
    broker.submit(
        2,
        new TradeRequest(
            1,
            3,
            "BTCUSD",
            Volume.toWire(0.1),
            2,
            0,
            0,
            1,
            0,
            2,
            0,
            0,
            0,
            59_000,
            61_000,
            0,
            0,
            0,
            "",
            0,
            0,
            0));
    price(60_500);
    broker.onQuotes();
    assertThat(broker.positionsAndOrders(2).positions()).hasSize(1);
    price(61_000); // bid reaches the take profit
    broker.onQuotes();
    assertThat(broker.positionsAndOrders(2).positions()).isEmpty();
    var deals = broker.history(2, 0, 0).deals();
    assertThat(deals.get(deals.size() - 1).comment()).isEqualTo("[tp]");
    assertThat(deals.get(deals.size() - 1).profit())
        .isCloseTo(0.1 * (61_000 - 60_015), org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void expiredOrdersAreRemoved() {
    price(60_000);
    int inOneMinute = (int) (clock.get() / 1000 + 60);
    broker.submit(
        2,
        new TradeRequest(
            1,
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
            59_000,
            0,
            0,
            0,
            0,
            0,
            0,
            "",
            0,
            0,
            inOneMinute));
    broker.onQuotes();
    assertThat(broker.positionsAndOrders(2).orders()).hasSize(1);
    clock.addAndGet(61_000);
    broker.onQuotes();
    assertThat(broker.positionsAndOrders(2).orders()).isEmpty();
    assertThat(broker.history(2, 0, 0).orders()).extracting(o -> o.orderState()).containsExactly(6);
  }
}
