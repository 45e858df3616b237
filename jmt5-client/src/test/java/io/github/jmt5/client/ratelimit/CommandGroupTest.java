package io.github.jmt5.client.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.command.CommandId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandGroupTest {

  @Test
  void tradeRequestsAreTrade() {
    assertThat(CommandGroup.of(CommandId.TRADE_REQUEST.id())).isEqualTo(CommandGroup.TRADE);
  }

  @Test
  void marketDataCommands() {
    Set<CommandId> marketData =
        EnumSet.of(
            CommandId.GET_SYMBOLS,
            CommandId.SUBSCRIBE_TICKS,
            CommandId.GET_SYMBOL_GROUPS,
            CommandId.GET_FULL_SYMBOLS,
            CommandId.GET_SPREADS,
            CommandId.SUBSCRIBE_BOOK,
            CommandId.GET_SYMBOLS_COMPRESSED,
            CommandId.CORPORATE_LINKS);
    for (CommandId c : marketData) {
      assertThat(CommandGroup.of(c.id())).as(c.label()).isEqualTo(CommandGroup.MARKET_DATA);
    }
    assertThat(marketData)
        .extracting(CommandId::id)
        .containsExactlyInAnyOrder(6, 7, 9, 18, 20, 22, 34, 44);
  }

  @Test
  void historyCommands() {
    assertThat(CommandGroup.of(CommandId.GET_TRADE_HISTORY.id())).isEqualTo(CommandGroup.HISTORY);
    assertThat(CommandGroup.of(CommandId.GET_BARS.id())).isEqualTo(CommandGroup.HISTORY);
  }

  @Test
  void everythingElseIsOther() {
    Set<Integer> grouped = Set.of(5, 6, 7, 9, 11, 12, 18, 20, 22, 34, 44);
    for (CommandId c : CommandId.values()) {
      if (!grouped.contains(c.id())) {
        assertThat(CommandGroup.of(c.id())).as(c.label()).isEqualTo(CommandGroup.OTHER);
      }
    }
    assertThat(CommandGroup.of(CommandId.LOGIN.id())).isEqualTo(CommandGroup.OTHER);
    assertThat(CommandGroup.of(CommandId.PING.id())).isEqualTo(CommandGroup.OTHER);
    assertThat(CommandGroup.of(-1)).isEqualTo(CommandGroup.OTHER);
    assertThat(CommandGroup.of(999)).isEqualTo(CommandGroup.OTHER);
  }
}
