package io.github.jmt5.protocol.enums;

/**
 * An enumeration constant with a wire value and a description. Records keep the raw wire value, so
 * a value this version of jmt5 does not know is never lost: {@code find} answers empty and {@code
 * describe} answers {@code "unknown (N)"}.
 */
public interface WireEnum {
  /** The value on the wire. */
  int value();

  /** A short human description. */
  String description();
}
