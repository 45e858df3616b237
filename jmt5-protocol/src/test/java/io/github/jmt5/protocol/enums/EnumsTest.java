package io.github.jmt5.protocol.enums;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnumsTest {
  private static final List<Class<? extends WireEnum>> ALL =
      List.of(
          TradeActionType.class,
          OrderType.class,
          OrderFilling.class,
          OrderTime.class,
          PositionType.class,
          DealType.class,
          DealEntry.class,
          OrderState.class,
          CalcMode.class,
          SymbolTradeMode.class,
          ExecutionMode.class,
          ChartMode.class,
          AccountType.class,
          MarginMode.class,
          BookType.class,
          TransactionKind.class,
          TransactionType.class,
          ServerResultCode.class,
          TradeRetcode.class);

  @Test
  void everyConstantRoundTripsThroughItsWireValue() throws Exception {
    for (Class<? extends WireEnum> type : ALL) {
      for (WireEnum e : type.getEnumConstants()) {
        Object found = type.getMethod("find", int.class).invoke(null, e.value());
        assertThat(found).as(type.getSimpleName() + "." + e).isEqualTo(java.util.Optional.of(e));
        assertThat(type.getMethod("describe", int.class).invoke(null, e.value()))
            .isEqualTo(e.description());
        assertThat(e.description()).isNotBlank();
      }
    }
  }

  @Test
  void unknownValuesAreReportedNotLost() {
    assertThat(TradeRetcode.find(77_777)).isEmpty();
    assertThat(TradeRetcode.describe(77_777)).isEqualTo("unknown (77777)");
    assertThat(DealType.describe(99)).isEqualTo("unknown (99)");
  }

  @Test
  void spotChecksAgainstTheProtocolTables() {
    assertThat(TradeRetcode.DONE.value()).isEqualTo(10009);
    assertThat(TradeRetcode.describe(10019)).isEqualTo("not enough money");
    assertThat(TradeRetcode.values()).hasSize(57); // 13 general, 10001..10036, 10039..10045, 11001
    assertThat(DealType.TAX.value()).isEqualTo(17);
    assertThat(CalcMode.SERV_COLLATERAL.value()).isEqualTo(64);
    assertThat(ServerResultCode.INVALID_OTP.value()).isEqualTo(201);
    assertThat(TradeActionType.CLOSE_BY.value()).isEqualTo(10);
  }

  @Test
  void retcodeClassesFollowTheWebTerminal() {
    assertThat(TradeRetcode.isSuccess(10008)).isTrue();
    assertThat(TradeRetcode.isSuccess(10004)).isFalse();
    assertThat(TradeRetcode.isFinal(10002)).isFalse();
    assertThat(TradeRetcode.isFinal(10006)).isTrue();
    assertThat(TradeRetcode.isDone(11001)).isTrue();
    assertThat(TradeRetcode.isDone(10008)).isFalse();
  }

  @Test
  void orderTypeSides() {
    assertThat(OrderType.BUY_STOP_LIMIT.isBuy()).isTrue();
    assertThat(OrderType.SELL_LIMIT.isPending()).isTrue();
    assertThat(OrderType.SELL.isMarket()).isTrue();
    assertThat(OrderType.BUY_LIMIT.closingType()).isEqualTo(OrderType.SELL);
    assertThat(OrderType.CLOSE_BY.isBuy()).isFalse();
  }

  @Test
  void timeframeCodes() {
    assertThat(Timeframe.H1.code()).isEqualTo(16385);
    assertThat(Timeframe.MN1.code()).isEqualTo(49153);
    assertThat(Timeframe.fromCode(32769)).contains(Timeframe.W1);
    assertThat(Timeframe.periodCode(2)).isZero();
  }

  @Test
  void marketFillingPrefersIocThenFok() {
    assertThat(Flags.marketFilling(Flags.FILL_FOK | Flags.FILL_IOC)).isEqualTo(OrderFilling.IOC);
    assertThat(Flags.marketFilling(Flags.FILL_FOK)).isEqualTo(OrderFilling.FOK);
    assertThat(Flags.marketFilling(0)).isEqualTo(OrderFilling.RETURN);
  }
}
