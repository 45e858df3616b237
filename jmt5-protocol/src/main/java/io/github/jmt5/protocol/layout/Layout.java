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

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The field called {@code fieldName}. */
  public Optional<Field> field(String fieldName) {
    for (Field f : fields) {
      if (f.name().equals(fieldName)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The field that covers byte {@code offset}, for error messages. */
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

    public Builder i8(String n) {
      return add(n, FieldType.I8, 1);
    }

    public Builder u8(String n) {
      return add(n, FieldType.U8, 1);
    }

    public Builder i16(String n) {
      return add(n, FieldType.I16, 2);
    }

    public Builder u16(String n) {
      return add(n, FieldType.U16, 2);
    }

    public Builder i32(String n) {
      return add(n, FieldType.I32, 4);
    }

    public Builder u32(String n) {
      return add(n, FieldType.U32, 4);
    }

    public Builder i64(String n) {
      return add(n, FieldType.I64, 8);
    }

    public Builder u64(String n) {
      return add(n, FieldType.U64, 8);
    }

    public Builder f32(String n) {
      return add(n, FieldType.F32, 4);
    }

    public Builder f64(String n) {
      return add(n, FieldType.F64, 8);
    }

    public Builder time(String n) {
      return add(n, FieldType.TIME, 8);
    }

    /** UTF-16 text in {@code bytes} bytes (half as many characters). */
    public Builder utf16(String n, int bytes) {
      return add(n, FieldType.UTF16, bytes);
    }

    public Builder ascii(String n, int bytes) {
      return add(n, FieldType.ASCII, bytes);
    }

    public Builder bytes(String n, int bytes) {
      return add(n, FieldType.BYTES, bytes);
    }

    /** One nested record. */
    public Builder nested(String n, Layout element) {
      return nested(n, element, 1);
    }

    /** {@code repeat} nested records back to back. */
    public Builder nested(String n, Layout element, int repeat) {
      int size = element.size() * repeat;
      fields.add(new Field(n, FieldType.BYTES, offset, size, element, repeat));
      offset += size;
      return this;
    }

    /** {@code repeat} scalars of a fixed-size type back to back, decoded generically as a list. */
    public Builder array(String n, FieldType type, int repeat) {
      Layout element =
          new Layout(
              name + "." + n + "[]",
              List.of(new Field("", type, 0, type.fixedSize(), null, 0)),
              type.fixedSize());
      return nested(n, element, repeat);
    }

    public Layout build() {
      return new Layout(name, fields, offset);
    }
  }
}
