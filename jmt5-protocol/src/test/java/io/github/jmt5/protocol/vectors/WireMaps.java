package io.github.jmt5.protocol.vectors;

import io.github.jmt5.protocol.command.GenericDecoder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/** Test helpers over {@link GenericDecoder}, which turns typed messages into wire-named maps. */
final class WireMaps {
  private WireMaps() {}

  static Object toWire(Object value) {
    return GenericDecoder.toWire(value);
  }

  static Object get(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(e);
    }
  }

  static String snake(String camel) {
    return GenericDecoder.snake(camel);
  }
}
