package io.github.jmt5.protocol.enums;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeframeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "M1, 1, 1, 0x0001",
    "M5, 5, 5, 0x0005",
    "M15, 15, 15, 0x000F",
    "M30, 30, 30, 0x001E",
    "H1, 60, 16385, 0x4001",
    "H4, 240, 16388, 0x4004",
    "D1, 1440, 16408, 0x4018",
    "W1, 10080, 32769, 0x8001",
    "MN1, 43200, 49153, 0xC001"
  })
  void matchesSpecTable(Timeframe tf, int minutes, int code, String hex) {
    assertThat(tf.minutes()).isEqualTo(minutes);
    assertThat(tf.code()).isEqualTo(code).isEqualTo(tf.value());
    assertThat(code).isEqualTo(Integer.parseInt(hex.substring(2), 16));
    assertThat(Timeframe.find(code)).containsSame(tf);
    assertThat(Timeframe.fromMinutes(minutes)).containsSame(tf);
    assertThat(Timeframe.periodCode(minutes)).isEqualTo(code);
  }

  @Test
  void codesFollowTheUnitRule() {
    for (Timeframe tf : Timeframe.values()) {
      int m = tf.minutes();
      int expected;
      if (m < 60) {
        expected = m;
      } else if (tf == Timeframe.W1) {
        expected = 0x8000 | 1;
      } else if (tf == Timeframe.MN1) {
        expected = 0xC000 | 1;
      } else {
        expected = 0x4000 | (m / 60);
      }
      assertThat(tf.code()).as("%s", tf).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 2, 3, 10, 20, 120, 720, 1441, 16385, Integer.MAX_VALUE})
  void otherMinutesGivePeriodZero(int minutes) {
    assertThat(Timeframe.periodCode(minutes)).isZero();
    assertThat(Timeframe.fromMinutes(minutes)).isEmpty();
  }

  @Test
  void unknownCodesAreLenient() {
    assertThat(Timeframe.find(0)).isEmpty();
    assertThat(Timeframe.find(60)).isEmpty();
    assertThat(Timeframe.find(0x4002)).isEmpty();
    assertThat(Timeframe.describe(0x4002)).isEqualTo("unknown (16386)");
    assertThat(Timeframe.describe(16385)).isEqualTo("1 hour");
  }

  @Test
  void secondsForFixedLengthTimeframes() {
    assertThat(Timeframe.M1.seconds()).hasValue(60);
    assertThat(Timeframe.M15.seconds()).hasValue(900);
    assertThat(Timeframe.H4.seconds()).hasValue(14_400);
    assertThat(Timeframe.D1.seconds()).hasValue(86_400);
    assertThat(Timeframe.W1.seconds()).hasValue(604_800);
    assertThat(Timeframe.MN1.seconds()).isEmpty();
    assertThat(Timeframe.MN1.isFixedLength()).isFalse();
    for (Timeframe tf : Timeframe.values()) {
      if (tf != Timeframe.MN1) {
        assertThat(tf.isFixedLength()).isTrue();
        assertThat(tf.seconds()).hasValue(tf.minutes() * 60);
      }
    }
  }
}
