package io.github.jmt5.protocol.wire;

import java.util.Arrays;

/**
 * Appends little-endian values to a growing buffer. Fixed text and byte fields are cut or zero
 * padded to their size, so a record always has its layout's length.
 *
 * <p>Not thread-safe. {@link #reset()} makes an instance reusable for the next message.
 */
public final class WireWriter {
  private byte[] buf;
  private int pos;

  /** A writer with room for 256 bytes; it grows as needed. */
  public WireWriter() {
    this(256);
  }

  /**
   * A writer with room for {@code initialCapacity} bytes (at least 16); it grows as needed.
   *
   * @param initialCapacity expected body size in bytes
   */
  public WireWriter(int initialCapacity) {
    buf = new byte[Math.max(16, initialCapacity)];
  }

  /** {@return bytes written so far} */
  public int size() {
    return pos;
  }

  /**
   * Empties the writer for reuse, keeping its buffer.
   *
   * @return this writer
   */
  public WireWriter reset() {
    pos = 0;
    return this;
  }

  /** {@return a copy of what was written} */
  public byte[] toByteArray() {
    return Arrays.copyOf(buf, pos);
  }

  /** {@return the internal buffer; valid up to {@link #size()} until the next write} */
  public byte[] buffer() {
    return buf;
  }

  private void ensure(int n) {
    if (pos + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
    }
  }

  /**
   * Appends a signed 8-bit value (the low byte of {@code v}).
   *
   * @param v the value
   * @return this writer
   */
  public WireWriter i8(int v) {
    ensure(1);
    buf[pos++] = (byte) v;
    return this;
  }

  /**
   * Appends an unsigned 8-bit value (the low byte of {@code v}).
   *
   * @param v the value, 0..255
   * @return this writer
   */
  public WireWriter u8(int v) {
    return i8(v);
  }

  /**
   * Appends a signed 16-bit little-endian value (the low 16 bits of {@code v}).
   *
   * @param v the value
   * @return this writer
   */
  public WireWriter i16(int v) {
    ensure(2);
    buf[pos++] = (byte) v;
    buf[pos++] = (byte) (v >>> 8);
    return this;
  }

  /**
   * Appends an unsigned 16-bit little-endian value (the low 16 bits of {@code v}).
   *
   * @param v the value, 0..65535
   * @return this writer
   */
  public WireWriter u16(int v) {
    return i16(v);
  }

  /**
   * Appends a signed 32-bit little-endian value.
   *
   * @param v the value
   * @return this writer
   */
  public WireWriter i32(int v) {
    ensure(4);
    buf[pos++] = (byte) v;
    buf[pos++] = (byte) (v >>> 8);
    buf[pos++] = (byte) (v >>> 16);
    buf[pos++] = (byte) (v >>> 24);
    return this;
  }

  /**
   * Appends an unsigned 32-bit little-endian value given as its raw bits.
   *
   * @param v the raw 32 bits
   * @return this writer
   */
  public WireWriter u32(int v) {
    return i32(v);
  }

  /**
   * Appends a signed 64-bit little-endian value.
   *
   * @param v the value
   * @return this writer
   */
  public WireWriter i64(long v) {
    ensure(8);
    for (int i = 0; i < 8; i++) {
      buf[pos++] = (byte) (v >>> (8 * i));
    }
    return this;
  }

  /**
   * Appends an unsigned 64-bit little-endian value given as its raw bits.
   *
   * @param v the raw 64 bits
   * @return this writer
   */
  public WireWriter u64(long v) {
    return i64(v);
  }

  /**
   * Appends an IEEE-754 binary32 value, little-endian.
   *
   * @param v the value
   * @return this writer
   */
  public WireWriter f32(float v) {
    return i32(Float.floatToRawIntBits(v));
  }

  /**
   * Appends an IEEE-754 binary64 value, little-endian.
   *
   * @param v the value
   * @return this writer
   */
  public WireWriter f64(double v) {
    return i64(Double.doubleToRawLongBits(v));
  }

  /**
   * Appends Unix milliseconds as an 8-byte FILETIME.
   *
   * @param unixMs Unix milliseconds
   * @return this writer
   */
  public WireWriter time(long unixMs) {
    return i64(FileTime.fromUnixMillis(unixMs));
  }

  /**
   * Appends {@code s} as UTF-16LE, cut to {@code size / 2} code units, zero padded to {@code size}
   * bytes. Takes a {@link CharSequence} so a password can be written from a wrapped {@code char[]}
   * without a String.
   *
   * @param s the text
   * @param size field size in bytes
   * @return this writer
   */
  public WireWriter utf16(CharSequence s, int size) {
    ensure(size);
    int units = Math.min(s.length(), size / 2);
    for (int i = 0; i < units; i++) {
      char c = s.charAt(i);
      buf[pos + 2 * i] = (byte) c;
      buf[pos + 2 * i + 1] = (byte) (c >>> 8);
    }
    Arrays.fill(buf, pos + 2 * units, pos + size, (byte) 0);
    pos += size;
    return this;
  }

  /**
   * Appends the low byte of each character, cut to {@code size}, zero padded.
   *
   * @param s the text
   * @param size field size in bytes
   * @return this writer
   */
  public WireWriter ascii(String s, int size) {
    ensure(size);
    int n = Math.min(s.length(), size);
    for (int i = 0; i < n; i++) {
      buf[pos + i] = (byte) s.charAt(i);
    }
    Arrays.fill(buf, pos + n, pos + size, (byte) 0);
    pos += size;
    return this;
  }

  /**
   * Appends {@code b} cut or zero padded to exactly {@code size} bytes.
   *
   * @param b the bytes
   * @param size field size in bytes
   * @return this writer
   */
  public WireWriter bytes(Bytes b, int size) {
    ensure(size);
    int n = Math.min(b.length(), size);
    for (int i = 0; i < n; i++) {
      buf[pos + i] = b.get(i);
    }
    Arrays.fill(buf, pos + n, pos + size, (byte) 0);
    pos += size;
    return this;
  }

  /**
   * Appends all of {@code b}, for a trailing variable-length part.
   *
   * @param b the bytes
   * @return this writer
   */
  public WireWriter bytes(Bytes b) {
    return bytes(b, b.length());
  }

  /**
   * Appends all of {@code b}.
   *
   * @param b the bytes
   * @return this writer
   */
  public WireWriter raw(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, pos, b.length);
    pos += b.length;
    return this;
  }

  /**
   * Appends {@code n} zero bytes.
   *
   * @param n how many, at least 0
   * @return this writer
   */
  public WireWriter zeros(int n) {
    ensure(n);
    Arrays.fill(buf, pos, pos + n, (byte) 0);
    pos += n;
    return this;
  }
}
