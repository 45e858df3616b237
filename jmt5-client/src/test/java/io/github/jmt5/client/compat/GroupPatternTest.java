package io.github.jmt5.client.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupPatternTest {
  private static final List<String> NAMES =
      List.of("EURUSD", "GBPUSD", "USDJPY", "EURJPY", "XAUUSD", "BTCUSD", "GER40", "EURGBP");

  private static List<String> select(String group) {
    GroupPattern p = GroupPattern.parse(group);
    return NAMES.stream().filter(p::matches).toList();
  }

  @Test
  void aStarMatchesAnyRunOfCharacters() {
    assertThat(GroupPattern.glob("*", "")).isTrue();
    assertThat(GroupPattern.glob("*", "EURUSD")).isTrue();
    assertThat(GroupPattern.glob("EUR*", "EURUSD")).isTrue();
    assertThat(GroupPattern.glob("*USD", "EURUSD")).isTrue();
    assertThat(GroupPattern.glob("*RU*", "EURUSD")).isTrue();
    assertThat(GroupPattern.glob("E*U*D", "EURUSD")).isTrue();
    assertThat(GroupPattern.glob("**USD**", "EURUSD")).isTrue();
    assertThat(GroupPattern.glob("EUR", "EURUSD")).isFalse();
    assertThat(GroupPattern.glob("*JPY", "EURUSD")).isFalse();
    assertThat(GroupPattern.glob("EURUSD*X", "EURUSD")).isFalse();
    assertThat(GroupPattern.glob("", "")).isTrue();
    assertThat(GroupPattern.glob("", "A")).isFalse();
  }

  @Test
  void aNameWithoutWildcardMatchesOnlyItself() {
    assertThat(select("EURUSD")).containsExactly("EURUSD");
    assertThat(select("EURUSD,GBPUSD")).containsExactly("EURUSD", "GBPUSD");
  }

  @Test
  void inclusionsAddUp() {
    assertThat(select("*JPY,*GBP")).containsExactly("USDJPY", "EURJPY", "EURGBP");
    assertThat(select("*USD*")).containsExactly("EURUSD", "GBPUSD", "USDJPY", "XAUUSD", "BTCUSD");
  }

  @Test
  void exclusionsRemoveWhatEarlierConditionsSelected() {
    assertThat(select("*,!*USD*")).containsExactly("EURJPY", "GER40", "EURGBP");
    assertThat(select("*USD*,!EUR*,!*JPY")).containsExactly("GBPUSD", "XAUUSD", "BTCUSD");
    assertThat(select("*, !*USD*, !*EUR*, !*JPY*, !*GBP*")).containsExactly("GER40");
  }

  @Test
  void conditionsApplyInOrder() {
    // an exclusion first excludes nothing, the inclusion after it adds EURUSD back
    assertThat(select("!EURUSD,*USD")).contains("EURUSD");
    // an inclusion after an exclusion puts the name back in
    assertThat(select("*,!EUR*,EURUSD")).contains("EURUSD").doesNotContain("EURJPY");
    assertThat(select("!*USD*")).isEmpty();
  }

  @Test
  void matchingIgnoresCaseAndSpaces() {
    assertThat(select(" eur* , !*jpy ")).containsExactly("EURUSD", "EURGBP");
  }

  @Test
  void conditionsWithABackslashMatchThePath() {
    GroupPattern p = GroupPattern.parse("Forex\\*,!*JPY");
    assertThat(p.matches("EURUSD", "Forex\\Majors\\EURUSD")).isTrue();
    assertThat(p.matches("USDJPY", "Forex\\Majors\\USDJPY")).isFalse();
    assertThat(p.matches("GER40", "Indices\\GER40")).isFalse();
    assertThat(GroupPattern.parse("Forex\\Majors*").matches("EURGBP", "Forex\\Crosses\\EURGBP"))
        .isFalse();
  }

  @Test
  void aGroupWithoutConditionsIsRefused() {
    assertThatThrownBy(() -> GroupPattern.parse("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupPattern.parse(" , !"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(GroupPattern.parse("*USD*")).hasToString("GroupPattern[*USD*]");
  }
}
