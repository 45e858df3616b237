package io.github.jmt5.client.compat;

import static io.github.jmt5.client.compat.Mt5Constants.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.session.HarnessAccess;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.server.account.AccountConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Connection, account, symbols and market data of the facade against the emulator. */
class MetaTrader5IT extends FacadeIT {
  private static final long NETTING = 50_003;
  private static final char[] PASSWORD = "secret-1".toCharArray();

  @Override
  AccountConfig[] extraAccounts() {
    return new AccountConfig[] {AccountConfig.parse(NETTING + ":net-pass-1:5000:USD:netting:50")};
  }

  @Test
  void initializeWithAServerUriLogsInAndShutdownDisconnects() {
    try (MetaTrader5 other = new MetaTrader5()) {
      assertThat(other.initialize(emulator.uri(), HarnessAccess.LOGIN, PASSWORD)).isTrue();
      assertThat(other.lastError()).isEqualTo(LastError.SUCCESS);
      assertThat(other.client()).isNotNull();
      AccountInfo a = Objects.requireNonNull(other.accountInfo());
      assertThat(a.login()).isEqualTo(HarnessAccess.LOGIN);

      other.shutdown();

      assertThat(other.accountInfo()).isNull();
      assertThat(other.lastError().code()).isEqualTo(RES_E_INTERNAL_FAIL_CONNECT);
      assertThat(other.client()).isNull();
      other.shutdown(); // idempotent
    }
  }

  @Test
  void aWrongPasswordFailsWithAuthFailed() {
    try (MetaTrader5 other = new MetaTrader5()) {
      assertThat(other.initialize(emulator.uri(), HarnessAccess.LOGIN, "wrong".toCharArray()))
          .isFalse();
      assertThat(other.lastError().code()).isEqualTo(RES_E_AUTH_FAILED);
      assertThat(other.lastError().description())
          .startsWith("Terminal: Authorization failed")
          .doesNotContain("wrong");
      assertThat(other.accountInfo()).isNull();
      assertThat(other.lastError().code()).isEqualTo(RES_E_INTERNAL_FAIL_CONNECT);
    }
  }

  @Test
  void initializeAgainReplacesTheConnection() {
    assertThat(mt5.initialize(emulator.uri(), NETTING, "net-pass-1".toCharArray())).isTrue();
    assertThat(Objects.requireNonNull(mt5.accountInfo()).login()).isEqualTo(NETTING);
  }

  @Test
  void loginSwitchesAccountsAndAFailedLoginKeepsTheCurrentOne() {
    assertThat(mt5.login(NETTING, "net-pass-1".toCharArray())).isTrue();
    assertSuccess();
    AccountInfo a = Objects.requireNonNull(mt5.accountInfo());
    assertThat(a.login()).isEqualTo(NETTING);
    assertThat(a.marginMode()).isEqualTo(ACCOUNT_MARGIN_MODE_RETAIL_NETTING);
    assertThat(a.balance()).isEqualTo(5_000.0);

    assertThat(mt5.login(HarnessAccess.LOGIN, "nope".toCharArray(), Duration.ofSeconds(10)))
        .isFalse();
    assertError(RES_E_AUTH_FAILED);
    assertThat(Objects.requireNonNull(mt5.accountInfo()).login()).isEqualTo(NETTING);

    assertThat(mt5.login(0, "x".toCharArray())).isFalse();
    assertError(RES_E_INVALID_PARAMS);
  }

  @Test
  void loginKeepsEveryOtherSessionOption() {
    Bytes clientId = Bytes.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
    ExecutorService completions = Executors.newSingleThreadExecutor();
    try {
      SessionOptions.Builder b =
          HarnessAccess.options(emulator)
              .lateReplyGrace(Duration.ofMillis(1_234))
              .drainTimeout(Duration.ofMillis(2_345))
              .completionExecutor(completions);
      SessionOptions before = b.login(b.build().login().withClientId(clientId)).build();
      assertThat(mt5.initialize(before)).isTrue();

      assertThat(mt5.login(NETTING, "net-pass-1".toCharArray())).isTrue();

      SessionOptions after = Objects.requireNonNull(mt5.client()).session().options();
      assertThat(after.login().credentials().login()).isEqualTo(NETTING);
      assertThat(after.login().clientId()).isEqualTo(clientId);
      assertThat(after.lateReplyGrace()).isEqualTo(Duration.ofMillis(1_234));
      assertThat(after.drainTimeout()).isEqualTo(Duration.ofMillis(2_345));
      assertThat(after.completionExecutor()).isSameAs(completions);
      assertThat(after.requestTimeout()).isEqualTo(before.requestTimeout());
      assertThat(after.heartbeat()).isEqualTo(before.heartbeat());
      assertThat(after.reconnect()).isEqualTo(before.reconnect());
      assertThat(after.connection()).isSameAs(before.connection());
    } finally {
      mt5.shutdown();
      completions.shutdownNow();
    }
  }

  @Test
  void accountInfoCarriesTheOfficialFields() {
    AccountInfo a = Objects.requireNonNull(mt5.accountInfo());
    assertSuccess();
    assertThat(a.login()).isEqualTo(HarnessAccess.LOGIN);
    assertThat(a.balance()).isEqualTo(10_000.0);
    assertThat(a.equity()).isEqualTo(10_000.0);
    assertThat(a.margin()).isZero();
    assertThat(a.marginFree()).isEqualTo(10_000.0);
    assertThat(a.marginLevel()).isZero();
    assertThat(a.currency()).isEqualTo("USD");
    assertThat(a.leverage()).isEqualTo(100);
    assertThat(a.marginMode()).isEqualTo(ACCOUNT_MARGIN_MODE_RETAIL_HEDGING);
    assertThat(a.tradeAllowed()).isTrue();
    assertThat(a.tradeExpert()).isTrue();
    assertThat(a.tradeMode()).isIn(ACCOUNT_TRADE_MODE_DEMO, ACCOUNT_TRADE_MODE_REAL);
    assertThat(a.name()).isNotEmpty();
    assertThat(a.server()).isNotEmpty();
    assertThat(a.company()).isNotEmpty();
    assertThat(a.currencyDigits()).isEqualTo(2);
  }

  @Test
  void versionAndTerminalInfoDescribeTheConnection() {
    Version v = Objects.requireNonNull(mt5.version());
    assertThat(v.version()).isEqualTo(500);
    assertThat(v.build()).isPositive();
    TerminalInfo t = Objects.requireNonNull(mt5.terminalInfo());
    assertThat(t.connected()).isTrue();
    assertThat(t.tradeAllowed()).isTrue();
    assertThat(t.build()).isEqualTo(v.build());
    assertThat(t.name()).isEqualTo("jmt5");
    assertThat(t.company()).isEqualTo(Objects.requireNonNull(mt5.accountInfo()).company());
    assertSuccess();
  }

  @Test
  void symbolsGetFiltersWithTheOfficialGroupSyntax() {
    int total = mt5.symbolsTotal();
    assertThat(total).isGreaterThanOrEqualTo(30);
    List<SymbolInfo> all = Objects.requireNonNull(mt5.symbolsGet());
    assertThat(all).hasSize(total);
    assertThat(all).extracting(SymbolInfo::name).doesNotHaveDuplicates().contains("EURUSD");

    List<SymbolInfo> usd = Objects.requireNonNull(mt5.symbolsGet("*USD*"));
    assertThat(usd).isNotEmpty().allSatisfy(s -> assertThat(s.name()).contains("USD"));
    List<SymbolInfo> noUsd = Objects.requireNonNull(mt5.symbolsGet("*,!*USD*"));
    assertThat(noUsd).isNotEmpty().allSatisfy(s -> assertThat(s.name()).doesNotContain("USD"));
    assertThat(usd.size() + noUsd.size()).isEqualTo(total);

    assertThat(Objects.requireNonNull(mt5.symbolsGet("EUR*,!EURUSD")))
        .extracting(SymbolInfo::name)
        .isNotEmpty()
        .allSatisfy(n -> assertThat(n).startsWith("EUR").isNotEqualTo("EURUSD"));
    assertThat(Objects.requireNonNull(mt5.symbolsGet("EURUSD,GBPUSD")))
        .extracting(SymbolInfo::name)
        .containsExactly("EURUSD", "GBPUSD");
    assertThat(Objects.requireNonNull(mt5.symbolsGet("Forex\\*")))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.path()).startsWith("Forex\\"));
    assertThat(Objects.requireNonNull(mt5.symbolsGet("NOTHING*"))).isEmpty();
    assertSuccess();

    assertThat(mt5.symbolsGet(" , ")).isNull();
    assertError(RES_E_INVALID_PARAMS);
  }

  @Test
  void symbolInfoFillsTheConfigurationAndTheQuoteOnceSelected() {
    SymbolInfo s = Objects.requireNonNull(mt5.symbolInfo("EURUSD"));
    assertThat(s.name()).isEqualTo("EURUSD");
    assertThat(s.digits()).isEqualTo(5);
    assertThat(s.point()).isEqualTo(0.00001);
    assertThat(s.currencyBase()).isEqualTo("EUR");
    assertThat(s.currencyProfit()).isEqualTo("USD");
    assertThat(s.volumeMin()).isEqualTo(0.01);
    assertThat(s.volumeStep()).isEqualTo(0.01);
    assertThat(s.tradeContractSize()).isEqualTo(100_000.0);
    assertThat(s.path()).startsWith("Forex\\");
    assertThat(s.select()).isFalse();
    assertThat(s.bid()).isZero();
    assertThat(s.fillingMode() & 1).isEqualTo(1);

    selectAndAwaitTick("EURUSD");
    SymbolInfo selected = Objects.requireNonNull(mt5.symbolInfo("EURUSD"));
    assertThat(selected.select()).isTrue();
    assertThat(selected.visible()).isTrue();
    assertThat(selected.bid()).isBetween(0.5, 2.0);
    assertThat(selected.ask()).isGreaterThanOrEqualTo(selected.bid());
    assertThat(selected.time()).isPositive();

    assertThat(mt5.symbolInfo("NOPE")).isNull();
    assertError(RES_E_NOT_FOUND);
  }

  @Test
  void symbolInfoTickNeedsASelectedSymbol() {
    assertThat(mt5.symbolInfoTick("EURUSD")).isNull();
    assertError(RES_E_NOT_FOUND);
    assertThat(mt5.lastError().description()).contains("symbolSelect");

    Tick t = selectAndAwaitTick("EURUSD");
    assertSuccess();
    assertThat(t.bid()).isBetween(0.5, 2.0);
    assertThat(t.ask()).isGreaterThanOrEqualTo(t.bid());
    assertThat(t.timeMsc()).isPositive();
    assertThat(t.time()).isEqualTo(t.timeMsc() / 1000);
    assertThat(mt5.symbolSelect("EURUSD", true)).isTrue(); // again: nothing changes

    assertThat(mt5.symbolSelect("EURUSD", false)).isTrue();
    assertThat(mt5.symbolInfoTick("EURUSD")).isNull();
    assertError(RES_E_NOT_FOUND);
    assertThat(mt5.symbolSelect("EURUSD", false)).isTrue();

    assertThat(mt5.symbolSelect("NOPE", true)).isFalse();
    assertError(RES_E_NOT_FOUND);
    assertThat(mt5.symbolInfoTick("NOPE")).isNull();
    assertError(RES_E_NOT_FOUND);
  }

  @Test
  void copyTicksReturnsTheTicksRecordedSinceSelection() {
    assertThat(mt5.copyTicksFrom("BTCUSD", Instant.EPOCH, 10, COPY_TICKS_ALL)).isNull();
    assertError(RES_E_NOT_FOUND);

    selectAndAwaitTick("BTCUSD");
    await() // BTCUSD moves every second at any hour; a quiet EURUSD minute may give 10 ticks in 30
        // s
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Objects.requireNonNull(
                            mt5.copyTicksFrom("BTCUSD", Instant.EPOCH, 1_000, COPY_TICKS_ALL))
                        .size()
                    >= 10);

    List<Tick> ticks =
        Objects.requireNonNull(mt5.copyTicksFrom("BTCUSD", Instant.EPOCH, 1_000, COPY_TICKS_ALL));
    assertSuccess();
    for (int i = 1; i < ticks.size(); i++) {
      assertThat(ticks.get(i).timeMsc()).isGreaterThanOrEqualTo(ticks.get(i - 1).timeMsc());
    }
    assertThat(ticks).allSatisfy(t -> assertThat(t.bid()).isGreaterThan(1_000.0));
    assertThat(ticks).allSatisfy(t -> assertThat(t.flags()).isNotZero());

    assertThat(mt5.copyTicksFrom("BTCUSD", Instant.EPOCH, 3, COPY_TICKS_ALL)).hasSize(3);
    Tick second = ticks.get(1);
    List<Tick> fromSecond =
        Objects.requireNonNull(
            mt5.copyTicksFrom("BTCUSD", Instant.ofEpochMilli(second.timeMsc()), 2, COPY_TICKS_ALL));
    assertThat(fromSecond).hasSize(2);
    assertThat(fromSecond.get(0).timeMsc()).isGreaterThanOrEqualTo(second.timeMsc());

    Instant a = Instant.ofEpochMilli(ticks.get(2).timeMsc());
    Instant b = Instant.ofEpochMilli(ticks.get(5).timeMsc());
    assertThat(Objects.requireNonNull(mt5.copyTicksRange("BTCUSD", a, b, COPY_TICKS_ALL)))
        .hasSizeGreaterThanOrEqualTo(4)
        .allSatisfy(t -> assertThat(t.timeMsc()).isBetween(a.toEpochMilli(), b.toEpochMilli()));
    assertThat(
            Objects.requireNonNull(
                mt5.copyTicksFrom("BTCUSD", Instant.EPOCH, 1_000, COPY_TICKS_INFO)))
        .allSatisfy(t -> assertThat(t.flags() & (TICK_FLAG_BID | TICK_FLAG_ASK)).isNotZero());

    assertThat(mt5.copyTicksRange("BTCUSD", b, a, COPY_TICKS_ALL)).isNull();
    assertError(RES_E_INVALID_PARAMS);
    assertThat(mt5.copyTicksFrom("NOPE", Instant.EPOCH, 1, COPY_TICKS_ALL)).isNull();
    assertError(RES_E_NOT_FOUND);

    mt5.symbolSelect("BTCUSD", false);
    assertThat(mt5.copyTicksRange("BTCUSD", a, b, COPY_TICKS_ALL)).isNull();
    assertError(RES_E_NOT_FOUND);
  }

  @Test
  void theOrderBookIsAddedReadAndReleased() {
    assertThat(mt5.marketBookGet("EURUSD")).isNull();
    assertError(RES_E_NOT_FOUND);

    assertThat(mt5.marketBookAdd("EURUSD")).isTrue();
    assertThat(mt5.marketBookAdd("EURUSD")).isTrue();
    await().until(() -> !Objects.requireNonNull(mt5.marketBookGet("EURUSD")).isEmpty());
    List<BookInfo> book = Objects.requireNonNull(mt5.marketBookGet("EURUSD"));
    assertSuccess();
    assertThat(book.get(0).type()).isEqualTo(BOOK_TYPE_SELL);
    assertThat(book).extracting(BookInfo::type).contains(BOOK_TYPE_BUY);
    List<BookInfo> sells = book.stream().filter(l -> l.type() == BOOK_TYPE_SELL).toList();
    List<BookInfo> buys = book.stream().filter(l -> l.type() == BOOK_TYPE_BUY).toList();
    assertThat(book)
        .startsWith(sells.toArray(BookInfo[]::new))
        .endsWith(buys.toArray(BookInfo[]::new));
    assertThat(sells).extracting(BookInfo::price).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(buys).extracting(BookInfo::price).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(book).allSatisfy(l -> assertThat(l.volumeDbl()).isPositive());

    assertThat(mt5.marketBookRelease("EURUSD")).isTrue();
    assertThat(mt5.marketBookGet("EURUSD")).isNull();
    assertError(RES_E_NOT_FOUND);
    assertThat(mt5.marketBookRelease("EURUSD")).isTrue();
    assertThat(mt5.marketBookAdd("NOPE")).isFalse();
    assertError(RES_E_NOT_FOUND);
    assertThat(mt5.marketBookRelease("NOPE")).isFalse();
    assertError(RES_E_NOT_FOUND);
  }

  @Test
  void copyRatesFromEndsAtTheDateOldestFirst() {
    Instant now = HarnessAccess.clock().now();
    List<Rate> rates = Objects.requireNonNull(mt5.copyRatesFrom("EURUSD", TIMEFRAME_H1, now, 10));
    assertSuccess();
    assertThat(rates).hasSize(10);
    assertAscendingAndAligned(rates, 3600);
    assertThat(rates.get(9).time()).isLessThanOrEqualTo(now.getEpochSecond());
    assertThat(rates).allSatisfy(r -> assertThat(r.high()).isGreaterThanOrEqualTo(r.low()));

    Instant earlier = now.minus(Duration.ofDays(1));
    List<Rate> older =
        Objects.requireNonNull(mt5.copyRatesFrom("EURUSD", TIMEFRAME_M15, earlier, 5));
    assertThat(older).hasSize(5);
    assertAscendingAndAligned(older, 900);
    assertThat(older.get(4).time()).isLessThanOrEqualTo(earlier.getEpochSecond());
    assertThat(older.get(4).time()).isGreaterThan(earlier.getEpochSecond() - 900);
  }

  @Test
  void copyRatesFromPosCountsBackFromTheCurrentBar() {
    List<Rate> fromZero =
        Objects.requireNonNull(mt5.copyRatesFromPos("EURUSD", TIMEFRAME_H1, 0, 15));
    assertThat(fromZero).hasSize(15);
    assertAscendingAndAligned(fromZero, 3600);
    assertThat(fromZero.get(14).time())
        .isEqualTo(HarnessAccess.clock().now().getEpochSecond() / 3600 * 3600);

    List<Rate> fromFive =
        Objects.requireNonNull(mt5.copyRatesFromPos("EURUSD", TIMEFRAME_H1, 5, 10));
    assertThat(fromFive).containsExactlyElementsOf(fromZero.subList(0, 10));

    assertThat(mt5.copyRatesFromPos("EURUSD", TIMEFRAME_H1, -1, 10)).isNull();
    assertError(RES_E_INVALID_PARAMS);
    assertThat(mt5.copyRatesFromPos("EURUSD", TIMEFRAME_H1, 0, 0)).isNull();
    assertError(RES_E_INVALID_PARAMS);
  }

  @Test
  void copyRatesRangeReturnsTheBarsInTheRange() {
    Instant to = HarnessAccess.clock().now();
    Instant from = to.minus(Duration.ofHours(6));
    List<Rate> rates =
        Objects.requireNonNull(mt5.copyRatesRange("EURUSD", TIMEFRAME_M15, from, to));
    assertSuccess();
    assertThat(rates).hasSizeBetween(23, 25);
    assertAscendingAndAligned(rates, 900);
    assertThat(rates)
        .allSatisfy(
            r -> assertThat(r.time()).isBetween(from.getEpochSecond(), to.getEpochSecond()));
    assertThat(rates).allSatisfy(r -> assertThat(r.tickVolume()).isPositive());

    assertThat(mt5.copyRatesRange("EURUSD", TIMEFRAME_M15, to, from)).isNull();
    assertError(RES_E_INVALID_PARAMS);
  }

  @Test
  void ratesFailForUnknownSymbolsAndUnservedTimeframes() {
    Instant now = HarnessAccess.clock().now();
    assertThat(mt5.copyRatesFrom("NOPE", TIMEFRAME_H1, now, 10)).isNull();
    assertError(RES_E_NOT_FOUND);
    assertThat(mt5.copyRatesFromPos("NOPE", TIMEFRAME_H1, 0, 10)).isNull();
    assertError(RES_E_NOT_FOUND);
    assertThat(mt5.copyRatesRange("NOPE", TIMEFRAME_H1, now.minusSeconds(3600), now)).isNull();
    assertError(RES_E_NOT_FOUND);
    assertThat(mt5.copyRatesFrom("EURUSD", TIMEFRAME_M2, now, 10)).isNull();
    assertError(RES_E_INVALID_PARAMS);
    assertThat(mt5.lastError().description()).contains("not served");
    assertThat(mt5.copyRatesFrom("EURUSD", TIMEFRAME_H1, now, 0)).isNull();
    assertError(RES_E_INVALID_PARAMS);
  }

  @Test
  void successResetsLastError() {
    assertThat(mt5.symbolInfo("NOPE")).isNull();
    assertError(RES_E_NOT_FOUND);
    assertThat(mt5.symbolsTotal()).isPositive();
    assertSuccess();
  }

  private static void assertAscendingAndAligned(List<Rate> rates, long seconds) {
    for (int i = 0; i < rates.size(); i++) {
      assertThat(rates.get(i).time() % seconds).isZero();
      if (i > 0) {
        assertThat(rates.get(i).time()).isGreaterThan(rates.get(i - 1).time());
      }
    }
  }
}
