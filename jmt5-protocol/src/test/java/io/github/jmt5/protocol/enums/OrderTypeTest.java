package io.github.jmt5.protocol.enums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class OrderTypeTest {

  @Test
  void valuesMatchSpec() {
    assertThat(Arrays.stream(OrderType.values()).mapToInt(OrderType::value))
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(OrderType.describe(6)).isEqualTo("buy stop limit");
    assertThat(OrderType.describe(8)).isEqualTo("close by");
  }

  @Test
  void classesMatchSpec() {
    assertThat(valuesWhere(OrderType::isBuy)).containsExactly(0, 2, 4, 6);
    assertThat(valuesWhere(OrderType::isSell)).containsExactly(1, 3, 5, 7);
    assertThat(valuesWhere(OrderType::isMarket)).containsExactly(0, 1);
    assertThat(valuesWhere(OrderType::isPending)).containsExactly(2, 3, 4, 5, 6, 7);
  }

  @Test
  void oppositeSwapsTheSide() {
    assertThat(OrderType.BUY.opposite()).isEqualTo(OrderType.SELL);
    assertThat(OrderType.SELL.opposite()).isEqualTo(OrderType.BUY);
    assertThat(OrderType.BUY_STOP_LIMIT.opposite()).isEqualTo(OrderType.SELL_STOP_LIMIT);
    for (OrderType t : OrderType.values()) {
      if (t != OrderType.CLOSE_BY) {
        assertThat(t.opposite().opposite()).isEqualTo(t);
        assertThat(t.opposite().isBuy()).isEqualTo(t.isSell());
        assertThat(t.opposite().isMarket()).isEqualTo(t.isMarket());
      }
    }
    assertThatThrownBy(OrderType.CLOSE_BY::opposite).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void orderFlagsAllowTypes() {
    assertThat(OrderType.BUY.flag()).isEqualTo(OrderFlag.MARKET);
    assertThat(OrderType.SELL_LIMIT.flag()).isEqualTo(OrderFlag.LIMIT);
    assertThat(OrderType.BUY_STOP.flag()).isEqualTo(OrderFlag.STOP);
    assertThat(OrderType.SELL_STOP_LIMIT.flag()).isEqualTo(OrderFlag.STOP_LIMIT);
    assertThat(OrderType.CLOSE_BY.flag()).isEqualTo(OrderFlag.CLOSE_BY);
    int marketAndLimit = 1 | 2;
    assertThat(OrderType.SELL.isAllowedBy(marketAndLimit)).isTrue();
    assertThat(OrderType.BUY_LIMIT.isAllowedBy(marketAndLimit)).isTrue();
    assertThat(OrderType.BUY_STOP.isAllowedBy(marketAndLimit)).isFalse();
    assertThat(OrderType.CLOSE_BY.isAllowedBy(127)).isTrue();
  }

  @Test
  void positionCloseUsesTheOppositeOrderType() {
    assertThat(PositionType.BUY.closeOrderType()).isEqualTo(OrderType.SELL);
    assertThat(PositionType.SELL.closeOrderType()).isEqualTo(OrderType.BUY);
  }

  private static int[] valuesWhere(Predicate<OrderType> p) {
    return Arrays.stream(OrderType.values()).filter(p).mapToInt(OrderType::value).toArray();
  }
}
