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

  /** A strict reader over all of {@code body}. */
  public static WireReader of(byte[] body, int command) {
    return of(body, 0, body.length, command);
  }

  /** A strict reader over {@code length} bytes of {@code data} from {@code offset}. */
  public static WireReader of(byte[] data, int offset, int length, int command) {
    if (offset < 0 || length < 0 || offset + length > data.length) {
      throw new IllegalArgumentException("range outside the array");
    }
    return new WireReader(
        ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN), offset, length, command, false);
  }

  /** A strict reader over the remaining bytes of {@code body}; its position is left unchanged. */
  public static WireReader of(ByteBuffer body, int command) {
    ByteBuffer view = body.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    return new WireReader(view, body.position(), body.remaining(), command, false);
  }

  /** The same bytes read leniently: short input yields defaults instead of exceptions. */
  public WireReader lenient() {
    return new WireReader(buf, start, length, command, true);
  }

  /**
   * A reader over {@code length} bytes from {@code offset}, for a nested part with its own bounds.
   */
  public WireReader slice(int offset, int length, String field) {
    require(offset, length, field);
    return new WireReader(buf, start + offset, length, command, lenient);
  }

  public int length() {
    return length;
  }

  public int command() {
    return command;
  }

  public boolean isLenient() {
    return lenient;
  }

  /** Bytes left after {@code offset}, never negative. */
  public int remaining(int offset) {
    return Math.max(0, length - offset);
  }

  /** Offset where a lenient read first ran past the end, or -1. */
  public int shortAt() {
    return shortAt;
  }

  /** Field whose read first ran past the end, or an empty string. */
  public String shortField() {
    return shortField;
  }

  /**
   * Checks that {@code size} bytes exist at {@code offset}; in lenient mode answers false instead
   * of throwing.
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

  public int i8(int off, String field) {
    return require(off, 1, field) ? buf.get(start + off) : 0;
  }

  public int u8(int off, String field) {
    return require(off, 1, field) ? buf.get(start + off) & 0xff : 0;
  }

  public int i16(int off, String field) {
    return require(off, 2, field) ? buf.getShort(start + off) : 0;
  }

  public int u16(int off, String field) {
    return require(off, 2, field) ? buf.getShort(start + off) & 0xffff : 0;
  }

  public int i32(int off, String field) {
    return require(off, 4, field) ? buf.getInt(start + off) : 0;
  }

  /** The raw 32 bits of an unsigned value; use {@link Integer#toUnsignedLong} for its magnitude. */
  public int u32(int off, String field) {
    return i32(off, field);
  }

  public long i64(int off, String field) {
    return require(off, 8, field) ? buf.getLong(start + off) : 0L;
  }

  /** The raw 64 bits of an unsigned value; use {@link Long#toUnsignedString} to print it. */
  public long u64(int off, String field) {
    return i64(off, field);
  }

  public float f32(int off, String field) {
    return require(off, 4, field) ? buf.getFloat(start + off) : 0f;
  }

  public double f64(int off, String field) {
    return require(off, 8, field) ? buf.getDouble(start + off) : 0d;
  }

  /** A FILETIME as Unix milliseconds. */
  public long time(int off, String field) {
    return require(off, 8, field) ? FileTime.toUnixMillis(buf.getLong(start + off)) : 0L;
  }

  /** UTF-16LE text in a field of {@code size} bytes, up to the first NUL unit. */
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

  /** One byte per character (Latin-1) in a field of {@code size} bytes, up to the first NUL. */
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

  /** {@code size} raw bytes. */
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
   */
  public int count(int off, int elementSize, String field) {
    if (!require(off, 4, field)) {
      return 0;
    }
    long n = Integer.toUnsignedLong(buf.getInt(start + off));
    return checkCount(n, off + 4, elementSize, field);
  }

  /** Checks a count that was read from elsewhere (an i32 count, or a count inside a header). */
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
