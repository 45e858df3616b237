package io.github.jmt5.cli.output;

/** The classic 16-bytes-a-line dump: offset, hex bytes, printable ASCII. */
public final class HexDump {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private HexDump() {}

  /**
   * {@return lines prefixed with {@code indent}, each ending with a newline; empty for no bytes}
   *
   * @param data the bytes, 16 per line
   * @param indent prefix of every line
   */
  public static String dump(byte[] data, String indent) {
    StringBuilder sb = new StringBuilder(data.length * 4 + 16);
    for (int line = 0; line < data.length; line += 16) {
      sb.append(indent);
      String offset = Integer.toHexString(line);
      sb.append("0".repeat(Math.max(0, 6 - offset.length()))).append(offset).append("  ");
      for (int i = 0; i < 16; i++) {
        if (line + i < data.length) {
          int b = data[line + i] & 0xff;
          sb.append(DIGITS[b >>> 4]).append(DIGITS[b & 0xf]).append(' ');
        } else {
          sb.append("   ");
        }
        if (i == 7) {
          sb.append(' ');
        }
      }
      sb.append(" |");
      for (int i = line; i < Math.min(line + 16, data.length); i++) {
        int b = data[i] & 0xff;
        sb.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
      }
      sb.append("|\n");
    }
    return sb.toString();
  }
}
