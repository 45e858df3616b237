package io.github.jmt5.protocol.frame;

import io.github.jmt5.protocol.ProtocolException;

/**
 * The 8-byte header of every message: u32 body length and u32 version (1). Receivers rely on the
 * WebSocket message boundary; a length that disagrees is reported, not fatal.
 */
public final class OuterFrame {
  /** Header size. */
  public static final int HEADER = 8;

  /** The only version there is. */
  public static final int VERSION = 1;

  private OuterFrame() {}

  /**
   * Where the body of a message lies, and what the header declared.
   *
   * @param bodyOffset first byte of the body
   * @param bodyLength bytes of body actually present
   * @param declaredLength body length the header declared
   * @param version version the header declared
   */
  public record Unwrapped(int bodyOffset, int bodyLength, long declaredLength, int version) {
    /** {@return true when the header agrees with the message} */
    public boolean consistent() {
      return declaredLength == bodyLength && version == VERSION;
    }
  }

  /**
   * {@return header plus body}
   *
   * @param body the ciphertext
   */
  public static byte[] wrap(byte[] body) {
    byte[] out = new byte[HEADER + body.length];
    putInt(out, 0, body.length);
    putInt(out, 4, VERSION);
    System.arraycopy(body, 0, out, HEADER, body.length);
    return out;
  }

  /**
   * Finds the body of a message.
   *
   * @param message the whole WebSocket message
   * @return where the body starts and how long the header says it is
   * @throws ProtocolException for a message shorter than the header
   */
  public static Unwrapped unwrap(byte[] message) {
    if (message.length < HEADER) {
      throw new ProtocolException(
          "message of " + message.length + " bytes is shorter than its 8-byte header", null);
    }
    long declared = Integer.toUnsignedLong(getInt(message, 0));
    return new Unwrapped(HEADER, message.length - HEADER, declared, getInt(message, 4));
  }

  static void putInt(byte[] b, int off, int v) {
    b[off] = (byte) v;
    b[off + 1] = (byte) (v >>> 8);
    b[off + 2] = (byte) (v >>> 16);
    b[off + 3] = (byte) (v >>> 24);
  }

  static int getInt(byte[] b, int off) {
    return (b[off] & 0xff)
        | (b[off + 1] & 0xff) << 8
        | (b[off + 2] & 0xff) << 16
        | (b[off + 3] & 0xff) << 24;
  }
}
