package io.github.jmt5.server.internal.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.wire.Volume;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.account.AccountRegistry;
import io.github.jmt5.server.market.MarketQuote;
import io.github.jmt5.server.market.SymbolCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Drives the broker through every kind of request it serves (each execution action, fillings
 * against limited liquidity, requotes, every pending order type, modifications, deletions, stop
 * changes, triggers, stop-limit activation, expiry, SL/TP hits, close by, stop-out, netting
 * reversals, a non-USD account, every rejection) and compares every outcome, push and book state,
 * field by field, with a transcript recorded from the broker as it was before it was split into
 * parts. Any change in what the broker answers shows up as a changed line.
 */
class BrokerTranscriptTest {
  private static final String EXPECTED = "broker-transcript.txt";

  /** 2027-01-15 08:00 UTC, a Friday. */
  private static final long FRIDAY = 1_800_000_000_000L;

  private final Map<String, MarketQuote> quotes = new ConcurrentHashMap<>();
  private final AtomicLong clock = new AtomicLong(FRIDAY);
  private final AccountRegistry accounts =
      new AccountRegistry(
          List.of(
              AccountConfig.parse("1:pw:1000:USD:hedging:100"),
              AccountConfig.parse("2:pw:100000:USD:hedging:100"),
              AccountConfig.parse("3:pw:100000:USD:netting:100"),
              AccountConfig.parse("4:pw:50000:EUR:netting:30")));
  private final Broker broker =
      new Broker(
          SymbolCatalog.standard(),
          s -> Optional.ofNullable(quotes.get(s)),
          accounts,
          clock::get,
          5687);
  private final StringBuilder out = new StringBuilder();

  /** A trade request with the defaults of a market buy of 0.1 BTCUSD. */
  private static final class Req {
    int action = 3;
    String symbol = "BTCUSD";
    double lots = 0.1;
    int type;
    int filling = 1;
    int typeTime;
    double price;
    double trigger;
    double sl;
    double tp;
    int deviation;
    String comment = "";
    long order;
    long position;
    long by;
    int expiration;

    Req action(int a) {
      action = a;
      return this;
    }

    Req symbol(String s) {
      symbol = s;
      return this;
    }

    Req lots(double l) {
      lots = l;
      return this;
    }

    Req type(int t) {
      type = t;
      return this;
    }

    Req filling(int f) {
      filling = f;
      return this;
    }

    Req time(int typeTime, int expiration) {
      this.typeTime = typeTime;
      this.expiration = expiration;
      return this;
    }

    Req price(double p) {
      price = p;
      return this;
    }

    Req trigger(double t) {
      trigger = t;
      return this;
    }

    Req stops(double sl, double tp) {
      this.sl = sl;
      this.tp = tp;
      return this;
    }

    Req deviation(int d) {
      deviation = d;
      return this;
    }

    Req comment(String c) {
      comment = c;
      return this;
    }

    Req order(long o) {
      order = o;
      return this;
    }

    Req position(long p) {
      position = p;
      return this;
    }

    Req by(long b) {
      by = b;
      return this;
    }

    TradeRequest build() {
      return new TradeRequest(
          7,
          action,
          symbol,
          Volume.toWire(lots),
          2,
          order,
          type,
          filling,
          typeTime,
          2,
          0,
          price,
          trigger,
          sl,
          tp,
          deviation,
          0,
          0,
          comment,
          position,
          by,
          expiration);
    }
  }

  private static Req req() {
    return new Req();
  }

  private void quote(String symbol, double bid, double ask) {
    quotes.put(symbol, new MarketQuote(symbol, bid, ask, 0, clock.get()));
  }

  private void submit(String label, long login, Req r) {
    TradeOutcome o = broker.submit(login, r.build());
    out.append("## ").append(label).append(" (login ").append(login).append(")\n");
    out.append("reply ").append(o.replyCode()).append('\n');
    for (BrokerEvent e : o.events()) {
      out.append("  ").append(e).append('\n');
    }
  }

  private void onQuotes(String label) {
    out.append("## quotes: ").append(label).append('\n');
    new TreeMap<>(broker.onQuotes())
        .forEach(
            (login, events) -> {
              out.append(" login ").append(login).append('\n');
              for (BrokerEvent e : events) {
                out.append("  ").append(e).append('\n');
              }
            });
  }

  private void state(long login) {
    out.append("## state of ").append(login).append('\n');
    var open = broker.positionsAndOrders(login);
    open.positions().forEach(p -> out.append("  position ").append(p).append('\n'));
    open.orders().forEach(o -> out.append("  order ").append(o).append('\n'));
    out.append("  equity ").append(broker.equity(login)).append('\n');
    out.append("  margin ").append(broker.margin(login)).append('\n');
    out.append("  account ").append(broker.accountBody(login)).append('\n');
  }

  private void history(long login, int from, int to) {
    out.append("## history of ").append(login).append(" ").append(from).append("..").append(to);
    out.append('\n');
    var h = broker.history(login, from, to);
    h.deals().forEach(d -> out.append("  deal ").append(d).append('\n'));
    h.orders().forEach(o -> out.append("  order ").append(o).append('\n'));
  }

  private long position(long login, int index) {
    List<Position> p = broker.positionsAndOrders(login).positions();
    return p.get(index).positionId();
  }

  private long order(long login, int index) {
    return broker.positionsAndOrders(login).orders().get(index).tradeOrder();
  }

  private void tick(long ms) {
    clock.addAndGet(ms);
  }

  @Test
  void everyAnswerMatchesTheRecordedTranscript() throws IOException {
    run();
    String actual = out.toString();
    Path written = Path.of("target", "broker-transcript.actual.txt");
    Files.createDirectories(written.getParent());
    Files.writeString(written, actual, StandardCharsets.UTF_8);
    String expected;
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(EXPECTED))) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(actual.lines()).containsExactlyElementsOf(expected.lines().toList());
  }

  private void run() {
    quote("BTCUSD", 60_000, 60_015);
    quote("ETHUSD", 3_100, 3_101.5);
    quote("EURUSD", 1.085, 1.08512);
    quote("GBPUSD", 1.27, 1.27015);
    quote("USDJPY", 151.2, 151.214);
    quote("USDCAD", 1.36, 1.36018);
    quote("XPTUSD", 980, 980.6);
    quote("XAUCOL", 2400, 2400.6);
    quotes.put("NGAS", new MarketQuote("NGAS", 2.35, 2.358, 2.35, clock.get()));

    rejections();
    executions();
    netting();
    exchange();
    pending();
    triggers();
    closeBy();
    stopOut();
    closedMarket();
    for (long login = 1; login <= 4; login++) {
      state(login);
      history(login, 0, 0);
    }
    history(2, (int) (FRIDAY / 1000), (int) (FRIDAY / 1000 + 5));
    history(2, (int) (FRIDAY / 1000 + 5), 0);
  }

  private void rejections() {
    submit("unknown symbol", 2, req().symbol("NOPE"));
    submit("unknown action 9", 2, req().action(9));
    submit("market action with a pending type", 2, req().type(2));
    submit("close of an unknown position", 2, req().type(1).position(999));
    submit("close-only symbol, opening", 2, req().symbol("XPTUSD"));
    submit("below the minimum volume", 2, req().lots(0.001));
    submit("not a whole step", 2, req().lots(0.015));
    submit("above the maximum volume", 2, req().lots(25));
    submit("RETURN on market execution", 2, req().filling(2));
    submit("unknown filling on market execution", 2, req().filling(7));
    submit("FOK allowed on market execution", 2, req().filling(0).lots(0.01));
    submit("no quote", 2, req().symbol("AUDUSD"));
    submit("buy with a stop loss above the price", 2, req().stops(60_100, 0));
    submit("sell with a take profit above the price", 2, req().type(1).stops(0, 60_100));
    submit("stop loss inside the stops level", 2, req().stops(59_999.9, 0));
    submit("not enough money", 1, req().lots(5));
  }

  private void executions() {
    submit("request execution, requote", 2, req().action(1).symbol("USDCAD").price(1.35));
    submit(
        "request execution within the deviation",
        2,
        req().action(1).symbol("USDCAD").price(1.36008).deviation(10));
    submit(
        "instant execution, sell",
        2,
        req().action(2).symbol("USDJPY").type(1).price(151.195).deviation(10).comment("i"));
    submit("instant execution without a price", 2, req().action(2).symbol("USDJPY").type(1));
    submit("instant execution, requote", 2, req().action(2).symbol("USDJPY").price(151.3));
    submit("price action 0", 2, req().action(0).symbol("EURUSD").lots(0.2));
    submit("request execution, unknown filling", 2, req().action(1).symbol("EURUSD").filling(9));
    submit("market buy with stops", 2, req().lots(0.5).stops(59_000, 61_000).comment("with stops"));
    submit("hedging: opposite sell opens a second position", 2, req().type(1).lots(0.2));
    long buy = positionWithStops(2);
    submit("close on the same side", 2, req().position(buy));
    submit("close more than the position", 2, req().type(1).position(buy).lots(0.6));
    submit("close with another symbol", 2, req().symbol("ETHUSD").type(1).position(buy));
    quote("BTCUSD", 60_100, 60_115);
    submit("partial close", 2, req().type(1).position(buy).lots(0.2));
    tick(1_500);
    onQuotes("account refresh after 1.5 s");
    tick(200);
    onQuotes("nothing within the second");
    submit("collateral", 2, req().symbol("XAUCOL").lots(3));
    state(2);
  }

  private void netting() {
    submit("netting: buy", 3, req().symbol("EURUSD").lots(1).stops(1.08, 1.09));
    quote("EURUSD", 1.086, 1.08612);
    submit("netting: add", 3, req().symbol("EURUSD").lots(0.5));
    quote("EURUSD", 1.087, 1.08712);
    submit("netting: reduce", 3, req().symbol("EURUSD").type(1).lots(0.5));
    submit("netting: reverse", 3, req().symbol("EURUSD").type(1).lots(2.5).comment("rev"));
    long net = position(3, 0);
    submit("netting: close-by is refused", 3, req().action(10).position(net).by(net));
    submit("netting: close by ticket", 3, req().symbol("EURUSD").position(net));
    submit("close-only symbol, reducing on netting", 3, req().symbol("XPTUSD").type(1));
    quote("EURUSD", 1.085, 1.08512);
    submit("EUR account: USDJPY", 4, req().symbol("USDJPY").lots(1));
    submit("EUR account: GBPUSD", 4, req().symbol("GBPUSD").type(1).lots(0.3));
    submit("EUR account: BTCUSD", 4, req().lots(0.05));
    quote("USDJPY", 151.5, 151.514);
    state(3);
    state(4);
  }

  private void exchange() {
    Req ngas = req().action(4).symbol("NGAS").lots(1);
    broker.liquidity((symbol, buy) -> Volume.toWire(0.55));
    submit("FOK beyond the book", 2, ngas.filling(0));
    submit("IOC partly filled, rounded to the step", 2, ngas.filling(1));
    submit("FOK within the book", 2, req().action(4).symbol("NGAS").lots(0.3).filling(0));
    submit("RETURN partly filled", 2, req().action(4).symbol("NGAS").lots(1).filling(2));
    submit("unknown filling on exchange", 2, req().action(4).symbol("NGAS").filling(5));
    long ngasPosition = position(2, position(2).size() - 2);
    broker.liquidity((symbol, buy) -> Volume.toWire(0.2));
    submit(
        "RETURN close partly filled",
        2,
        req().action(4).symbol("NGAS").type(1).lots(0.3).filling(2).position(ngasPosition));
    broker.liquidity((symbol, buy) -> 0);
    submit("RETURN with an empty book", 2, req().action(4).symbol("NGAS").type(1).filling(2));
    submit("IOC with an empty book", 2, req().action(4).symbol("NGAS").filling(1));
    submit(
        "RETURN close with an empty book",
        2,
        req().action(4).symbol("NGAS").type(1).filling(2).position(ngasPosition).lots(0.1));
    broker.liquidity(Liquidity.UNLIMITED);
    onQuotes("the waiting RETURN limit orders");
    state(2);
  }

  private List<Position> position(long login) {
    return broker.positionsAndOrders(login).positions();
  }

  private void pending() {
    quote("BTCUSD", 60_000, 60_015);
    int now = (int) (clock.get() / 1000);
    Req p = req().action(5).filling(2);
    submit("buy limit", 2, req().action(5).type(2).price(59_000).comment("bl"));
    submit("sell limit", 2, req().action(5).type(3).price(61_000));
    submit("buy stop", 2, req().action(5).type(4).price(61_000).stops(60_000, 62_000));
    submit("sell stop", 2, req().action(5).type(5).price(59_000));
    submit("buy stop limit", 2, req().action(5).type(6).price(60_400).trigger(60_500));
    submit("sell stop limit", 2, req().action(5).type(7).price(59_600).trigger(59_500));
    submit("action 201", 2, req().action(201).type(2).price(58_000).stops(57_000, 59_000));
    submit(
        "specified expiry in a minute", 2, req().action(5).type(2).price(57_500).time(2, now + 60));
    submit("specified day expiry", 2, req().action(5).type(3).price(62_000).time(3, now + 600));
    submit("GTC and day", 2, req().action(5).type(5).price(58_500).time(1, now - 600));
    submit("buy limit above the ask", 2, p.type(2).price(60_100));
    submit("buy limit at 0", 2, req().action(5).type(2).price(0));
    submit("sell limit inside the stops level", 2, req().action(5).type(3).price(60_000.1));
    submit("buy stop below the ask", 2, req().action(5).type(4).price(60_010));
    submit("sell stop above the bid", 2, req().action(5).type(5).price(60_010));
    submit(
        "buy stop limit above its trigger",
        2,
        req().action(5).type(6).price(60_600).trigger(60_500));
    submit(
        "sell stop limit below its trigger",
        2,
        req().action(5).type(7).price(59_400).trigger(59_500));
    submit(
        "buy limit with a wrong stop", 2, req().action(5).type(2).price(59_000).stops(59_500, 0));
    submit("expired already", 2, req().action(5).type(2).price(59_000).time(2, now - 1));
    submit("pending market type", 2, req().action(5).type(0).price(59_000));
    submit("close-by type", 2, req().action(5).type(8).price(59_000));
    submit("close-only symbol", 2, req().action(5).symbol("XPTUSD").type(2).price(900));
    submit("pending volume", 2, req().action(5).type(2).price(59_000).lots(0.013));
    submit("pending without a quote", 2, req().action(5).symbol("AUDUSD").type(2).price(0.6));

    long buyLimit = order(2, orderIndex(2, 59_000, 2));
    submit(
        "modify",
        2,
        req().action(7).order(buyLimit).type(2).price(58_500).stops(58_000, 0).time(1, 0));
    submit(
        "modify without changes",
        2,
        req().action(7).order(buyLimit).type(2).price(58_500).stops(58_000, 0).time(1, 0));
    submit("modify to a bad price", 2, req().action(7).order(buyLimit).price(60_500));
    submit(
        "modify with a bad stop",
        2,
        req().action(7).order(buyLimit).price(58_500).stops(59_000, 0));
    submit(
        "modify with a past expiry", 2, req().action(7).order(buyLimit).price(58_500).time(2, 5));
    submit("modify an unknown order", 2, req().action(7).order(12345).price(58_500));
    long stopLimit = order(2, orderIndex(2, 60_400, 6));
    submit(
        "modify a stop limit", 2, req().action(7).order(stopLimit).price(60_450).trigger(60_550));
    long sellLimit = order(2, orderIndex(2, 61_000, 3));
    submit("delete", 2, req().action(8).order(sellLimit));
    submit("delete again", 2, req().action(8).order(sellLimit));

    long usdcad = positionOf(2, "USDCAD");
    submit("stops of a position", 2, req().action(6).position(usdcad).stops(1.2, 1.5));
    submit("USDCAD buy limit", 2, req().action(5).symbol("USDCAD").type(2).price(1.3));
    long btc = positionWithStops(2);
    submit("change stops", 2, req().action(6).position(btc).stops(59_100, 61_000));
    submit("same stops", 2, req().action(6).position(btc).stops(59_100, 61_000));
    submit("stop loss above the bid", 2, req().action(6).position(btc).stops(60_100, 0));
    submit("stops of an unknown position", 2, req().action(6).position(4242).stops(0, 0));
    quotes.remove("USDCAD");
    submit("stops without a quote", 2, req().action(6).position(usdcad).stops(0, 0));
    submit("modify without a quote", 2, req().action(7).order(orderOf("USDCAD")).price(1.3));
    submit(
        "new USDCAD order without a quote", 2, req().action(5).symbol("USDCAD").type(2).price(1.3));
    quote("USDCAD", 1.36, 1.36018);
    submit("stops of a position, again", 2, req().action(6).position(usdcad).stops(1.3, 1.5));
    state(2);
  }

  private long positionOf(long login, String symbol) {
    return position(login).stream()
        .filter(p -> p.tradeSymbol().equals(symbol))
        .findFirst()
        .orElseThrow()
        .positionId();
  }

  private long orderOf(String symbol) {
    return broker.positionsAndOrders(2).orders().stream()
        .filter(o -> o.tradeSymbol().equals(symbol))
        .findFirst()
        .map(o -> o.tradeOrder())
        .orElse(777L);
  }

  private int orderIndex(long login, double price, int type) {
    var orders = broker.positionsAndOrders(login).orders();
    for (int i = 0; i < orders.size(); i++) {
      if (orders.get(i).priceOrder() == price && orders.get(i).orderType() == type) {
        return i;
      }
    }
    throw new AssertionError("no order at " + price);
  }

  private long positionWithStops(long login) {
    return broker.positionsAndOrders(login).positions().stream()
        .filter(p -> p.tradeSymbol().equals("BTCUSD") && p.sl() > 0)
        .findFirst()
        .orElseThrow()
        .positionId();
  }

  private void triggers() {
    tick(500);
    onQuotes("nothing reached");
    tick(1_000);
    quote("BTCUSD", 60_540, 60_555);
    onQuotes("buy stop limit activates");
    quote("BTCUSD", 61_000, 61_015);
    tick(300);
    onQuotes("sell limit and buy stop fill, take profit hit");
    quote("BTCUSD", 59_480, 59_495);
    quotes.remove("USDJPY");
    tick(300);
    onQuotes("sell stop limit activates, activated buy limit fills, USDJPY has no quote");
    quote("USDJPY", 151.2, 151.214);
    quote("BTCUSD", 59_700, 59_715);
    tick(300);
    onQuotes("the activated sell limit fills");
    tick(61_000);
    onQuotes("the specified order expires");
    quote("BTCUSD", 58_990, 59_005);
    tick(300);
    onQuotes("stop losses and the sell stop");
    quote("BTCUSD", 57_990, 58_005);
    tick(300);
    onQuotes("buy limits");
    tick(600_000);
    onQuotes("the specified-day order expires");
    state(2);
  }

  private void closeBy() {
    quote("ETHUSD", 3_100, 3_101.5);
    submit("close by: buy", 2, req().symbol("ETHUSD").lots(1).comment("first"));
    quote("ETHUSD", 3_120, 3_121.5);
    submit("close by: sell", 2, req().symbol("ETHUSD").type(1).lots(0.4).comment("second"));
    submit("close by: sell again", 2, req().symbol("ETHUSD").type(1).lots(0.3));
    List<Position> eth =
        position(2).stream().filter(p -> p.tradeSymbol().equals("ETHUSD")).toList();
    long first = eth.get(0).positionId();
    long second = eth.get(1).positionId();
    long third = eth.get(2).positionId();
    submit("close by: same side", 2, req().action(10).symbol("ETHUSD").position(second).by(third));
    submit("close by: missing", 2, req().action(10).symbol("ETHUSD").position(first).by(5));
    submit(
        "close by: other symbols",
        2,
        req().action(10).symbol("ETHUSD").position(first).by(position(2, 0)));
    submit("close by", 2, req().action(10).symbol("ETHUSD").position(first).by(second));
    submit(
        "close by: the rest by the smaller",
        2,
        req().action(10).symbol("ETHUSD").position(third).by(first));
    quotes.remove("ETHUSD");
    submit("close by without a quote", 2, req().symbol("ETHUSD").lots(0.1));
    quote("ETHUSD", 3_120, 3_121.5);
    state(2);
  }

  private void stopOut() {
    quote("BTCUSD", 59_985, 60_000);
    submit("stop-out: buy", 1, req().lots(0.5));
    quote("BTCUSD", 59_885, 59_900);
    submit("stop-out: buy more", 1, req().lots(0.4));
    quote("BTCUSD", 59_500, 59_515);
    tick(2_000);
    onQuotes("level about 80 %");
    quote("BTCUSD", 59_100, 59_115);
    tick(300);
    onQuotes("level below 50 %");
    quotes.remove("BTCUSD");
    tick(2_000);
    onQuotes("no quote to close at");
    quote("BTCUSD", 58_800, 58_815);
    tick(300);
    onQuotes("all closed");
  }

  private void closedMarket() {
    tick(86_400_000L);
    submit("Saturday: EURUSD", 2, req().symbol("EURUSD"));
    submit("Saturday: BTCUSD", 2, req().lots(0.01));
    tick(2_000);
    onQuotes("Saturday refresh");
  }
}
