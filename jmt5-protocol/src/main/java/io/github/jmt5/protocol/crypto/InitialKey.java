package io.github.jmt5.protocol.crypto;

import io.github.jmt5.protocol.wire.Hex;

/**
 * The AES-256 key every socket starts with, until the bootstrap reply hands over the session key.
 */
public final class InitialKey {
  /** The key as the web terminal embeds it. */
  public static final String OBFUSCATED =
      "13ef13b2b76dd8:5795gdcfb2fdc1ge85bf768f54773d22fff996e3ge75g5:75";

  private static final byte[] KEY = Hex.decode(KeyObfuscation.decode(OBFUSCATED));

  private InitialKey() {}

  /** {@return a fresh copy of the 32 key bytes} */
  public static byte[] bytes() {
    return KEY.clone();
  }
}
