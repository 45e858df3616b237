package io.github.jmt5.protocol.wire;

import java.util.Optional;

/**
 * The wire value types and their numeric codes (the codes the web terminal uses in its schemas).
 * Fixed-size types know their size; text and byte fields take their size from the layout.
 */
public enum FieldType {
  /** Signed 8-bit integer. */
  I8(1, "i8", 1),
  /** Signed 16-bit little-endian integer. */
  I16(2, "i16", 2),
  /** Signed 32-bit little-endian integer. */
  I32(3, "i32", 4),
  /** Unsigned 8-bit integer. */
  U8(4, "u8", 1),
  /** Unsigned 16-bit little-endian integer. */
  U16(5, "u16", 2),
  /** Unsigned 32-bit little-endian integer; the API keeps its raw bits in an {@code int}. */
  U32(6, "u32", 4),
  /** IEEE-754 binary32, little-endian. */
  F32(7, "f32", 4),
  /** IEEE-754 binary64, little-endian. */
  F64(8, "f64", 8),
  /** Windows FILETIME on the wire, Unix milliseconds in the API. */
  TIME(9, "time", 8),
  /** One byte per character, zero padded. */
  ASCII(10, "ascii", 0),
  /** UTF-16LE in a fixed number of bytes, zero padded. */
  UTF16(11, "utf16", 0),
  /** Raw bytes of a fixed length. */
  BYTES(12, "bytes", 0),
  /** Signed 64-bit little-endian integer. */
  I64(17, "i64", 8),
  /** Unsigned 64-bit little-endian integer; the API keeps its raw bits in a {@code long}. */
  U64(18, "u64", 8);

  private final int code;
  private final String wireName;
  private final int fixedSize;

  FieldType(int code, String wireName, int fixedSize) {
    this.code = code;
    this.wireName = wireName;
    this.fixedSize = fixedSize;
  }

  /** {@return the numeric type code} */
  public int code() {
    return code;
  }

  /**
   * {@return short name as used in the protocol documentation and the golden vectors ({@code u32},
   * {@code utf16})}
   */
  public String wireName() {
    return wireName;
  }

  /** {@return true when the size is implied by the type} */
  public boolean isFixedSize() {
    return fixedSize > 0;
  }

  /** {@return size in bytes of a fixed-size type; 0 when the layout gives it} */
  public int fixedSize() {
    return fixedSize;
  }

  /**
   * {@return the type with schema code {@code code}, if known}
   *
   * @param code numeric type code of the web terminal's schemas
   */
  public static Optional<FieldType> byCode(int code) {
    for (FieldType t : values()) {
      if (t.code == code) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the type called {@code name}, if known}
   *
   * @param name wire name such as {@code u32} or {@code utf16}
   */
  public static Optional<FieldType> byWireName(String name) {
    for (FieldType t : values()) {
      if (t.wireName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
