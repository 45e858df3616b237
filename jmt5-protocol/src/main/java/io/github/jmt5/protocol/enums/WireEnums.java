package io.github.jmt5.protocol.enums;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Lookup tables for {@link WireEnum} types, built once per type. */
final class WireEnums {
  private WireEnums() {}

  static <E extends Enum<E> & WireEnum> Map<Integer, E> index(E[] values) {
    Map<Integer, E> m = new HashMap<>(values.length * 2);
    for (E e : values) {
      if (m.put(e.value(), e) != null) {
        throw new IllegalStateException(
            "duplicate wire value " + e.value() + " in " + e.getDeclaringClass());
      }
    }
    return Map.copyOf(m);
  }

  static <E extends WireEnum> Optional<E> find(Map<Integer, E> index, int value) {
    return Optional.ofNullable(index.get(value));
  }

  static <E extends WireEnum> String describe(Map<Integer, E> index, int value) {
    E e = index.get(value);
    return e != null ? e.description() : "unknown (" + value + ")";
  }
}
