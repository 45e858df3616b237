package io.github.jmt5.protocol.wire;

/** Lower-case hex encoding, as used by saved credentials and captures. */
public final class Hex {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  /**
   * {@return {@code data} as lower-case hex, two digits per byte}
   *
   * @param data the bytes
   */
  public static String encode(byte[] data) {
    return encode(data, 0, data.length);
  }

  /**
   * {@return {@code length} bytes of {@code data} from {@code offset} as lower-case hex}
   *
   * @param data array holding the bytes
   * @param offset where they start
   * @param length how many bytes
   */
  public static String encode(byte[] data, int offset, int length) {
    char[] out = new char[length * 2];
    for (int i = 0; i < length; i++) {
      int b = data[offset + i] & 0xff;
      out[2 * i] = DIGITS[b >>> 4];
      out[2 * i + 1] = DIGITS[b & 0xf];
    }
    return new String(out);
  }

  /**
   * Decodes hex of either case.
   *
   * @param hex an even number of hex digits of either case
   * @return the bytes, a new array
   * @throws IllegalArgumentException for an odd length or a character that is not a hex digit
   */
  public static byte[] decode(CharSequence hex) {
    if (hex.length() % 2 != 0) {
      throw new IllegalArgumentException("hex string has odd length " + hex.length());
    }
    byte[] out = new byte[hex.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) ((digit(hex, 2 * i) << 4) | digit(hex, 2 * i + 1));
    }
    return out;
  }

  /**
   * {@return true when {@code s} is non-empty, of even length, and only hex digits}
   *
   * @param s any text
   */
  public static boolean isHex(CharSequence s) {
    if (s.length() == 0 || s.length() % 2 != 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int digit(CharSequence hex, int index) {
    int d = Character.digit(hex.charAt(index), 16);
    if (d < 0) {
      throw new IllegalArgumentException("not a hex digit at index " + index);
    }
    return d;
  }
}
