package io.github.jmt5.protocol.command;

import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Decodes and encodes one kind of payload or body.
 *
 * @param <T> the typed message
 */
public interface BodyCodec<T> {
  /** Decodes a whole body. */
  T decode(WireReader r);

  /** Appends the body of {@code value}. */
  void encode(T value, WireWriter w);

  /** The Java type produced. */
  Class<T> type();

  /** Encodes with a fresh writer. */
  default byte[] encode(T value) {
    WireWriter w = new WireWriter();
    encode(value, w);
    return w.toByteArray();
  }

  /** Decodes all of {@code body}. */
  default T decode(byte[] body, int command) {
    return decode(WireReader.of(body, command));
  }

  static <T> BodyCodec<T> of(
      Class<T> type, Function<WireReader, T> decoder, BiConsumer<T, WireWriter> encoder) {
    return new BodyCodec<>() {
      @Override
      public T decode(WireReader r) {
        return decoder.apply(r);
      }

      @Override
      public void encode(T value, WireWriter w) {
        encoder.accept(value, w);
      }

      @Override
      public Class<T> type() {
        return type;
      }

      @Override
      public String toString() {
        return "BodyCodec[" + type.getSimpleName() + "]";
      }
    };
  }
}
