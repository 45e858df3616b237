package io.github.jmt5.protocol.layout;

import io.github.jmt5.protocol.wire.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fixed record layout: ordered fields with name, type, offset and size. Layouts are data: the
 * same constant drives the typed codec tests, the generic decoder used by tools, debug-mode schema
 * validation and the generated documentation tables.
 *
 * @param name record name as in the protocol documentation ({@code TICK}, {@code FULL_SYMBOL})
 * @param fields fields in wire order, packed without padding
 * @param size total bytes
 */
public record Layout(String name, List<Field> fields, int size) {

  /**
   * Checks that {@code name} is not null, copies {@code fields} into an unmodifiable list and
   * checks that the fields are packed back to back and add up to {@code size}.
   *
   * @param name record name as in the protocol documentation
   * @param fields fields in wire order, packed without padding
   * @param size total bytes
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException if the fields leave gaps or do not add up to {@code size}
   */
  public Layout {
    Objects.requireNonNull(name, "name");
    fields = List.copyOf(fields);
    int expected = 0;
    for (Field f : fields) {
      if (f.offset() != expected) {
        throw new IllegalArgumentException(name + "." + f.name() + " is not packed");
      }
      expected = f.end();
    }
    if (expected != size) {
      throw new IllegalArgumentException(name + " fields add up to " + expected + ", not " + size);
    }
  }

  /**
   * {@return a builder for a layout called {@code name}, fields laid out from offset 0}
   *
   * @param name the record's name as the protocol documentation spells it, e.g. {@code TICK}
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * {@return the field called {@code fieldName}}
   *
   * @param fieldName the field's wire name, e.g. {@code symbol_id}
   */
  public Optional<Field> field(String fieldName) {
    for (Field f : fields) {
      if (f.name().equals(fieldName)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the field that covers byte {@code offset}, for error messages}
   *
   * @param offset byte offset in the record
   */
  public Optional<Field> fieldAt(int offset) {
    for (Field f : fields) {
      if (offset >= f.offset() && offset < f.end()) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Builds a layout field by field; offsets are computed. */
  public static final class Builder {
    private final String name;
    private final List<Field> fields = new ArrayList<>();
    private int offset;

    private Builder(String name) {
      this.name = name;
    }

    private Builder add(String fieldName, FieldType type, int size) {
      fields.add(new Field(fieldName, type, offset, size, null, 0));
      offset += size;
      return this;
    }

    /**
     * This builder, with a signed 8-bit field appended.
     *
     * @param n the field's wire name
     * @return this builder
     */
    public Builder i8(String n) {
      return add(n, FieldType.I8, 1);
    }

    /**
     * This builder, with an unsigned 8-bit field appended.
     *
     * @param n the field's wire name
     * @return this builder
     */
    public Builder u8(String n) {
      return add(n, FieldType.U8, 1);
    }

    /**
     * This builder, with a signed 16-bit little-endian field appended.
     *
     * @param n the field's wire name
     * @return this builder
     */
    public Builder i16(String n) {
      return add(n, FieldType.I16, 2);
    }

    /**
     * This builder, with an unsigned 16-bit little-endian field appended.
     *
     * @param n the field's wire name
     * @return this builder
     */
    public Builder u16(String n) {
      return add(n, FieldType.U16, 2);
    }

    /**
     * This builder, with a signed 32-bit little-endian field appended.
     *
     * @param n the field's wire name
     * @return this builder
     */
    public Builder i32(String n) {
      return add(n, FieldType.I32, 4);
    }

    /**
     * This builder, with an unsigned 32-bit little-endian field appended.
     *
     * @param n the field's wire name
     * @return this builder
     */
    public Builder u32(String n) {
      return add(n, FieldType.U32, 4);
    }

    /**
     * This builder, with a signed 64-bit little-endian field appended.
     *
     * @param n the field's wire name
     * @return this builder
     */
    public Builder i64(String n) {
      return add(n, FieldType.I64, 8);
    }

    /**
     * This builder, with an unsigned 64-bit little-endian field appended.
     *
     * @param n the field's wire name
     * @return this builder
     */
    public Builder u64(String n) {
      return add(n, FieldType.U64, 8);
    }

    /**
     * This builder, with an IEEE-754 binary32 field appended.
     *
     * @param n the field's wire name
     * @return this builder
     */
    public Builder f32(String n) {
      return add(n, FieldType.F32, 4);
    }

    /**
     * This builder, with an IEEE-754 binary64 field appended.
     *
     * @param n the field's wire name
     * @return this builder
     */
    public Builder f64(String n) {
      return add(n, FieldType.F64, 8);
    }

    /**
     * This builder, with an 8-byte Windows FILETIME field appended.
     *
     * @param n the field's wire name
     * @return this builder
     */
    public Builder time(String n) {
      return add(n, FieldType.TIME, 8);
    }

    /**
     * UTF-16 text in {@code bytes} bytes (half as many characters).
     *
     * @param n the field's wire name
     * @param bytes field size in bytes, even
     * @return this builder
     */
    public Builder utf16(String n, int bytes) {
      return add(n, FieldType.UTF16, bytes);
    }

    /**
     * This builder, with one-byte-per-character text in {@code bytes} bytes appended.
     *
     * @param n the field's wire name
     * @param bytes field size in bytes
     * @return this builder
     */
    public Builder ascii(String n, int bytes) {
      return add(n, FieldType.ASCII, bytes);
    }

    /**
     * This builder, with {@code bytes} raw bytes appended.
     *
     * @param n the field's wire name
     * @param bytes field size in bytes
     * @return this builder
     */
    public Builder bytes(String n, int bytes) {
      return add(n, FieldType.BYTES, bytes);
    }

    /**
     * One nested record.
     *
     * @param n the field's wire name
     * @param element the nested record's layout
     * @return this builder
     */
    public Builder nested(String n, Layout element) {
      return nested(n, element, 1);
    }

    /**
     * {@code repeat} nested records back to back.
     *
     * @param n the field's wire name
     * @param element the nested record's layout
     * @param repeat how many records, at least 1
     * @return this builder
     */
    public Builder nested(String n, Layout element, int repeat) {
      int size = element.size() * repeat;
      fields.add(new Field(n, FieldType.BYTES, offset, size, element, repeat));
      offset += size;
      return this;
    }

    /**
     * {@code repeat} scalars of a fixed-size type back to back, decoded generically as a list.
     *
     * @param n the field's wire name
     * @param type a fixed-size scalar type
     * @param repeat how many values, at least 1
     * @return this builder
     */
    public Builder array(String n, FieldType type, int repeat) {
      Layout element =
          new Layout(
              name + "." + n + "[]",
              List.of(new Field("", type, 0, type.fixedSize(), null, 0)),
              type.fixedSize());
      return nested(n, element, repeat);
    }

    /** {@return the layout, its size the sum of the field sizes} */
    public Layout build() {
      return new Layout(name, fields, offset);
    }
  }
}
