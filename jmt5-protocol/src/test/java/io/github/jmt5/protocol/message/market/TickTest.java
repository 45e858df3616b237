package io.github.jmt5.protocol.message.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TickTest {
  @Test
  void theFieldBitsAreTheWireOnes() {
    assertThat(Tick.FIELD_BID).isEqualTo(1);
    assertThat(Tick.FIELD_ASK).isEqualTo(2);
    assertThat(Tick.FIELD_LAST).isEqualTo(4);
    assertThat(Tick.FIELD_VOLUME).isEqualTo(8);
    assertThat(Tick.FLAG_DELAYED).isEqualTo(0x200);
  }

  @Test
  void carriesTellsWhichFieldsAreSet() {
    Tick t = new Tick(7, 1_700_000_000, Tick.FIELD_BID | Tick.FIELD_LAST, 1.5, 0, 1.5, 0, 0, 0);

    assertThat(t.carries(Tick.FIELD_BID)).isTrue();
    assertThat(t.carries(Tick.FIELD_ASK)).isFalse();
    assertThat(t.carries(Tick.FIELD_LAST)).isTrue();
    assertThat(t.carries(Tick.FIELD_VOLUME)).isFalse();
  }
}
