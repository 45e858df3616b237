package io.github.jmt5.protocol.enums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shared lookup helper, with fixtures the real enums cannot provide. */
class WireEnumsTest {

  enum Sparse implements WireEnum {
    NEGATIVE(-5),
    ZERO(0),
    BIG(70_000),
    HUGE(Integer.MAX_VALUE);

    private final int value;

    Sparse(int value) {
      this.value = value;
    }

    @Override
    public int value() {
      return value;
    }

    @Override
    public String description() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  enum Duplicate implements WireEnum {
    A,
    B;

    @Override
    public int value() {
      return 1;
    }

    @Override
    public String description() {
      return "dup";
    }
  }

  enum NotABit implements WireFlag {
    THREE;

    @Override
    public int value() {
      return 3;
    }

    @Override
    public String description() {
      return "three";
    }
  }

  @Test
  void sparseAndNegativeKeysUseTheSortedTable() {
    WireEnums.Table<Sparse> t = WireEnums.table(Sparse.values());
    for (Sparse s : Sparse.values()) {
      assertThat(t.find(s.value())).containsSame(s);
      assertThat(WireEnums.describe(t, s.value())).isEqualTo(s.description());
    }
    assertThat(t.get(1)).isNull();
    assertThat(t.find(-4)).isEmpty();
    assertThat(t.find(Integer.MIN_VALUE)).isEmpty();
    assertThat(WireEnums.describe(t, 69_999)).isEqualTo("unknown (69999)");
  }

  @Test
  void duplicateKeysAreRejected() {
    assertThatThrownBy(() -> WireEnums.table(Duplicate.values()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate key 1");
  }

  @Test
  void flagsMustBeSingleBits() {
    assertThatThrownBy(() -> WireEnums.flags(NotABit.class, NotABit.values()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("single bit");
  }

  @Test
  void unknownText() {
    assertThat(WireEnums.unknown(42)).isEqualTo("unknown (42)");
    assertThat(WireEnums.unknown(-1)).isEqualTo("unknown (-1)");
  }
}
