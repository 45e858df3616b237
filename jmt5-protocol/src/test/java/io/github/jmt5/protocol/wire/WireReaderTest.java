package io.github.jmt5.protocol.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.protocol.ProtocolException;
import org.junit.jupiter.api.Test;

class WireReaderTest {
  @Test
  void readsLittleEndianAtAbsoluteOffsets() {
    byte[] b = Hex.decode("0100000002000000ffffffff");
    WireReader r = WireReader.of(b, 3);
    assertThat(r.u32(4, "x")).isEqualTo(2);
    assertThat(Integer.toUnsignedLong(r.u32(8, "x"))).isEqualTo(4294967295L);
    assertThat(r.i32(8, "x")).isEqualTo(-1);
    assertThat(r.u16(8, "x")).isEqualTo(65535);
    assertThat(r.i8(8, "x")).isEqualTo(-1);
    assertThat(r.u8(8, "x")).isEqualTo(255);
  }

  @Test
  void strictReadPastTheEndNamesCommandFieldAndOffset() {
    WireReader r = WireReader.of(new byte[10], 28);
    assertThatThrownBy(() -> r.u64(4, "session"))
        .isInstanceOfSatisfying(
            ProtocolException.class,
            e -> {
              assertThat(e.command()).isEqualTo(28);
              assertThat(e.field()).isEqualTo("session");
              assertThat(e.offset()).isEqualTo(4);
              assertThat(e.getMessage()).contains("needs 8 bytes but 6 remain", "28 login");
            });
  }

  @Test
  void lenientReadsGiveDefaultsAndRememberWhereInputRanShort() {
    WireReader r = WireReader.of(Hex.decode("41004200"), 6).lenient();
    assertThat(r.utf16(0, 4, "a")).isEqualTo("AB");
    assertThat(r.utf16(4, 8, "b")).isEmpty();
    assertThat(r.f64(4, "c")).isZero();
    assertThat(r.bytes(4, 3, "d").length()).isEqualTo(3);
    assertThat(r.shortAt()).isEqualTo(4);
    assertThat(r.shortField()).isEqualTo("b");
  }

  @Test
  void utf16StopsAtFirstNulAndUsesWholeFieldWithoutTerminator() {
    assertThat(WireReader.of(Hex.decode("410000004200"), -1).utf16(0, 6, "s")).isEqualTo("A");
    assertThat(WireReader.of(Hex.decode("41004200"), -1).utf16(0, 4, "s")).isEqualTo("AB");
  }

  @Test
  void countsAreCheckedAgainstTheBytesThatFollow() {
    byte[] b = Hex.decode("02000000" + "00".repeat(7));
    WireReader r = WireReader.of(b, 9);
    assertThatThrownBy(() -> r.count(0, 4, "ids"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("count 2 of 4-byte elements exceeds the 7 bytes");
    assertThat(r.count(0, 3, "ids")).isEqualTo(2);
    assertThatThrownBy(() -> r.checkCount(-1, 4, 1, "n")).isInstanceOf(ProtocolException.class);
  }

  @Test
  void sliceHasItsOwnBounds() {
    WireReader r = WireReader.of(Hex.decode("0102030405"), -1);
    WireReader s = r.slice(1, 2, "part");
    assertThat(s.length()).isEqualTo(2);
    assertThat(s.u8(1, "x")).isEqualTo(3);
    assertThatThrownBy(() -> s.u8(2, "x")).isInstanceOf(ProtocolException.class);
    assertThatThrownBy(() -> r.slice(4, 2, "part")).isInstanceOf(ProtocolException.class);
  }

  @Test
  void readerOverByteBufferStartsAtItsPosition() {
    var buf = java.nio.ByteBuffer.wrap(Hex.decode("ff0700"));
    buf.position(1);
    assertThat(WireReader.of(buf, -1).u16(0, "x")).isEqualTo(7);
    assertThat(buf.position()).isEqualTo(1);
  }
}
