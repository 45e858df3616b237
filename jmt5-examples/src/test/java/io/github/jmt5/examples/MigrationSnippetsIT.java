package io.github.jmt5.examples;

import static io.github.jmt5.client.compat.Mt5Constants.COPY_TICKS_ALL;
import static io.github.jmt5.client.compat.Mt5Constants.ORDER_FILLING_IOC;
import static io.github.jmt5.client.compat.Mt5Constants.ORDER_TYPE_BUY;
import static io.github.jmt5.client.compat.Mt5Constants.ORDER_TYPE_BUY_LIMIT;
import static io.github.jmt5.client.compat.Mt5Constants.RES_E_AUTH_FAILED;
import static io.github.jmt5.client.compat.Mt5Constants.RES_E_INVALID_PARAMS;
import static io.github.jmt5.client.compat.Mt5Constants.RES_E_NOT_FOUND;
import static io.github.jmt5.client.compat.Mt5Constants.RES_S_OK;
import static io.github.jmt5.client.compat.Mt5Constants.TIMEFRAME_H1;
import static io.github.jmt5.client.compat.Mt5Constants.TIMEFRAME_H2;
import static io.github.jmt5.client.compat.Mt5Constants.TIMEFRAME_M1;
import static io.github.jmt5.client.compat.Mt5Constants.TRADE_ACTION_DEAL;
import static io.github.jmt5.client.compat.Mt5Constants.TRADE_ACTION_PENDING;
import static io.github.jmt5.client.compat.Mt5Constants.TRADE_ACTION_REMOVE;
import static io.github.jmt5.client.compat.Mt5Constants.TRADE_RETCODE_DONE;
import static io.github.jmt5.client.compat.Mt5Constants.TRADE_RETCODE_INVALID_VOLUME;
import static io.github.jmt5.client.compat.Mt5Constants.TRADE_RETCODE_PLACED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.compat.AccountInfo;
import io.github.jmt5.client.compat.BookInfo;
import io.github.jmt5.client.compat.GroupPattern;
import io.github.jmt5.client.compat.LastError;
import io.github.jmt5.client.compat.LocalCalculations;
import io.github.jmt5.client.compat.MetaTrader5;
import io.github.jmt5.client.compat.OrderCheckResult;
import io.github.jmt5.client.compat.OrderSendResult;
import io.github.jmt5.client.compat.Rate;
import io.github.jmt5.client.compat.SymbolInfo;
import io.github.jmt5.client.compat.TerminalInfo;
import io.github.jmt5.client.compat.Tick;
import io.github.jmt5.client.compat.TradeDeal;
import io.github.jmt5.client.compat.TradeOrder;
import io.github.jmt5.client.compat.TradePosition;
import io.github.jmt5.client.compat.TradeRequest;
import io.github.jmt5.client.compat.Version;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.client.session.Credentials;
import io.github.jmt5.client.session.LoginOptions;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.dflib.Frames;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.protocol.message.market.SymbolBasic;
import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.dflib.DataFrame;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every official function through the {@link MetaTrader5} facade and the native equivalents named
 * in {@code docs/migrating-from-metatrader5.md}, against the emulator.
 */
class MigrationSnippetsIT {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @SuppressWarnings("NullAway.Init")
  private static Mt5Emulator emulator;

  @SuppressWarnings("NullAway.Init")
  private static Clock clock;

  @BeforeAll
  static void startEmulator() {
    clock = EmulatorClock.forTests().asClock(); // the same market on any day
    emulator =
        Mt5Emulator.builder()
            .seed(11)
            .tickRate(20)
            .clock(clock::millis)
            .account(AccountConfig.of(50_001, "secret", 10_000))
            .account(AccountConfig.of(50_002, "secret2", 20_000))
            .start();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @Test
  void everyFunctionOfTheFacade() {
    try (MetaTrader5 mt5 = new MetaTrader5(clock, 10_000)) {
      // initialize, last_error, version, terminal_info, account_info
      assertThat(mt5.initialize(emulator.uri(), 50_001, "wrong".toCharArray())).isFalse();
      assertThat(mt5.lastError().code()).isEqualTo(RES_E_AUTH_FAILED);
      assertThat(mt5.initialize(emulator.uri(), 50_001, "secret".toCharArray())).isTrue();
      assertThat(mt5.lastError()).isEqualTo(LastError.SUCCESS);
      Version version = Objects.requireNonNull(mt5.version());
      assertThat(version.version()).isEqualTo(500);
      TerminalInfo terminal = Objects.requireNonNull(mt5.terminalInfo());
      assertThat(terminal.connected()).isTrue();
      AccountInfo account = Objects.requireNonNull(mt5.accountInfo());
      assertThat(account.login()).isEqualTo(50_001);
      assertThat(account.marginFree()).isEqualTo(10_000.0);

      // symbols_total, symbols_get, symbol_info, symbol_select, symbol_info_tick
      int total = mt5.symbolsTotal();
      List<SymbolInfo> usd = Objects.requireNonNull(mt5.symbolsGet("*USD*"));
      assertThat(total).isGreaterThan(usd.size());
      assertThat(usd).allMatch(s -> s.name().contains("USD"));
      assertThat(mt5.symbolInfo("NOPE")).isNull();
      assertThat(mt5.lastError().code()).isEqualTo(RES_E_NOT_FOUND);
      SymbolInfo eurusd = Objects.requireNonNull(mt5.symbolInfo("EURUSD"));
      assertThat(eurusd.digits()).isEqualTo(5);
      assertThat(mt5.symbolInfoTick("EURUSD")).isNull(); // not selected yet
      assertThat(mt5.symbolSelect("EURUSD", true)).isTrue();
      Tick tick = await().atMost(WAIT).until(() -> mt5.symbolInfoTick("EURUSD"), Objects::nonNull);
      assertThat(tick.ask()).isGreaterThanOrEqualTo(tick.bid());

      // market_book_add / get / release
      assertThat(mt5.marketBookAdd("EURUSD")).isTrue();
      List<BookInfo> book =
          await()
              .atMost(WAIT)
              .until(() -> mt5.marketBookGet("EURUSD"), b -> b != null && !b.isEmpty());
      assertThat(book).isNotEmpty();
      assertThat(mt5.marketBookRelease("EURUSD")).isTrue();

      // copy_rates_from, copy_rates_from_pos, copy_rates_range
      Instant now = clock.instant();
      List<Rate> from = Objects.requireNonNull(mt5.copyRatesFrom("EURUSD", TIMEFRAME_H1, now, 10));
      List<Rate> pos = Objects.requireNonNull(mt5.copyRatesFromPos("EURUSD", TIMEFRAME_M1, 0, 10));
      List<Rate> range =
          Objects.requireNonNull(
              mt5.copyRatesRange("EURUSD", TIMEFRAME_M1, now.minus(Duration.ofHours(1)), now));
      assertThat(from).hasSize(10);
      assertThat(pos).hasSize(10);
      assertThat(range).hasSizeBetween(50, 61);
      assertThat(mt5.copyRatesFromPos("EURUSD", TIMEFRAME_H2, 0, 10)).isNull();
      assertThat(mt5.lastError().code()).isEqualTo(RES_E_INVALID_PARAMS);

      // copy_ticks_from, copy_ticks_range: only what was recorded since symbol_select
      await()
          .atMost(WAIT)
          .until(
              () -> mt5.copyTicksFrom("EURUSD", Instant.EPOCH, 100, COPY_TICKS_ALL),
              t -> t != null && t.size() >= 2);
      List<Tick> ticks =
          Objects.requireNonNull(
              mt5.copyTicksRange("EURUSD", Instant.EPOCH, now.plusSeconds(60), COPY_TICKS_ALL));
      assertThat(ticks).hasSizeGreaterThanOrEqualTo(2);

      // order_calc_margin, order_calc_profit, order_check
      Double margin = mt5.orderCalcMargin(ORDER_TYPE_BUY, "EURUSD", 1.0, tick.ask());
      Double profit =
          mt5.orderCalcProfit(ORDER_TYPE_BUY, "EURUSD", 1.0, tick.ask(), tick.ask() + 0.0010);
      assertThat(margin).isPositive();
      assertThat(profit).isEqualTo(100.0);
      TradeRequest buy =
          TradeRequest.builder(TRADE_ACTION_DEAL)
              .symbol("EURUSD")
              .volume(0.1)
              .type(ORDER_TYPE_BUY)
              .typeFilling(ORDER_FILLING_IOC)
              .build();
      OrderCheckResult check = Objects.requireNonNull(mt5.orderCheck(buy));
      assertThat(check.retcode()).isZero();

      // order_send, positions_total/get, orders_total/get
      OrderSendResult bought = Objects.requireNonNull(mt5.orderSend(buy));
      assertThat(bought.retcode()).isEqualTo(TRADE_RETCODE_DONE);
      OrderSendResult placed =
          Objects.requireNonNull(
              mt5.orderSend(
                  TradeRequest.builder(TRADE_ACTION_PENDING)
                      .symbol("EURUSD")
                      .volume(0.1)
                      .type(ORDER_TYPE_BUY_LIMIT)
                      .price(tick.bid() - 0.0050)
                      .build()));
      assertThat(placed.retcode()).isEqualTo(TRADE_RETCODE_PLACED);
      OrderSendResult tooSmall =
          Objects.requireNonNull(mt5.orderSend(buy.toBuilder().volume(0.001).build()));
      assertThat(tooSmall.retcode()).isEqualTo(TRADE_RETCODE_INVALID_VOLUME);
      assertThat(mt5.lastError().code()).isEqualTo(RES_S_OK);

      assertThat(mt5.positionsTotal()).isEqualTo(1);
      List<TradePosition> positions = Objects.requireNonNull(mt5.positionsGet());
      assertThat(mt5.positionsGetBySymbol("EURUSD")).hasSize(1);
      assertThat(mt5.positionsGetByGroup("*USD*")).hasSize(1);
      assertThat(mt5.positionsGetByTicket(positions.get(0).ticket())).hasSize(1);
      assertThat(mt5.ordersTotal()).isEqualTo(1);
      List<TradeOrder> orders = Objects.requireNonNull(mt5.ordersGet());
      assertThat(mt5.ordersGetBySymbol("EURUSD")).hasSize(1);
      assertThat(mt5.ordersGetByGroup("EUR*")).hasSize(1);
      assertThat(mt5.ordersGetByTicket(orders.get(0).ticket())).hasSize(1);

      // close the position and delete the order
      TradePosition p = positions.get(0);
      OrderSendResult closed =
          Objects.requireNonNull(
              mt5.orderSend(
                  TradeRequest.builder(TRADE_ACTION_DEAL)
                      .symbol("EURUSD")
                      .volume(p.volume())
                      .type(io.github.jmt5.client.compat.Mt5Constants.ORDER_TYPE_SELL)
                      .position(p.ticket())
                      .typeFilling(ORDER_FILLING_IOC)
                      .build()));
      assertThat(closed.retcode()).isEqualTo(TRADE_RETCODE_DONE);
      OrderSendResult removed =
          Objects.requireNonNull(
              mt5.orderSend(
                  TradeRequest.builder(TRADE_ACTION_REMOVE).order(orders.get(0).ticket()).build()));
      assertThat(removed.retcode()).isEqualTo(TRADE_RETCODE_DONE);

      // history_orders_total/get, history_deals_total/get
      Instant dayAgo = now.minus(Duration.ofDays(1));
      Instant later = clock.instant().plusSeconds(60);
      assertThat(mt5.historyOrdersTotal(dayAgo, later)).isGreaterThanOrEqualTo(3);
      assertThat(mt5.historyOrdersGet(dayAgo, later)).hasSizeGreaterThanOrEqualTo(3);
      assertThat(mt5.historyOrdersGet(dayAgo, later, "EUR*")).isNotEmpty();
      assertThat(mt5.historyOrdersGetByTicket(bought.order())).hasSize(1);
      assertThat(mt5.historyOrdersGetByPosition(p.ticket())).hasSize(2);
      assertThat(mt5.historyDealsTotal(dayAgo, later)).isGreaterThanOrEqualTo(2);
      List<TradeDeal> deals = Objects.requireNonNull(mt5.historyDealsGet(dayAgo, later));
      assertThat(deals).hasSizeGreaterThanOrEqualTo(2);
      assertThat(mt5.historyDealsGet(dayAgo, later, "*USD*")).isNotEmpty();
      assertThat(mt5.historyDealsGetByOrder(bought.order())).hasSize(1);
      assertThat(mt5.historyDealsGetByPosition(p.ticket())).hasSize(2);

      // login to another account on the same server; shutdown
      assertThat(mt5.login(50_002, "secret2".toCharArray())).isTrue();
      assertThat(Objects.requireNonNull(mt5.accountInfo()).login()).isEqualTo(50_002);
      mt5.shutdown();
      assertThat(mt5.accountInfo()).isNull();
    }
  }

  /** The native calls the migration guide names next to the facade's. */
  @Test
  void nativeEquivalents() {
    SessionOptions options =
        SessionOptions.builder(
                ConnectionOptions.builder(emulator.uri()).build(),
                LoginOptions.of(Credentials.of(50_001, "secret".toCharArray())))
            .build();
    try (Mt5Client client = Mt5Client.connect(options).join()) {
      int build = client.account().info().orElseThrow().serverBuild();
      assertThat(build).isPositive();
      int offset = client.account().raw().map(Account::serverOffsetSeconds).orElseThrow();
      assertThat(Math.abs(offset)).isLessThanOrEqualTo(14 * 3600);

      GroupPattern group = GroupPattern.parse("*USD*,!*JPY*");
      List<SymbolBasic> usd =
          client.symbols().list().join().stream()
              .filter(s -> group.matches(s.tradeSymbol(), s.symbolPath()))
              .toList();
      assertThat(usd).isNotEmpty().noneMatch(s -> s.tradeSymbol().contains("JPY"));

      var selected = client.market().subscribeTicks("EURUSD").join();
      client.market().keepTicks("EURUSD", 100_000).join();
      SymbolQuote q =
          await()
              .atMost(WAIT)
              .until(() -> client.market().quote("EURUSD"), java.util.Optional::isPresent)
              .orElseThrow();
      await().atMost(WAIT).until(() -> !client.market().ticks("EURUSD").isEmpty());

      Instant now = clock.instant();
      List<Bar> lastTen = client.market().lastBars("EURUSD", Timeframe.M1, 10, now).join();
      assertThat(lastTen).hasSize(10);
      DataFrame df = Frames.bars(lastTen);
      assertThat(df.height()).isEqualTo(10);
      assertThat(df.getColumnsIndex().toArray()).contains("time", "open", "close", "tick_volume");

      double margin =
          new LocalCalculations().margin(client, ORDER_TYPE_BUY, "EURUSD", 1.0, q.ask());
      assertThat(margin).isPositive();
      selected.close();
    }
  }
}
