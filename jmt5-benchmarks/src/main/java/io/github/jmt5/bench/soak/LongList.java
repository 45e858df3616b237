package io.github.jmt5.bench.soak;

import java.util.Arrays;

/** A growable list of {@code long}s (tickets), compact so it hardly shows in the heap samples. */
final class LongList {
  private long[] values = new long[64];
  private int size;

  synchronized void add(long v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  synchronized long[] toArray() {
    return Arrays.copyOf(values, size);
  }

  synchronized int size() {
    return size;
  }
}
