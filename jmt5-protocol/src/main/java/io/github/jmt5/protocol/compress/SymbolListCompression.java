package io.github.jmt5.protocol.compress;

import io.github.jmt5.protocol.ProtocolException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The cmd 34 body: a u32 (the uncompressed length, not trusted) followed by the complete cmd 6 body
 * compressed with a zlib or a gzip wrapper, detected from the first bytes.
 *
 * <p>Inflation stops with a {@link ProtocolException} as soon as the output would exceed the limit,
 * so a zip bomb costs at most {@code limit} bytes of memory.
 */
public final class SymbolListCompression {
  /** Default limit on the inflated size: 64 MiB, far above 10,000 symbols (about 5 MiB). */
  public static final int DEFAULT_LIMIT = 64 << 20;

  private static final int COMMAND = 34;
  private static final int GZIP_HEADER = 10;

  private SymbolListCompression() {}

  /**
   * Inflates with {@link #DEFAULT_LIMIT}.
   *
   * @param body the whole cmd 34 body
   * @return the inflated cmd 6 body
   * @throws io.github.jmt5.protocol.ProtocolException if the stream is damaged or inflates beyond
   *     the limit
   */
  public static byte[] inflate(byte[] body) {
    return inflate(body, 0, body.length, DEFAULT_LIMIT);
  }

  /**
   * Inflates {@code length} bytes of a cmd 34 body at {@code offset}.
   *
   * @param limit the largest inflated size accepted, in bytes
   * @param body array holding the cmd 34 body
   * @param offset where the body starts in {@code body}
   * @param length body length in bytes; at least 6
   * @return the inflated cmd 6 body
   * @throws io.github.jmt5.protocol.ProtocolException if the body is too short, the stream is
   *     damaged or it inflates beyond {@code limit}
   */
  public static byte[] inflate(byte[] body, int offset, int length, int limit) {
    if (length < 6) {
      throw new ProtocolException(
          COMMAND, "stream", 4, "compressed symbol list is too short: " + length);
    }
    int declared = ByteBuffer.wrap(body, offset, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    int start = offset + 4;
    int end = offset + length;
    int b0 = body[start] & 0xff;
    int b1 = body[start + 1] & 0xff;
    boolean gzip = b0 == 0x1f && b1 == 0x8b;
    if (gzip) {
      start += gzipHeaderLength(body, start, end);
    } else if (b0 != 0x78) {
      throw new ProtocolException(COMMAND, "stream", 4, "neither a zlib nor a gzip stream");
    }
    int hint = declared > 0 && declared <= limit ? declared : Math.min(limit, 1 << 16);
    Inflater inflater = new Inflater(gzip);
    try {
      inflater.setInput(body, start, end - start);
      return drain(inflater, hint, limit);
    } catch (DataFormatException e) {
      throw new ProtocolException(COMMAND, "stream", 4, "corrupt compressed symbol list", e);
    } finally {
      inflater.end();
    }
  }

  private static byte[] drain(Inflater inflater, int hint, int limit) throws DataFormatException {
    byte[] out = new byte[Math.max(64, hint)];
    int n = 0;
    while (!inflater.finished()) {
      if (n == out.length) {
        if (out.length >= limit) {
          throw new ProtocolException(
              COMMAND,
              "stream",
              4,
              "inflated symbol list exceeds the limit of " + limit + " bytes");
        }
        out = java.util.Arrays.copyOf(out, (int) Math.min(limit, 2L * out.length));
      }
      int got = inflater.inflate(out, n, out.length - n);
      if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
        throw new ProtocolException(COMMAND, "stream", 4, "compressed symbol list is truncated");
      }
      n += got;
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /** Length of the gzip member header (RFC 1952), so the raw deflate data can follow. */
  private static int gzipHeaderLength(byte[] b, int start, int end) {
    if (end - start < GZIP_HEADER || (b[start + 2] & 0xff) != 8) {
      throw new ProtocolException(COMMAND, "stream", 4, "bad gzip header");
    }
    int flags = b[start + 3] & 0xff;
    int p = start + GZIP_HEADER;
    if ((flags & 4) != 0) {
      if (p + 2 > end) {
        throw new ProtocolException(COMMAND, "stream", 4, "bad gzip header");
      }
      p += 2 + ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
    }
    for (int bit : new int[] {8, 16}) {
      if ((flags & bit) != 0) {
        while (p < end && b[p] != 0) {
          p++;
        }
        p++;
      }
    }
    if ((flags & 2) != 0) {
      p += 2;
    }
    if (p >= end) {
      throw new ProtocolException(COMMAND, "stream", 4, "bad gzip header");
    }
    return p - start;
  }

  /**
   * Builds a cmd 34 body from a cmd 6 body: length prefix plus a zlib stream (what servers send).
   *
   * @param symbolListBody an uncompressed cmd 6 body
   * @return the cmd 34 body
   */
  public static byte[] deflate(byte[] symbolListBody) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try {
      deflater.setInput(symbolListBody);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(symbolListBody.length / 4 + 64);
      byte[] len =
          ByteBuffer.allocate(4)
              .order(ByteOrder.LITTLE_ENDIAN)
              .putInt(symbolListBody.length)
              .array();
      out.write(len, 0, 4);
      byte[] chunk = new byte[8192];
      while (!deflater.finished()) {
        int n = deflater.deflate(chunk);
        out.write(chunk, 0, n);
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
