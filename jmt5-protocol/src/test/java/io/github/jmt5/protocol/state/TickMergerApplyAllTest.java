package io.github.jmt5.protocol.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.message.market.Tick;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TickMergerApplyAllTest {
  private static List<Tick> randomTicks(long seed, int n) {
    Random r = new Random(seed);
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ticks.add(
          new Tick(
              r.nextInt(6), // ids 0..5; 5 has no digits registered
              1000 + r.nextInt(5), // out of order, so some are stale
              r.nextInt(16),
              r.nextInt(3) == 0 ? 0 : 100_000 + r.nextInt(1000),
              r.nextInt(3) == 0 ? 0 : 100_500 + r.nextInt(1000),
              r.nextInt(2) == 0 ? 0 : 100_200 + r.nextInt(1000),
              r.nextInt(1000),
              r.nextInt(1000),
              r.nextBoolean() ? 0 : 0x200));
    }
    return ticks;
  }

  private static TickMerger merger() {
    TickMerger m = new TickMerger();
    for (int id = 0; id < 5; id++) {
      m.setDigits(id, id + 1);
    }
    m.setSpreadMarkup(2, 0.001, 4, 1);
    m.setSpreadMarkup(3, 0.0001, -3, 0);
    return m;
  }

  @Test
  void applyAllFromBytesMatchesApplyingEachDecodedTick() {
    for (long seed = 1; seed <= 20; seed++) {
      List<Tick> ticks = randomTicks(seed, 200);
      byte[] body = Codecs.TICKS.encode(ticks);
      byte[] shifted = new byte[body.length + 7 + 13]; // an offset, and a partial record after
      System.arraycopy(body, 0, shifted, 7, body.length);

      TickMerger byRecord = merger();
      int applied = 0;
      for (Tick t : Codecs.TICKS.decode(body, 8)) {
        if (byRecord.apply(t) == MergeResult.APPLIED) {
          applied++;
        }
      }
      TickMerger byBytes = merger();
      assertThat(byBytes.applyAll(shifted, 7, body.length + 13)).isEqualTo(applied);
      for (int id = 0; id < 6; id++) {
        for (boolean delayed : new boolean[] {false, true}) {
          assertThat(byBytes.quote(id, delayed)).isEqualTo(byRecord.quote(id, delayed));
        }
      }
    }
  }

  @Test
  void applyAllChecksItsRange() {
    TickMerger m = merger();
    assertThat(m.applyAll(new byte[10], 0, 10)).isZero();
    assertThatThrownBy(() -> m.applyAll(new byte[10], 5, 10))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> m.applyAll(new byte[10], -1, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
