package io.github.jmt5.protocol.enums;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The find/describe contract, checked for every enum of the package. */
class WireEnumContractTest {

  /** One enum under test with its static lookups. */
  record Case(
      String name,
      List<WireEnum> constants,
      IntFunction<Optional<? extends WireEnum>> find,
      IntFunction<String> describe) {

    @Override
    public String toString() {
      return name;
    }
  }

  private static final int[] PROBES = {
    -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 11, 99, 255, 256, 4096, 65535, 99_999, 1 << 30
  };

  static Stream<Case> cases() {
    return Stream.of(
        new Case("Timeframe", List.of(Timeframe.values()), Timeframe::find, Timeframe::describe),
        new Case(
            "TradeActionType",
            List.of(TradeActionType.values()),
            TradeActionType::find,
            TradeActionType::describe),
        new Case("OrderType", List.of(OrderType.values()), OrderType::find, OrderType::describe),
        new Case(
            "OrderFilling",
            List.of(OrderFilling.values()),
            OrderFilling::find,
            OrderFilling::describe),
        new Case(
            "FillingFlag", List.of(FillingFlag.values()), FillingFlag::find, FillingFlag::describe),
        new Case("OrderTime", List.of(OrderTime.values()), OrderTime::find, OrderTime::describe),
        new Case("TimeFlag", List.of(TimeFlag.values()), TimeFlag::find, TimeFlag::describe),
        new Case(
            "PositionType",
            List.of(PositionType.values()),
            PositionType::find,
            PositionType::describe),
        new Case("DealType", List.of(DealType.values()), DealType::find, DealType::describe),
        new Case("DealEntry", List.of(DealEntry.values()), DealEntry::find, DealEntry::describe),
        new Case(
            "OrderState", List.of(OrderState.values()), OrderState::find, OrderState::describe),
        new Case(
            "TradeRetcode",
            List.of(TradeRetcode.values()),
            TradeRetcode::find,
            TradeRetcode::describe),
        new Case("CalcMode", List.of(CalcMode.values()), CalcMode::find, CalcMode::describe),
        new Case(
            "SymbolTradeMode",
            List.of(SymbolTradeMode.values()),
            SymbolTradeMode::find,
            SymbolTradeMode::describe),
        new Case(
            "ExecutionMode",
            List.of(ExecutionMode.values()),
            ExecutionMode::find,
            ExecutionMode::describe),
        new Case("OrderFlag", List.of(OrderFlag.values()), OrderFlag::find, OrderFlag::describe),
        new Case("ChartMode", List.of(ChartMode.values()), ChartMode::find, ChartMode::describe),
        new Case(
            "AccountType", List.of(AccountType.values()), AccountType::find, AccountType::describe),
        new Case(
            "MarginMode", List.of(MarginMode.values()), MarginMode::find, MarginMode::describe),
        new Case("BookType", List.of(BookType.values()), BookType::find, BookType::describe),
        new Case(
            "TransactionKind",
            List.of(TransactionKind.values()),
            TransactionKind::find,
            TransactionKind::describe),
        new Case(
            "TransactionType",
            List.of(TransactionType.values()),
            TransactionType::find,
            TransactionType::describe),
        new Case(
            "ServerResultCode",
            List.of(ServerResultCode.values()),
            ServerResultCode::find,
            ServerResultCode::describe),
        new Case(
            "AccountRights",
            List.of(AccountRights.values()),
            AccountRights::find,
            AccountRights::describe),
        new Case(
            "PermissionFlag",
            List.of(PermissionFlag.values()),
            PermissionFlag::find,
            PermissionFlag::describe));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyConstantRoundTrips(Case c) {
    assertThat(c.constants()).isNotEmpty();
    for (WireEnum e : c.constants()) {
      assertThat(c.find().apply(e.value())).as("%s find", e).get().isSameAs(e);
      assertThat(c.describe().apply(e.value())).as("%s describe", e).isEqualTo(e.description());
      assertThat(e.description()).as("%s description", e).isNotBlank().doesNotStartWith("unknown");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void valuesAreUnique(Case c) {
    Set<Integer> seen = new HashSet<>();
    for (WireEnum e : c.constants()) {
      assertThat(seen.add(e.value())).as("%s duplicate", e).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void unknownValuesAreEmptyAndDescribed(Case c) {
    Set<Integer> known = new HashSet<>();
    for (WireEnum e : c.constants()) {
      known.add(e.value());
    }
    int max = c.constants().stream().mapToInt(WireEnum::value).max().orElseThrow();
    List<Integer> probes = new ArrayList<>();
    for (int p : PROBES) {
      probes.add(p);
    }
    probes.add(max + 1);
    int tested = 0;
    for (int p : probes) {
      if (known.contains(p)) {
        continue;
      }
      tested++;
      assertThat(c.find().apply(p)).as("find(%d)", p).isEmpty();
      assertThat(c.describe().apply(p)).isEqualTo("unknown (" + p + ")");
    }
    assertThat(tested).isGreaterThan(5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void flagsAreSingleBits(Case c) {
    for (WireEnum e : c.constants()) {
      if (e instanceof WireFlag f) {
        assertThat(Integer.bitCount(f.value())).as("%s", f).isEqualTo(1);
        assertThat(f.isSetIn(f.value())).isTrue();
        assertThat(f.isSetIn(~f.value())).isFalse();
      }
    }
  }
}
