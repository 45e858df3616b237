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
  /**
   * Decodes a whole body.
   *
   * @param r reader over the whole body; its command id is used in error messages
   * @return the typed message
   * @throws io.github.jmt5.protocol.ProtocolException if the body is truncated or malformed
   */
  T decode(WireReader r);

  /**
   * Appends the body of {@code value}.
   *
   * @param value the message to encode
   * @param w writer the body bytes are appended to
   */
  void encode(T value, WireWriter w);

  /** {@return the Java type produced} */
  Class<T> type();

  /**
   * Encodes with a fresh writer.
   *
   * @param value the message to encode
   * @return the encoded body, a new array
   */
  default byte[] encode(T value) {
    WireWriter w = new WireWriter();
    encode(value, w);
    return w.toByteArray();
  }

  /**
   * Decodes all of {@code body}.
   *
   * @param body the whole body
   * @param command command id, for error messages
   * @return the typed message
   * @throws io.github.jmt5.protocol.ProtocolException if the body is truncated or malformed
   */
  default T decode(byte[] body, int command) {
    return decode(WireReader.of(body, command));
  }

  /**
   * A codec from a decoding and an encoding function.
   *
   * @param <T> the typed message
   * @param type the class of the typed message, for tools and error messages
   * @param decoder reads a whole body
   * @param encoder appends the body of a message
   * @return a new codec
   */
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
