package io.github.jmt5.protocol.layout;

import io.github.jmt5.protocol.wire.FieldType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field of a {@link Layout}: its name as in the protocol documentation, wire type, offset from
 * the start of the record and size in bytes.
 *
 * <p>A field may hold a nested record ({@code element} with {@code repeat == 1}) or a fixed array
 * of records or scalars ({@code repeat > 1}); on the wire it is then {@code repeat *
 * element.size()} bytes and its type is {@link FieldType#BYTES}.
 *
 * @param name field name in snake_case, as the protocol documentation spells it
 * @param type wire type
 * @param offset bytes from the start of the enclosing record
 * @param size bytes on the wire
 * @param element nested layout, or null for a plain field
 * @param repeat how many nested elements; 1 for a single nested record, 0 for a plain field
 */
public record Field(
    String name, FieldType type, int offset, int size, @Nullable Layout element, int repeat) {

  /**
   * Checks that {@code name} and {@code type} are not null.
   *
   * @param name field name in snake_case, as the protocol documentation spells it
   * @param type wire type
   * @param offset bytes from the start of the enclosing record
   * @param size bytes on the wire
   * @param element nested layout, or null for a plain field
   * @param repeat how many nested elements
   * @throws NullPointerException if any of them is null
   * @throws IllegalArgumentException if the offset or size is negative, or the size does not match
   *     a fixed-size type
   */
  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (offset < 0 || size < 0) {
      throw new IllegalArgumentException("negative offset or size for field " + name);
    }
    if (type.isFixedSize() && size != type.fixedSize()) {
      throw new IllegalArgumentException(
          "field "
              + name
              + " of type "
              + type.wireName()
              + " must be "
              + type.fixedSize()
              + " bytes");
    }
    if (element != null && size != element.size() * repeat) {
      throw new IllegalArgumentException("field " + name + " size does not match its elements");
    }
  }

  /** {@return true when this field holds nested records or a scalar array} */
  public boolean isNested() {
    return element != null;
  }

  /**
   * {@return true when this is a nested array of single unnamed scalars (for example 8 x f64 margin
   * rates)}
   */
  public boolean isScalarArray() {
    Layout e = element;
    return e != null && e.fields().size() == 1 && e.fields().get(0).name().isEmpty();
  }

  /** {@return offset of the first byte after this field} */
  public int end() {
    return offset + size;
  }
}
