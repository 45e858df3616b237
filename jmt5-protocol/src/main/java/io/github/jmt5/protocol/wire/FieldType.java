package io.github.jmt5.protocol.wire;

import java.util.Optional;

/**
 * The wire value types and their numeric codes (the codes the web terminal uses in its schemas).
 * Fixed-size types know their size; text and byte fields take their size from the layout.
 */
public enum FieldType {
  I8(1, "i8", 1),
  I16(2, "i16", 2),
  I32(3, "i32", 4),
  U8(4, "u8", 1),
  U16(5, "u16", 2),
  U32(6, "u32", 4),
  F32(7, "f32", 4),
  F64(8, "f64", 8),
  /** Windows FILETIME on the wire, Unix milliseconds in the API. */
  TIME(9, "time", 8),
  /** One byte per character, zero padded. */
  ASCII(10, "ascii", 0),
  /** UTF-16LE in a fixed number of bytes, zero padded. */
  UTF16(11, "utf16", 0),
  /** Raw bytes of a fixed length. */
  BYTES(12, "bytes", 0),
  I64(17, "i64", 8),
  U64(18, "u64", 8);

  private final int code;
  private final String wireName;
  private final int fixedSize;

  FieldType(int code, String wireName, int fixedSize) {
    this.code = code;
    this.wireName = wireName;
    this.fixedSize = fixedSize;
  }

  /** The numeric type code. */
  public int code() {
    return code;
  }

  /**
   * Short name as used in the protocol documentation and the golden vectors ({@code u32}, {@code
   * utf16}).
   */
  public String wireName() {
    return wireName;
  }

  /** True when the size is implied by the type. */
  public boolean isFixedSize() {
    return fixedSize > 0;
  }

  /** Size in bytes of a fixed-size type; 0 when the layout gives it. */
  public int fixedSize() {
    return fixedSize;
  }

  public static Optional<FieldType> byCode(int code) {
    for (FieldType t : values()) {
      if (t.code == code) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  public static Optional<FieldType> byWireName(String name) {
    for (FieldType t : values()) {
      if (t.wireName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
