package io.github.jmt5.protocol.enums;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TradeRetcodeTest {

  /** Every code of the PROTOCOL.md 9.9 table. */
  private static final int[] SPEC_CODES = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 1025, 10001, 10002, 10003, 10004, 10005, 10006, 10007,
    10008, 10009, 10010, 10011, 10012, 10013, 10014, 10015, 10016, 10017, 10018, 10019, 10020,
    10021, 10022, 10023, 10024, 10025, 10026, 10027, 10028, 10029, 10030, 10031, 10032, 10033,
    10034, 10035, 10036, 10039, 10040, 10041, 10042, 10043, 10044, 10045, 11001
  };

  @Test
  void coversExactlyTheSpecTable() {
    Set<Integer> spec = Arrays.stream(SPEC_CODES).boxed().collect(Collectors.toSet());
    Set<Integer> ours =
        Arrays.stream(TradeRetcode.values()).map(TradeRetcode::value).collect(Collectors.toSet());
    assertThat(ours).isEqualTo(spec);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | OK | ok / request accepted",
        "12 | TOO_FREQUENT | too frequent requests",
        "1025 | DEMO_ALLOCATION_DISABLED | demo account allocation disabled",
        "10004 | REQUOTE | requote",
        "10006 | REJECT | request rejected",
        "10009 | DONE | request completed",
        "10010 | DONE_PARTIAL | request partially completed",
        "10014 | INVALID_VOLUME | invalid volume",
        "10019 | NO_MONEY | not enough money",
        "10021 | PRICE_OFF | no quotes to process the request (off quotes)",
        "10030 | INVALID_FILL | invalid or unsupported order filling type",
        "10045 | FIFO_CLOSE | position close prohibited by FIFO rule",
        "11001 | DONE_PARTIAL_INTERNAL | done partially (server-internal variant)"
      })
  void matchesSpecTexts(int code, TradeRetcode rc, String description) {
    assertThat(rc.value()).isEqualTo(code);
    assertThat(rc.description()).isEqualTo(description);
    assertThat(TradeRetcode.describe(code)).isEqualTo(description);
  }

  @Test
  void gapsAreUnknown() {
    for (int code : new int[] {11, 13, 10000, 10037, 10038, 10046, 11000, 11002}) {
      assertThat(TradeRetcode.find(code)).as("%d", code).isEmpty();
      assertThat(TradeRetcode.describe(code)).isEqualTo("unknown (" + code + ")");
    }
  }

  @Test
  void successClass() {
    assertThat(classOf(TradeRetcode::isSuccess))
        .containsExactlyInAnyOrder(10008, 10009, 10010, 11001);
    assertThat(TradeRetcode.isSuccess(0)).isFalse();
    assertThat(TradeRetcode.isSuccess(12345)).isFalse();
    assertThat(TradeRetcode.PLACED.isSuccess()).isTrue();
  }

  @Test
  void doneClass() {
    assertThat(classOf(TradeRetcode::isDone)).containsExactlyInAnyOrder(10009, 10010, 11001);
    assertThat(TradeRetcode.PLACED.isDone()).isFalse();
    assertThat(TradeRetcode.isDone(12345)).isFalse();
  }

  @Test
  void finalClass() {
    Set<Integer> notFinal =
        Arrays.stream(TradeRetcode.values())
            .filter(rc -> !rc.isFinal())
            .map(TradeRetcode::value)
            .collect(Collectors.toSet());
    assertThat(notFinal).containsExactlyInAnyOrder(0, 10001, 10002, 10003, 10028);
    assertThat(TradeRetcode.isFinal(12345)).as("unknown codes are final").isTrue();
    assertThat(TradeRetcode.isFinal(-1)).isTrue();
    assertThat(TradeRetcode.REQUOTE.isFinal()).isTrue();
  }

  @Test
  void inProgressClass() {
    assertThat(classOf(TradeRetcode::isInProgress))
        .containsExactlyInAnyOrder(0, 10001, 10002, 10003, 10005);
    assertThat(TradeRetcode.isInProgress(12345)).isFalse();
  }

  @Test
  void staticAndInstanceClassesAgree() {
    for (TradeRetcode rc : TradeRetcode.values()) {
      int v = rc.value();
      assertThat(rc.isSuccess()).as("%s", rc).isEqualTo(TradeRetcode.isSuccess(v));
      assertThat(rc.isFinal()).as("%s", rc).isEqualTo(TradeRetcode.isFinal(v));
      assertThat(rc.isDone()).as("%s", rc).isEqualTo(TradeRetcode.isDone(v));
      assertThat(rc.isInProgress()).as("%s", rc).isEqualTo(TradeRetcode.isInProgress(v));
      if (rc.isDone()) {
        assertThat(rc.isSuccess() && rc.isFinal()).as("%s", rc).isTrue();
      }
    }
  }

  private static Set<Integer> classOf(Predicate<TradeRetcode> p) {
    return Arrays.stream(TradeRetcode.values())
        .filter(p)
        .map(TradeRetcode::value)
        .collect(Collectors.toSet());
  }
}
