package io.github.jmt5.protocol.wire;

import java.util.Arrays;

/**
 * An immutable byte string. Records hold this instead of {@code byte[]} so that they stay immutable
 * and compare by value.
 */
public final class Bytes {
  private static final Bytes EMPTY = new Bytes(new byte[0]);

  private final byte[] data;

  private Bytes(byte[] data) {
    this.data = data;
  }

  /**
   * {@return a copy of {@code data}}
   *
   * @param data the bytes to copy
   */
  public static Bytes of(byte[] data) {
    return data.length == 0 ? EMPTY : new Bytes(data.clone());
  }

  /**
   * {@return a copy of {@code length} bytes of {@code data} from {@code offset}}
   *
   * @param data array holding the bytes
   * @param offset where they start
   * @param length how many to copy
   */
  public static Bytes of(byte[] data, int offset, int length) {
    return length == 0 ? EMPTY : new Bytes(Arrays.copyOfRange(data, offset, offset + length));
  }

  /**
   * {@return {@code length} zero bytes}
   *
   * @param length how many bytes, at least 0
   */
  public static Bytes zeros(int length) {
    return length == 0 ? EMPTY : new Bytes(new byte[length]);
  }

  /** {@return the shared empty value} */
  public static Bytes empty() {
    return EMPTY;
  }

  /**
   * Parses lower- or upper-case hex.
   *
   * @param hex an even number of hex digits
   * @return the bytes
   * @throws IllegalArgumentException for an odd length or a character that is not a hex digit
   */
  public static Bytes fromHex(String hex) {
    return new Bytes(Hex.decode(hex));
  }

  /** Takes ownership of {@code data}; for decoders that have just allocated it. */
  static Bytes wrap(byte[] data) {
    return data.length == 0 ? EMPTY : new Bytes(data);
  }

  /** {@return the number of bytes} */
  public int length() {
    return data.length;
  }

  /**
   * {@return the byte at {@code index}}
   *
   * @param index 0 to {@code length() - 1}
   * @throws IndexOutOfBoundsException for any other index
   */
  public byte get(int index) {
    return data[index];
  }

  /** {@return true when every byte is zero (an unused blob or an empty fixed field)} */
  public boolean isZero() {
    for (byte b : data) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  /** {@return a copy of the bytes} */
  public byte[] toArray() {
    return data.clone();
  }

  /**
   * Copies the bytes into {@code target} at {@code offset}.
   *
   * @param target array the bytes are copied to
   * @param offset where they start in {@code target}
   */
  public void copyTo(byte[] target, int offset) {
    System.arraycopy(data, 0, target, offset, data.length);
  }

  /** {@return the bytes as lower-case hex} */
  public String hex() {
    return Hex.encode(data);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other && Arrays.equals(data, other.data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data);
  }

  /**
   * Length only: byte fields often hold credentials, so their content is never printed by default.
   */
  @Override
  public String toString() {
    return "Bytes[" + data.length + "]";
  }
}
