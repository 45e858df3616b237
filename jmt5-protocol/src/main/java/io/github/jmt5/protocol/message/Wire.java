package io.github.jmt5.protocol.message;

import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/** Small codec helpers shared by the message records. */
public final class Wire {
  private Wire() {}

  /** {@code n} consecutive f64 values from {@code off}. */
  public static List<Double> doubles(WireReader r, int off, int n, String field) {
    Double[] values = new Double[n];
    for (int i = 0; i < n; i++) {
      values[i] = r.f64(off + 8 * i, field);
    }
    return List.of(values);
  }

  public static void writeDoubles(WireWriter w, List<Double> values) {
    for (double v : values) {
      w.f64(v);
    }
  }

  /** An immutable copy of {@code list}, which must have exactly {@code size} elements. */
  public static <T> List<T> fixedList(List<T> list, int size, String name) {
    if (list.size() != size) {
      throw new IllegalArgumentException(name + " needs " + size + " elements, got " + list.size());
    }
    return List.copyOf(list);
  }

  /** Reads one fixed-size record at an offset. */
  @FunctionalInterface
  public interface RecordReader<T> {
    T read(WireReader r, int off);
  }

  /** Writes one record. */
  @FunctionalInterface
  public interface RecordWriter<T> {
    void write(T value, WireWriter w);
  }

  /**
   * A u32 count at {@code off} followed by that many {@code size}-byte records. The count is
   * checked against the bytes that follow before anything is allocated.
   */
  public static <T> List<T> readCounted(
      WireReader r, int off, int size, String field, RecordReader<T> reader) {
    int n = r.count(off, size, field);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(reader.read(r, off + 4 + i * size));
    }
    return out;
  }

  /**
   * Records of {@code size} bytes back to back from {@code off} to the end (a trailing partial
   * record is ignored).
   */
  public static <T> List<T> readUncounted(WireReader r, int off, int size, RecordReader<T> reader) {
    int n = r.remaining(off) / size;
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(reader.read(r, off + i * size));
    }
    return out;
  }

  /** A u32 count followed by every element. */
  public static <T> void writeCounted(WireWriter w, List<T> items, RecordWriter<T> writer) {
    w.u32(items.size());
    writeAll(w, items, writer);
  }

  public static <T> void writeAll(WireWriter w, List<T> items, RecordWriter<T> writer) {
    for (T item : items) {
      writer.write(item, w);
    }
  }

  /** Encodes with a fresh writer. */
  public static byte[] encode(java.util.function.Consumer<WireWriter> body) {
    WireWriter w = new WireWriter();
    body.accept(w);
    return w.toByteArray();
  }
}
