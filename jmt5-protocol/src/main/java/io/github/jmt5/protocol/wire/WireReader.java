package io.github.jmt5.protocol.wire;

import io.github.jmt5.protocol.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Bounds-checked little-endian reads at absolute offsets from the start of a body.
 *
 * <p>In strict mode (the default) a read past the end throws {@link ProtocolException} naming the
 * command, field and offset. In lenient mode it returns the type's default (0, empty string, zero
 * bytes) and remembers where input first ran short, like the web terminal's parser, which leaves
 * missing trailing fields undefined.
 *
 * <p>Not thread-safe; cheap to create per body.
 */
public final class WireReader {
  private final ByteBuffer buf;
  private final int start;
  private final int length;
  private final int command;
  private final boolean lenient;
  private int shortAt = -1;
  private String shortField = "";

  private WireReader(ByteBuffer buf, int start, int length, int command, boolean lenient) {
    this.buf = buf;
    this.start = start;
    this.length = length;
    this.command = command;
    this.lenient = lenient;
  }

  /**
   * {@return a strict reader over all of {@code body}}
   *
   * @param body the whole body
   * @param command command id, for error messages
   */
  public static WireReader of(byte[] body, int command) {
    return of(body, 0, body.length, command);
  }

  /**
   * {@return a strict reader over {@code length} bytes of {@code data} from {@code offset}}
   *
   * @param data array holding the body
   * @param offset where the body starts
   * @param length body length in bytes
   * @param command command id, for error messages
   * @throws IllegalArgumentException if the range lies outside {@code data}
   */
  public static WireReader of(byte[] data, int offset, int length, int command) {
    if (offset < 0 || length < 0 || offset + length > data.length) {
      throw new IllegalArgumentException("range outside the array");
    }
    return new WireReader(
        ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN), offset, length, command, false);
  }

  /**
   * {@return a strict reader over the remaining bytes of {@code body}; its position is left
   * unchanged}
   *
   * @param body the body; its position and limit bound the bytes read
   * @param command command id, for error messages
   */
  public static WireReader of(ByteBuffer body, int command) {
    ByteBuffer view = body.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    return new WireReader(view, body.position(), body.remaining(), command, false);
  }

  /** {@return the same bytes read leniently: short input yields defaults instead of exceptions} */
  public WireReader lenient() {
    return new WireReader(buf, start, length, command, true);
  }

  /**
   * {@return a reader over {@code length} bytes from {@code offset}, for a nested part with its own
   * bounds}
   *
   * @param offset where the part starts, relative to this reader
   * @param length the part's length in bytes
   * @param field the part's name, for error messages
   * @throws io.github.jmt5.protocol.ProtocolException if the part runs past the end
   */
  public WireReader slice(int offset, int length, String field) {
    require(offset, length, field);
    return new WireReader(buf, start + offset, length, command, lenient);
  }

  /** {@return the number of bytes this reader covers} */
  public int length() {
    return length;
  }

  /** {@return the command id used in error messages} */
  public int command() {
    return command;
  }

  /** {@return true when missing bytes read as zeros instead of throwing} */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * {@return bytes left after {@code offset}, never negative}
   *
   * @param offset byte offset, may be past the end
   */
  public int remaining(int offset) {
    return Math.max(0, length - offset);
  }

  /** {@return offset where a lenient read first ran past the end, or -1} */
  public int shortAt() {
    return shortAt;
  }

  /** {@return field whose read first ran past the end, or an empty string} */
  public String shortField() {
    return shortField;
  }

  /**
   * Checks that {@code size} bytes exist at {@code offset}; in lenient mode answers false instead
   * of throwing.
   *
   * @param offset byte offset
   * @param size number of bytes needed
   * @param field field name, for error messages
   * @return {@code true} when the bytes exist; {@code false} only in lenient mode
   * @throws io.github.jmt5.protocol.ProtocolException in strict mode when the bytes do not exist
   */
  public boolean require(int offset, int size, String field) {
    if (offset >= 0 && size >= 0 && size <= length - offset) {
      return true;
    }
    if (lenient) {
      if (shortAt < 0) {
        shortAt = offset;
        shortField = field;
      }
      return false;
    }
    throw new ProtocolException(
        command,
        field,
        offset,
        "truncated: needs " + size + " bytes but " + remaining(offset) + " remain of " + length);
  }

  /**
   * {@return the signed 8-bit value at {@code off}}
   *
   * @param off byte offset
   * @param field field name, for error messages
   * @throws io.github.jmt5.protocol.ProtocolException in strict mode when the bytes do not exist
   */
  public int i8(int off, String field) {
    return require(off, 1, field) ? buf.get(start + off) : 0;
  }

  /**
   * {@return the unsigned 8-bit value at {@code off}}
   *
   * @param off byte offset
   * @param field field name, for error messages
   * @throws io.github.jmt5.protocol.ProtocolException in strict mode when the bytes do not exist
   */
  public int u8(int off, String field) {
    return require(off, 1, field) ? buf.get(start + off) & 0xff : 0;
  }

  /**
   * {@return the signed 16-bit little-endian value at {@code off}}
   *
   * @param off byte offset
   * @param field field name, for error messages
   * @throws io.github.jmt5.protocol.ProtocolException in strict mode when the bytes do not exist
   */
  public int i16(int off, String field) {
    return require(off, 2, field) ? buf.getShort(start + off) : 0;
  }

  /**
   * {@return the unsigned 16-bit little-endian value at {@code off}}
   *
   * @param off byte offset
   * @param field field name, for error messages
   * @throws io.github.jmt5.protocol.ProtocolException in strict mode when the bytes do not exist
   */
  public int u16(int off, String field) {
    return require(off, 2, field) ? buf.getShort(start + off) & 0xffff : 0;
  }

  /**
   * {@return the signed 32-bit little-endian value at {@code off}}
   *
   * @param off byte offset
   * @param field field name, for error messages
   * @throws io.github.jmt5.protocol.ProtocolException in strict mode when the bytes do not exist
   */
  public int i32(int off, String field) {
    return require(off, 4, field) ? buf.getInt(start + off) : 0;
  }

  /**
   * {@return the raw 32 bits of an unsigned value; use {@link Integer#toUnsignedLong} for its
   * magnitude}
   *
   * @param off byte offset
   * @param field field name, for error messages
   */
  public int u32(int off, String field) {
    return i32(off, field);
  }

  /**
   * {@return the signed 64-bit little-endian value at {@code off}}
   *
   * @param off byte offset
   * @param field field name, for error messages
   * @throws io.github.jmt5.protocol.ProtocolException in strict mode when the bytes do not exist
   */
  public long i64(int off, String field) {
    return require(off, 8, field) ? buf.getLong(start + off) : 0L;
  }

  /**
   * {@return the raw 64 bits of an unsigned value; use {@link Long#toUnsignedString} to print it}
   *
   * @param off byte offset
   * @param field field name, for error messages
   */
  public long u64(int off, String field) {
    return i64(off, field);
  }

  /**
   * {@return the IEEE-754 binary32 value at {@code off}}
   *
   * @param off byte offset
   * @param field field name, for error messages
   * @throws io.github.jmt5.protocol.ProtocolException in strict mode when the bytes do not exist
   */
  public float f32(int off, String field) {
    return require(off, 4, field) ? buf.getFloat(start + off) : 0f;
  }

  /**
   * {@return the IEEE-754 binary64 value at {@code off}}
   *
   * @param off byte offset
   * @param field field name, for error messages
   * @throws io.github.jmt5.protocol.ProtocolException in strict mode when the bytes do not exist
   */
  public double f64(int off, String field) {
    return require(off, 8, field) ? buf.getDouble(start + off) : 0d;
  }

  /**
   * {@return a FILETIME as Unix milliseconds}
   *
   * @param off byte offset
   * @param field field name, for error messages
   */
  public long time(int off, String field) {
    return require(off, 8, field) ? FileTime.toUnixMillis(buf.getLong(start + off)) : 0L;
  }

  /**
   * {@return UTF-16LE text in a field of {@code size} bytes, up to the first NUL unit}
   *
   * @param off byte offset
   * @param size field size in bytes
   * @param field field name, for error messages
   */
  public String utf16(int off, int size, String field) {
    if (!require(off, size, field)) {
      return "";
    }
    int units = size / 2;
    int base = start + off;
    if (buf.hasArray()) {
      return utf16(buf.array(), buf.arrayOffset() + base, units);
    }
    int n = 0;
    while (n < units && buf.getChar(base + 2 * n) != 0) {
      n++;
    }
    if (n == 0) {
      return "";
    }
    char[] chars = new char[n];
    for (int i = 0; i < n; i++) {
      chars[i] = buf.getChar(base + 2 * i);
    }
    return new String(chars);
  }

  /**
   * Text of up to {@code units} UTF-16LE code units from {@code a[p]}, read from the array in one
   * pass; Latin-1 text (every high byte zero, the usual case for names and paths) is built from its
   * low bytes without a char array.
   */
  private static String utf16(byte[] a, int p, int units) {
    int n = 0;
    int high = 0;
    while (n < units) {
      int lo = a[p + 2 * n];
      int hi = a[p + 2 * n + 1];
      if ((lo | hi) == 0) {
        break;
      }
      high |= hi;
      n++;
    }
    if (n == 0) {
      return "";
    }
    if (high == 0) {
      byte[] latin1 = new byte[n];
      for (int i = 0; i < n; i++) {
        latin1[i] = a[p + 2 * i];
      }
      return new String(latin1, StandardCharsets.ISO_8859_1);
    }
    char[] chars = new char[n];
    for (int i = 0; i < n; i++) {
      chars[i] = (char) ((a[p + 2 * i] & 0xff) | (a[p + 2 * i + 1] & 0xff) << 8);
    }
    return new String(chars);
  }

  /**
   * {@return one byte per character (Latin-1) in a field of {@code size} bytes, up to the first
   * NUL}
   *
   * @param off byte offset
   * @param size field size in bytes
   * @param field field name, for error messages
   */
  public String ascii(int off, int size, String field) {
    if (!require(off, size, field)) {
      return "";
    }
    StringBuilder sb = new StringBuilder(size);
    for (int i = 0; i < size; i++) {
      int c = buf.get(start + off + i) & 0xff;
      if (c == 0) {
        break;
      }
      sb.append((char) c);
    }
    return sb.toString();
  }

  /**
   * {@return {@code size} raw bytes}
   *
   * @param off byte offset
   * @param size number of bytes
   * @param field field name, for error messages
   */
  public Bytes bytes(int off, int size, String field) {
    if (!require(off, size, field)) {
      return Bytes.zeros(Math.max(0, size));
    }
    byte[] out = new byte[size];
    buf.get(start + off, out, 0, size);
    return Bytes.wrap(out);
  }

  /**
   * Reads a u32 element count at {@code off} and checks that {@code count * elementSize} bytes
   * follow it, so no caller ever allocates for elements that are not there.
   *
   * @param elementSize the smallest possible size of one element, at least 1
   * @param off byte offset of the count
   * @param field field name, for error messages
   * @return the count
   * @throws io.github.jmt5.protocol.ProtocolException if the count or its elements do not fit
   */
  public int count(int off, int elementSize, String field) {
    if (!require(off, 4, field)) {
      return 0;
    }
    long n = Integer.toUnsignedLong(buf.getInt(start + off));
    return checkCount(n, off + 4, elementSize, field);
  }

  /**
   * Checks a count that was read from elsewhere (an i32 count, or a count inside a header).
   *
   * @param n the count
   * @param firstElementOffset byte offset of the first element
   * @param elementSize the smallest possible size of one element, at least 1
   * @param field field name, for error messages
   * @return the count, as an {@code int}
   * @throws io.github.jmt5.protocol.ProtocolException if the elements do not fit the bytes that
   *     follow
   */
  public int checkCount(long n, int firstElementOffset, int elementSize, String field) {
    long available = remaining(firstElementOffset);
    if (n < 0 || n * (long) Math.max(1, elementSize) > available) {
      if (lenient) {
        require(firstElementOffset, (int) Math.min(Integer.MAX_VALUE, n * elementSize), field);
        return (int) Math.min(n < 0 ? 0 : n, available / Math.max(1, elementSize));
      }
      throw new ProtocolException(
          command,
          field,
          firstElementOffset - 4,
          "count "
              + n
              + " of "
              + elementSize
              + "-byte elements exceeds the "
              + available
              + " bytes that follow");
    }
    return (int) n;
  }
}
