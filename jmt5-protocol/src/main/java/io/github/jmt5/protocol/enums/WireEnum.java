package io.github.jmt5.protocol.enums;

/**
 * A protocol enumeration constant: the value it has on the wire and a human description.
 *
 * <p>Every enum of this package implements it and also offers {@code static Optional<X> find(int)}
 * and {@code static String describe(int)}, which never fail for unknown values. Message records
 * keep the raw wire {@code int}, so converting to an enum is always optional and loses nothing.
 */
public interface WireEnum {

  /**
   * {@return the value on the wire} Unsigned 32-bit fields are given as their raw bits, the way
   * records store them.
   */
  int value();

  /** {@return a short description taken from the protocol specification, for logs and tools} */
  String description();
}
