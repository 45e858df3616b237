package io.github.jmt5.cli.output;

import java.util.Locale;

/** Which way a frame went. */
public enum Direction {
  /** Client to server: requests. */
  C2S("C->S"),
  /** Server to client: replies and pushes. */
  S2C("S->C");

  private final String arrow;

  Direction(String arrow) {
    this.arrow = arrow;
  }

  /** {@return {@code C->S} or {@code S->C}, as printed} */
  public String arrow() {
    return arrow;
  }

  /** {@return {@code c2s} or {@code s2c}, as stored in captures} */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads {@code c2s}, {@code s2c}, {@code C->S} or {@code S->C}.
   *
   * @param s the text, case-insensitive
   * @return the direction
   * @throws IllegalArgumentException for any other text
   */
  public static Direction parse(String s) {
    for (Direction d : values()) {
      if (d.key().equalsIgnoreCase(s) || d.arrow.equalsIgnoreCase(s)) {
        return d;
      }
    }
    throw new IllegalArgumentException("direction must be c2s or s2c, was " + s);
  }
}
