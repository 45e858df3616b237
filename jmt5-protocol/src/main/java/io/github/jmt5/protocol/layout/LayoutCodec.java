package io.github.jmt5.protocol.layout;

import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Generic, layout-driven encoding and decoding to ordered {@code name -> value} maps. Slow by
 * design (it boxes every value); it serves tools such as the protocol debugger, tests and
 * debug-mode validation. The typed codecs of the message records are the fast path.
 *
 * <p>Value types: i8, i16, i32, u8, u16 as {@link Integer}; u32, i64 and time (Unix ms) as {@link
 * Long}; u64 as an unsigned {@link BigInteger}; f32 as {@link Float}; f64 as {@link Double}; text
 * as {@link String}; raw bytes as {@link Bytes}; nested records as maps and arrays as lists.
 */
public final class LayoutCodec {
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  private LayoutCodec() {}

  /**
   * Decodes one record at {@code offset}, expanding nested records and arrays.
   *
   * @param layout the record's layout
   * @param in reader over the body
   * @param offset byte offset of the record in the body
   * @return field name to value, in layout order
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static Map<String, Object> decode(Layout layout, WireReader in, int offset) {
    return decode(layout, in, offset, true);
  }

  /**
   * Decodes one record at {@code offset}.
   *
   * @param expandNested false to return nested parts as raw {@link Bytes}, as the flat layout sees
   *     them
   * @param layout the record's layout
   * @param in reader over the body
   * @param offset byte offset of the record in the body
   * @return field name to value, in layout order
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static Map<String, Object> decode(
      Layout layout, WireReader in, int offset, boolean expandNested) {
    in.require(offset, layout.size(), layout.name());
    Map<String, Object> out = new LinkedHashMap<>();
    for (Field f : layout.fields()) {
      out.put(f.name(), decodeField(f, in, offset + f.offset(), expandNested));
    }
    return out;
  }

  private static Object decodeField(Field f, WireReader in, int off, boolean expandNested) {
    Layout element = f.element();
    if (element != null && expandNested) {
      if (f.repeat() == 1 && !f.isScalarArray()) {
        return decode(element, in, off, true);
      }
      List<Object> list = new ArrayList<>(f.repeat());
      for (int i = 0; i < f.repeat(); i++) {
        int at = off + i * element.size();
        list.add(
            f.isScalarArray()
                ? decodeField(element.fields().get(0), in, at, true)
                : decode(element, in, at, true));
      }
      return list;
    }
    String n = f.name();
    return switch (f.type()) {
      case I8 -> in.i8(off, n);
      case U8 -> in.u8(off, n);
      case I16 -> in.i16(off, n);
      case U16 -> in.u16(off, n);
      case I32 -> in.i32(off, n);
      case U32 -> Integer.toUnsignedLong(in.u32(off, n));
      case I64 -> in.i64(off, n);
      case U64 -> unsigned(in.u64(off, n));
      case F32 -> in.f32(off, n);
      case F64 -> in.f64(off, n);
      case TIME -> in.time(off, n);
      case UTF16 -> in.utf16(off, f.size(), n);
      case ASCII -> in.ascii(off, f.size(), n);
      case BYTES -> in.bytes(off, f.size(), n);
    };
  }

  /**
   * {@return the unsigned value of 64 raw bits}
   *
   * @param bits the raw bits of a u64 field
   */
  public static BigInteger unsigned(long bits) {
    BigInteger v = BigInteger.valueOf(bits);
    return bits >= 0 ? v : v.add(TWO_64);
  }

  /**
   * Encodes {@code values} with {@code layout}. Missing fields are written as zeros; numbers may be
   * any {@link Number} (or a decimal string for 64-bit values); text fields take strings; byte
   * fields take {@link Bytes} or hex strings; nested fields take maps, lists or {@link Bytes}.
   *
   * @param layout the record's layout
   * @param values field name to value
   * @param out writer the record is appended to, exactly {@code layout.size()} bytes
   * @throws IllegalArgumentException for a value of the wrong kind
   */
  public static void encode(Layout layout, Map<String, ?> values, WireWriter out) {
    for (Field f : layout.fields()) {
      encodeField(f, values.get(f.name()), out);
    }
  }

  private static void encodeField(Field f, @Nullable Object value, WireWriter out) {
    if (value == null) {
      out.zeros(f.size());
      return;
    }
    Layout element = f.element();
    if (element != null && !(value instanceof Bytes) && !(value instanceof String)) {
      encodeNested(f, element, value, out);
      return;
    }
    switch (f.type()) {
      case I8, U8 -> out.i8((int) number(f, value));
      case I16, U16 -> out.i16((int) number(f, value));
      case I32, U32 -> out.i32((int) number(f, value));
      case I64, U64 -> out.i64(number(f, value));
      case TIME -> out.time(number(f, value));
      case F32 -> out.f32(((Number) value).floatValue());
      case F64 -> out.f64(((Number) value).doubleValue());
      case UTF16 -> out.utf16(text(f, value), f.size());
      case ASCII -> out.ascii(text(f, value), f.size());
      case BYTES ->
          out.bytes(value instanceof Bytes b ? b : Bytes.fromHex(text(f, value)), f.size());
    }
  }

  private static void encodeNested(Field f, Layout element, Object value, WireWriter out) {
    List<?> items = value instanceof List<?> l ? l : List.of(value);
    if (items.size() != f.repeat()) {
      throw new IllegalArgumentException(
          f.name() + " needs " + f.repeat() + " elements, got " + items.size());
    }
    for (Object item : items) {
      if (f.isScalarArray()) {
        encodeField(element.fields().get(0), item, out);
      } else if (item instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, ?> fields = (Map<String, ?>) m;
        encode(element, fields, out);
      } else {
        throw new IllegalArgumentException(f.name() + " elements must be maps");
      }
    }
  }

  private static long number(Field f, Object value) {
    if (value instanceof BigInteger b) {
      return b.longValue();
    }
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s) {
      return new BigInteger(s).longValue();
    }
    throw new IllegalArgumentException(f.name() + " needs a number, got " + value.getClass());
  }

  private static String text(Field f, Object value) {
    if (value instanceof String s) {
      return s;
    }
    throw new IllegalArgumentException(f.name() + " needs a string, got " + value.getClass());
  }
}
