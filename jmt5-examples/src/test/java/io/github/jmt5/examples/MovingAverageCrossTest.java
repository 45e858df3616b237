package io.github.jmt5.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.examples.MovingAverageCross.Crossover;
import io.github.jmt5.examples.MovingAverageCross.Signal;
import org.junit.jupiter.api.Test;

class MovingAverageCrossTest {

  @Test
  void noSignalUntilTheSlowAverageIsFull() {
    Crossover c = new Crossover(2, 3);
    c.close(1.0);

    assertThat(c.update(2.0).crossed()).isFalse();
  }

  @Test
  void signalsOnceWhenTheFastAverageCrossesAbove() {
    Crossover c = new Crossover(2, 3);
    c.close(3.0);
    c.close(2.0);

    Signal below = c.update(1.0); // fast 1.5, slow 2.0
    assertThat(below.crossed()).isFalse();
    assertThat(below.up()).isFalse();
    assertThat(below.fast()).isEqualTo(1.5);
    assertThat(below.slow()).isEqualTo(2.0);

    Signal above = c.update(5.0); // fast 3.5, slow 3.33
    assertThat(above.crossed()).isTrue();
    assertThat(above.up()).isTrue();
    assertThat(above.price()).isEqualTo(5.0);
    assertThat(c.update(5.1).crossed()).isFalse();
  }

  @Test
  void signalsWhenTheFastAverageCrossesBelow() {
    Crossover c = new Crossover(2, 3);
    c.close(1.0);
    c.close(2.0);
    assertThat(c.update(3.0).up()).isTrue();

    c.close(3.0);
    Signal s = c.update(0.0); // closes 2, 3, forming 0: fast 1.5, slow 1.67

    assertThat(s.crossed()).isTrue();
    assertThat(s.up()).isFalse();
  }

  @Test
  void fastMustBeShorterThanSlow() {
    assertThatThrownBy(() -> new Crossover(5, 5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void argsAreNameValuePairs() {
    Examples.Args a = Examples.Args.parse("--symbol", "GBPUSD", "--seconds", "3");

    assertThat(a.get("symbol", "EURUSD")).isEqualTo("GBPUSD");
    assertThat(a.get("timeframe", "H1")).isEqualTo("H1");
    assertThat(a.getLong("seconds", 10)).isEqualTo(3);
    assertThatThrownBy(() -> Examples.Args.parse("--symbol"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Examples.Args.parse("symbol", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
