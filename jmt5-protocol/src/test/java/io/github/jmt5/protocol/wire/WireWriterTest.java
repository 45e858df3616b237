package io.github.jmt5.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import org.junit.jupiter.api.Test;

class WireWriterTest {
  @Test
  void textIsCutToHalfTheFieldAndZeroPadded() {
    assertThat(Hex.encode(new WireWriter().utf16("ABCDE", 6).toByteArray()))
        .isEqualTo("410042004300");
    assertThat(Hex.encode(new WireWriter().utf16("A", 6).toByteArray())).isEqualTo("410000000000");
    assertThat(
            Hex.encode(
                new WireWriter().utf16(CharBuffer.wrap(new char[] {'p', 'w'}), 4).toByteArray()))
        .isEqualTo("70007700");
  }

  @Test
  void bytesAreCutOrPadded() {
    assertThat(Hex.encode(new WireWriter().bytes(Bytes.fromHex("0102"), 3).toByteArray()))
        .isEqualTo("010200");
    assertThat(Hex.encode(new WireWriter().bytes(Bytes.fromHex("01020304"), 2).toByteArray()))
        .isEqualTo("0102");
  }

  @Test
  void growsAndResets() {
    WireWriter w = new WireWriter(16);
    for (int i = 0; i < 100; i++) {
      w.i64(i);
    }
    assertThat(w.size()).isEqualTo(800);
    assertThat(w.reset().size()).isZero();
  }

  @Test
  void numbersRoundTripThroughTheReader() {
    byte[] b =
        new WireWriter()
            .i8(-5)
            .u16(65535)
            .i32(-2)
            .u64(-1L)
            .f32(1.5f)
            .f64(-0.0)
            .time(1_700_000_000_123L)
            .toByteArray();
    WireReader r = WireReader.of(b, -1);
    assertThat(r.i8(0, "a")).isEqualTo(-5);
    assertThat(r.u16(1, "b")).isEqualTo(65535);
    assertThat(r.i32(3, "c")).isEqualTo(-2);
    assertThat(Long.toUnsignedString(r.u64(7, "d"))).isEqualTo("18446744073709551615");
    assertThat(r.f32(15, "e")).isEqualTo(1.5f);
    assertThat(Double.doubleToRawLongBits(r.f64(19, "f")))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(r.time(27, "g")).isEqualTo(1_700_000_000_123L);
  }
}
