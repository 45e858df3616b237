package io.github.jmt5.protocol.enums;

/**
 * One bit of a bit-set field; {@link #value()} is the bit mask (a single set bit).
 *
 * <p>Bit enums offer {@code of(int bits)} and {@code toBits(Set)} to convert a whole field. Bits
 * without a constant are kept in the raw field and can be read with {@code unknownBits(int)}.
 */
public interface WireFlag extends WireEnum {

  /**
   * {@return true when this flag's bit is set in {@code bits}}
   *
   * @param bits the field value
   */
  default boolean isSetIn(int bits) {
    return (bits & value()) != 0;
  }
}
