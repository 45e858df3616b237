package io.github.jmt5.protocol.message;

import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
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
}
