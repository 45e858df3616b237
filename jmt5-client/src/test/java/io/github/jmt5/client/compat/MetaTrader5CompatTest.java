package io.github.jmt5.client.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.client.error.AuthenticationException;
import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.RequestTimeoutException;
import io.github.jmt5.client.error.ServerErrorException;
import io.github.jmt5.client.error.SessionClosedException;
import io.github.jmt5.client.symbols.UnknownSymbolException;
import io.github.jmt5.protocol.enums.Timeframe;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** What the facade does without a server. */
class MetaTrader5CompatTest {

  @Test
  void everyCallBeforeInitializeFailsWithNoConnection() {
    try (MetaTrader5 mt5 = new MetaTrader5()) {
      assertThat(mt5.lastError()).isEqualTo(LastError.SUCCESS);
      assertThat(mt5.accountInfo()).isNull();
      assertThat(mt5.lastError().code()).isEqualTo(Mt5Constants.RES_E_INTERNAL_FAIL_CONNECT);
      assertThat(mt5.lastError().description()).startsWith("No IPC connection");
      assertThat(mt5.symbolsTotal()).isEqualTo(-1);
      assertThat(mt5.ordersTotal()).isEqualTo(-1);
      assertThat(mt5.positionsTotal()).isEqualTo(-1);
      assertThat(mt5.historyDealsTotal(Instant.EPOCH, Instant.now())).isEqualTo(-1);
      assertThat(mt5.historyOrdersTotal(Instant.EPOCH, Instant.now())).isEqualTo(-1);
      assertThat(mt5.symbolSelect("EURUSD", true)).isFalse();
      assertThat(mt5.marketBookAdd("EURUSD")).isFalse();
      assertThat(mt5.version()).isNull();
      assertThat(mt5.terminalInfo()).isNull();
      assertThat(mt5.client()).isNull();
      assertThat(
              mt5.orderSend(
                  TradeRequest.builder(Mt5Constants.TRADE_ACTION_DEAL).symbol("EURUSD").build()))
          .isNull();
      assertThat(mt5.login(50_001, "x".toCharArray())).isFalse();
      assertThat(mt5.lastError().code()).isEqualTo(Mt5Constants.RES_E_INTERNAL_FAIL_CONNECT);
      mt5.shutdown();
    }
  }

  @Test
  void badInitializeArgumentsAreInvalidParams() {
    try (MetaTrader5 mt5 = new MetaTrader5()) {
      assertThat(mt5.initialize(URI.create("ws://localhost:1/terminal"), -5, "p".toCharArray()))
          .isFalse();
      assertThat(mt5.lastError().code()).isEqualTo(Mt5Constants.RES_E_INVALID_PARAMS);
      assertThat(mt5.initialize(URI.create("http://localhost:1/"), 5, "p".toCharArray())).isFalse();
      assertThat(mt5.lastError().code()).isEqualTo(Mt5Constants.RES_E_INVALID_PARAMS);
    }
    assertThatThrownBy(() -> new MetaTrader5(Clock.systemUTC(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnreachableServerIsAConnectionFailure() {
    try (MetaTrader5 mt5 = new MetaTrader5()) {
      boolean ok =
          mt5.initialize(
              URI.create("ws://127.0.0.1:1/terminal"),
              50_001,
              "secret".toCharArray(),
              Duration.ofSeconds(5));
      assertThat(ok).isFalse();
      assertThat(mt5.lastError().code())
          .isIn(Mt5Constants.RES_E_INTERNAL_FAIL_CONNECT, Mt5Constants.RES_E_INTERNAL_FAIL_TIMEOUT);
    }
  }

  @Test
  void exceptionsMapToTheOfficialCodes() {
    assertThat(MetaTrader5.errorOf(new AuthenticationException(5, 3, false)).code())
        .isEqualTo(Mt5Constants.RES_E_AUTH_FAILED);
    assertThat(MetaTrader5.errorOf(new CompletionException(new UnknownSymbolException("X"))))
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(Mt5Constants.RES_E_NOT_FOUND);
              assertThat(e.description())
                  .isEqualTo("Terminal: Not found: the account has no symbol X");
            });
    assertThat(MetaTrader5.errorOf(new RequestTimeoutException(3, Duration.ofSeconds(1))).code())
        .isEqualTo(Mt5Constants.RES_E_INTERNAL_FAIL_TIMEOUT);
    assertThat(MetaTrader5.errorOf(new ConnectionException("lost")).code())
        .isEqualTo(Mt5Constants.RES_E_INTERNAL_FAIL_CONNECT);
    assertThat(MetaTrader5.errorOf(new SessionClosedException("closed")).code())
        .isEqualTo(Mt5Constants.RES_E_INTERNAL_FAIL_CONNECT);
    assertThat(MetaTrader5.errorOf(new ServerErrorException(3, 7)).code())
        .isEqualTo(Mt5Constants.RES_E_FAIL);
    assertThat(MetaTrader5.errorOf(new IllegalArgumentException("bad")).code())
        .isEqualTo(Mt5Constants.RES_E_INVALID_PARAMS);
    assertThat(MetaTrader5.errorOf(new IllegalStateException("odd")).code())
        .isEqualTo(Mt5Constants.RES_E_FAIL);
  }

  @Test
  void lastErrorDescriptionsAreTheOfficialOnes() {
    assertThat(LastError.SUCCESS).isEqualTo(new LastError(1, "Success"));
    assertThat(LastError.SUCCESS.isSuccess()).isTrue();
    assertThat(LastError.of(-10004, "")).isEqualTo(new LastError(-10004, "No IPC connection"));
    assertThat(LastError.of(-6, "wrong").description())
        .isEqualTo("Terminal: Authorization failed: wrong");
    assertThat(LastError.of(-6, "").isSuccess()).isFalse();
    for (int code :
        new int[] {-1, -2, -3, -4, -5, -7, -8, -10000, -10001, -10002, -10003, -10005}) {
      assertThat(LastError.describe(code)).doesNotStartWith("Unknown");
    }
    assertThat(LastError.describe(42)).isEqualTo("Unknown error 42");
  }

  @Test
  void theTimeframeConstantsAreTheWirePeriodCodes() {
    assertThat(Mt5Constants.TIMEFRAME_M1).isEqualTo(Timeframe.M1.code());
    assertThat(Mt5Constants.TIMEFRAME_M5).isEqualTo(Timeframe.M5.code());
    assertThat(Mt5Constants.TIMEFRAME_M15).isEqualTo(Timeframe.M15.code());
    assertThat(Mt5Constants.TIMEFRAME_M30).isEqualTo(Timeframe.M30.code());
    assertThat(Mt5Constants.TIMEFRAME_H1).isEqualTo(Timeframe.H1.code());
    assertThat(Mt5Constants.TIMEFRAME_H4).isEqualTo(Timeframe.H4.code());
    assertThat(Mt5Constants.TIMEFRAME_D1).isEqualTo(Timeframe.D1.code());
    assertThat(Mt5Constants.TIMEFRAME_W1).isEqualTo(Timeframe.W1.code());
    assertThat(Mt5Constants.TIMEFRAME_MN1).isEqualTo(Timeframe.MN1.code());
    assertThat(Mt5Constants.TIMEFRAME_H12).isEqualTo(0x4000 | 12);
  }

  @Test
  void wireTickFieldsBecomeOfficialFlags() {
    assertThat(MetaTrader5.tickFlags(1)).isEqualTo(Mt5Constants.TICK_FLAG_BID);
    assertThat(MetaTrader5.tickFlags(3))
        .isEqualTo(Mt5Constants.TICK_FLAG_BID | Mt5Constants.TICK_FLAG_ASK);
    assertThat(MetaTrader5.tickFlags(12))
        .isEqualTo(Mt5Constants.TICK_FLAG_LAST | Mt5Constants.TICK_FLAG_VOLUME);
    assertThat(MetaTrader5.tickFlags(0)).isZero();
  }

  @Test
  void theTickBufferKeepsTheNewestAndSelects() {
    TickBuffer b = new TickBuffer(3);
    assertThat(b.newest()).isNull();
    b.add(tick(1_000, 1.0, Mt5Constants.TICK_FLAG_BID));
    b.add(tick(1_000, 1.0, Mt5Constants.TICK_FLAG_BID)); // repeat, ignored
    b.add(tick(2_000, 1.1, Mt5Constants.TICK_FLAG_LAST));
    b.add(tick(3_000, 1.2, Mt5Constants.TICK_FLAG_ASK));
    b.add(tick(4_000, 1.3, Mt5Constants.TICK_FLAG_BID | Mt5Constants.TICK_FLAG_VOLUME));
    assertThat(b.size()).isEqualTo(3);
    assertThat(b.newest()).isNotNull();

    List<Tick> all = b.from(Instant.EPOCH, 10, Mt5Constants.COPY_TICKS_ALL);
    assertThat(all).extracting(Tick::timeMsc).containsExactly(2_000L, 3_000L, 4_000L);
    assertThat(b.from(Instant.ofEpochMilli(2_500), 1, Mt5Constants.COPY_TICKS_ALL))
        .extracting(Tick::timeMsc)
        .containsExactly(3_000L);
    assertThat(b.from(Instant.EPOCH, 10, Mt5Constants.COPY_TICKS_INFO))
        .extracting(Tick::timeMsc)
        .containsExactly(3_000L, 4_000L);
    assertThat(b.from(Instant.EPOCH, 10, Mt5Constants.COPY_TICKS_TRADE))
        .extracting(Tick::timeMsc)
        .containsExactly(2_000L, 4_000L);
    assertThat(
            b.range(
                Instant.ofEpochMilli(2_000),
                Instant.ofEpochMilli(3_000),
                Mt5Constants.COPY_TICKS_ALL))
        .hasSize(2);
  }

  @Test
  void aTradeRequestBuilderRoundTrips() {
    TradeRequest r =
        TradeRequest.builder(Mt5Constants.TRADE_ACTION_PENDING)
            .magic(7)
            .order(1)
            .symbol("EURUSD")
            .volume(0.1)
            .price(1.1)
            .stoplimit(1.2)
            .sl(1.0)
            .tp(1.3)
            .deviation(5)
            .type(Mt5Constants.ORDER_TYPE_BUY_STOP_LIMIT)
            .typeFilling(Mt5Constants.ORDER_FILLING_RETURN)
            .typeTime(Mt5Constants.ORDER_TIME_SPECIFIED)
            .expiration(1_700_000_000L)
            .comment("c")
            .position(2)
            .positionBy(3)
            .build();
    assertThat(r.toBuilder().build()).isEqualTo(r);
    TradeRequest empty = TradeRequest.builder(Mt5Constants.TRADE_ACTION_DEAL).build();
    assertThat(empty.symbol()).isEmpty();
    assertThat(empty.typeFilling()).isEqualTo(Mt5Constants.ORDER_FILLING_FOK);
  }

  @Test
  void withoutCalculationsTheLocalFunctionsAreUnsupported() {
    try (MetaTrader5 mt5 = new MetaTrader5()) {
      // not connected wins over not configured
      assertThat(mt5.orderCalcMargin(0, "EURUSD", 1, 1.1)).isNull();
      assertThat(mt5.lastError().code()).isEqualTo(Mt5Constants.RES_E_INTERNAL_FAIL_CONNECT);
    }
  }

  private static Tick tick(long ms, double bid, int flags) {
    return new Tick(ms / 1000, bid, bid + 0.0001, 0, 0, ms, flags, 0);
  }
}
