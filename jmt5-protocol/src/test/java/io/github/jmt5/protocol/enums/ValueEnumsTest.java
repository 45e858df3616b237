package io.github.jmt5.protocol.enums;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Spot checks of the smaller enums against the PROTOCOL.md section 9 lists. */
class ValueEnumsTest {

  @Test
  void tradeActions() {
    assertThat(Arrays.stream(TradeActionType.values()).mapToInt(TradeActionType::value))
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 201);
    assertThat(TradeActionType.find(10)).containsSame(TradeActionType.CLOSE_BY);
    assertThat(TradeActionType.describe(6)).isEqualTo("modify position SL/TP");
    assertThat(TradeActionType.find(9)).isEmpty();
    assertThat(TradeActionType.PENDING_201.isPending()).isTrue();
    assertThat(TradeActionType.PENDING.isPending()).isTrue();
    assertThat(TradeActionType.MODIFY.isPending()).isFalse();
    assertThat(TradeActionType.EXCHANGE.isExecution()).isTrue();
    assertThat(TradeActionType.PENDING.isExecution()).isFalse();
  }

  @Test
  void executionModeChoosesTheMarketAction() {
    assertThat(ExecutionMode.REQUEST.marketAction()).isEqualTo(TradeActionType.REQUEST);
    assertThat(ExecutionMode.INSTANT.marketAction()).isEqualTo(TradeActionType.INSTANT);
    assertThat(ExecutionMode.MARKET.marketAction()).isEqualTo(TradeActionType.MARKET);
    assertThat(ExecutionMode.EXCHANGE.marketAction()).isEqualTo(TradeActionType.EXCHANGE);
    assertThat(ExecutionMode.describe(1)).isEqualTo("instant execution");
  }

  @Test
  void fillingAndTime() {
    assertThat(OrderFilling.find(0)).containsSame(OrderFilling.FOK);
    assertThat(OrderFilling.find(1)).containsSame(OrderFilling.IOC);
    assertThat(OrderFilling.find(2)).containsSame(OrderFilling.RETURN);
    assertThat(OrderTime.find(0)).containsSame(OrderTime.GTC);
    assertThat(OrderTime.find(3)).containsSame(OrderTime.SPECIFIED_DAY);
  }

  @Test
  void dealTypesAreContiguous() {
    assertThat(Arrays.stream(DealType.values()).mapToInt(DealType::value).toArray())
        .containsExactly(IntStream.rangeClosed(0, 17).toArray());
    assertThat(DealType.describe(2)).isEqualTo("balance");
    assertThat(DealType.describe(10)).isEqualTo("daily agent commission");
    assertThat(DealType.describe(16)).isEqualTo("franked dividend");
    assertThat(DealType.describe(17)).isEqualTo("tax");
    assertThat(DealType.BUY.isTrade()).isTrue();
    assertThat(DealType.BALANCE.isTrade()).isFalse();
  }

  @Test
  void dealEntriesAndOrderStates() {
    assertThat(DealEntry.find(2)).containsSame(DealEntry.INOUT);
    assertThat(DealEntry.find(3)).containsSame(DealEntry.OUT_BY);
    assertThat(Arrays.stream(OrderState.values()).mapToInt(OrderState::value).toArray())
        .containsExactly(IntStream.rangeClosed(0, 9).toArray());
    assertThat(OrderState.describe(9)).isEqualTo("request cancelling");
    assertThat(OrderState.find(4)).containsSame(OrderState.FILLED);
  }

  @Test
  void calcModes() {
    assertThat(Arrays.stream(CalcMode.values()).mapToInt(CalcMode::value))
        .containsExactly(0, 1, 2, 3, 4, 5, 32, 33, 34, 35, 36, 37, 38, 39, 64);
    assertThat(CalcMode.describe(34)).isEqualTo("FORTS Futures");
    assertThat(CalcMode.describe(64)).isEqualTo("Collateral");
    assertThat(CalcMode.find(6)).isEmpty();
    assertThat(CalcMode.EXCH_STOCKS.isExchange()).isTrue();
    assertThat(CalcMode.SERV_COLLATERAL.isExchange()).isFalse();
    assertThat(CalcMode.CFD.isExchange()).isFalse();
  }

  @Test
  void symbolAndAccountEnums() {
    assertThat(SymbolTradeMode.find(4)).containsSame(SymbolTradeMode.FULL);
    assertThat(SymbolTradeMode.find(3)).containsSame(SymbolTradeMode.CLOSE_ONLY);
    assertThat(ChartMode.find(1)).containsSame(ChartMode.LAST);
    assertThat(AccountType.find(3)).containsSame(AccountType.PRELIMINARY);
    assertThat(AccountType.describe(1)).isEqualTo("demo");
    assertThat(MarginMode.find(2)).containsSame(MarginMode.RETAIL_HEDGING);
    assertThat(MarginMode.RETAIL_HEDGING.isHedging()).isTrue();
    assertThat(MarginMode.RETAIL_NETTING.isHedging()).isFalse();
    assertThat(MarginMode.EXCHANGE.isExchange()).isTrue();
  }

  @Test
  void bookTypes() {
    assertThat(BookType.find(0)).containsSame(BookType.RESET);
    assertThat(BookType.describe(3)).isEqualTo("sell (market)");
    assertThat(Arrays.stream(BookType.values()).filter(BookType::isSell))
        .containsExactly(BookType.SELL, BookType.SELL_MARKET);
    assertThat(Arrays.stream(BookType.values()).filter(BookType::isBuy))
        .containsExactly(BookType.BUY, BookType.BUY_MARKET);
  }

  @Test
  void transactions() {
    assertThat(TransactionKind.find(0)).containsSame(TransactionKind.OPEN_ORDER);
    assertThat(TransactionKind.find(1)).containsSame(TransactionKind.HISTORY_ORDER);
    assertThat(TransactionKind.find(2)).containsSame(TransactionKind.DEAL);
    assertThat(TransactionKind.DEAL.isOrder()).isFalse();
    assertThat(TransactionKind.HISTORY_ORDER.isOrder()).isTrue();
    assertThat(TransactionType.find(0)).containsSame(TransactionType.ADD);
    assertThat(TransactionType.find(1)).containsSame(TransactionType.UPDATE);
    assertThat(TransactionType.find(2)).containsSame(TransactionType.DELETE);
    assertThat(TransactionType.describe(3)).isEqualTo("unknown (3)");
  }
}
