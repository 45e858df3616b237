package io.github.jmt5.protocol.message;

import io.github.jmt5.protocol.wire.Bytes;

/** Masks secrets (passwords, OTPs, credential blobs) in {@code toString} output. */
public final class Redaction {
  /** What a non-empty secret prints as. */
  public static final String MASK = "***";

  private Redaction() {}

  /**
   * {@return {@link #MASK} for a non-empty string, {@code ""} for an empty one (absence is not a
   * secret)}
   *
   * @param secret a password or other secret text
   */
  public static String mask(CharSequence secret) {
    return secret.length() == 0 ? "" : MASK;
  }

  /**
   * {@return {@link #MASK} for non-zero bytes, {@code "none"} for an unused all-zero blob}
   *
   * @param secret a key, token or other secret blob
   */
  public static String mask(Bytes secret) {
    return secret.isZero() ? "none" : MASK;
  }
}
