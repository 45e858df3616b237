package io.github.jmt5.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitsTest {
  @Test
  void volumesRoundToEightDecimalsHalfAwayFromZero() {
    assertThat(Volume.toWire(0.01)).isEqualTo(1_000_000L);
    assertThat(Volume.toWire(0.29)).isEqualTo(29_000_000L);
    assertThat(Volume.toWire(1.000000005)).isEqualTo(100_000_001L);
    assertThat(Volume.toWire(-0.1)).isEqualTo(-10_000_000L);
    assertThat(Volume.toLots(150_000_000L)).isEqualTo(1.5);
    assertThatThrownBy(() -> Volume.toWire(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Volume.toWire(1e12)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scaledPricesRoundLikeTheWebTerminal() {
    assertThat(PriceScale.unscale(108512.0, 5)).isEqualTo(1.08512);
    assertThat(PriceScale.unscale(87154.5, 5)).isEqualTo(0.87155);
    assertThat(PriceScale.unscale(5000.0, 5)).isEqualTo(0.05);
    assertThat(PriceScale.unscale(-12345.5, 2)).isEqualTo(-123.46);
    assertThat(PriceScale.unscale(123.0, 12)).isEqualTo(0.00000123);
    assertThat(PriceScale.scale(1.08512, 5))
        .isEqualTo(108512.0, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void fileTimeConvertsBothWays() {
    assertThat(FileTime.fromUnixMillis(0)).isEqualTo(116_444_736_000_000_000L);
    assertThat(FileTime.toUnixMillis(116_444_736_000_000_000L)).isZero();
  }

  @Test
  void hexRejectsOddLengthAndNonDigits() {
    assertThatThrownBy(() -> Hex.decode("abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Hex.decode("zz")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Hex.isHex("00ff")).isTrue();
    assertThat(Hex.isHex("0g")).isFalse();
  }

  @Test
  void bytesCompareByValueAndNeverPrintContent() {
    assertThat(Bytes.fromHex("0102")).isEqualTo(Bytes.of(new byte[] {1, 2}));
    assertThat(Bytes.fromHex("0102").toString()).isEqualTo("Bytes[2]").doesNotContain("01");
    assertThat(Bytes.zeros(4).isZero()).isTrue();
  }
}
