package io.github.jmt5.protocol.message;

import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/** Small codec helpers shared by the message records. */
public final class Wire {
  private Wire() {}

  /**
   * {@return {@code n} consecutive f64 values from {@code off}}
   *
   * @param r reader over the body
   * @param off byte offset of the first value
   * @param n how many values
   * @param field field name, for error messages
   */
  public static List<Double> doubles(WireReader r, int off, int n, String field) {
    Double[] values = new Double[n];
    for (int i = 0; i < n; i++) {
      values[i] = r.f64(off + 8 * i, field);
    }
    return List.of(values);
  }

  /**
   * Appends every value as a little-endian f64.
   *
   * @param w the writer
   * @param values the values, in order
   */
  public static void writeDoubles(WireWriter w, List<Double> values) {
    for (double v : values) {
      w.f64(v);
    }
  }

  /**
   * {@return an immutable copy of {@code list}, which must have exactly {@code size} elements}
   *
   * @param <T> element type
   * @param list the list to copy
   * @param size the wire's fixed number of elements
   * @param name component name, for the error message
   * @throws IllegalArgumentException if {@code list} has another size
   */
  public static <T> List<T> fixedList(List<T> list, int size, String name) {
    if (list.size() != size) {
      throw new IllegalArgumentException(name + " needs " + size + " elements, got " + list.size());
    }
    return List.copyOf(list);
  }

  /**
   * Reads one fixed-size record at an offset.
   *
   * @param <T> the record type
   */
  @FunctionalInterface
  public interface RecordReader<T> {
    /**
     * {@return the record at {@code off}}
     *
     * @param r reader over the body
     * @param off byte offset of the record
     */
    T read(WireReader r, int off);
  }

  /**
   * Writes one record.
   *
   * @param <T> the record type
   */
  @FunctionalInterface
  public interface RecordWriter<T> {
    /**
     * Appends {@code value}.
     *
     * @param value the record to write
     * @param w the writer
     */
    void write(T value, WireWriter w);
  }

  /**
   * {@return a u32 count at {@code off} followed by that many {@code size}-byte records} The count
   * is checked against the bytes that follow before anything is allocated.
   *
   * @param <T> the record type
   * @param r reader over the body
   * @param off byte offset of the count
   * @param size size of one record in bytes
   * @param field field name, for error messages
   * @param reader reads one record
   * @throws io.github.jmt5.protocol.ProtocolException if the count does not fit the bytes that
   *     follow
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
   *
   * @param <T> the record type
   * @param r reader over the body
   * @param off byte offset of the first record
   * @param size size of one record in bytes
   * @param reader reads one record
   * @return the records, in wire order
   */
  public static <T> List<T> readUncounted(WireReader r, int off, int size, RecordReader<T> reader) {
    int n = r.remaining(off) / size;
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(reader.read(r, off + i * size));
    }
    return out;
  }

  /**
   * A u32 count followed by every element.
   *
   * @param <T> the record type
   * @param w the writer
   * @param items the records, in order
   * @param writer writes one record
   */
  public static <T> void writeCounted(WireWriter w, List<T> items, RecordWriter<T> writer) {
    w.u32(items.size());
    writeAll(w, items, writer);
  }

  /**
   * Appends every element back to back, without a count.
   *
   * @param <T> the record type
   * @param w the writer
   * @param items the records, in order
   * @param writer writes one record
   */
  public static <T> void writeAll(WireWriter w, List<T> items, RecordWriter<T> writer) {
    for (T item : items) {
      writer.write(item, w);
    }
  }

  /**
   * Encodes with a fresh writer.
   *
   * @param body appends the body to the writer it is given
   * @return the body bytes
   */
  public static byte[] encode(java.util.function.Consumer<WireWriter> body) {
    WireWriter w = new WireWriter();
    body.accept(w);
    return w.toByteArray();
  }
}
