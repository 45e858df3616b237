package io.github.jmt5.protocol.crypto;

/**
 * The web terminal's character shift that hides its key constants: char 28 becomes {@code &}, char
 * 23 becomes {@code !}, every other character becomes the one whose code is one less.
 */
public final class KeyObfuscation {
  private KeyObfuscation() {}

  /**
   * {@return the key constant behind {@code obfuscated}}
   *
   * @param obfuscated a key constant as the web terminal's source holds it
   */
  public static String decode(String obfuscated) {
    StringBuilder sb = new StringBuilder(obfuscated.length());
    for (int i = 0; i < obfuscated.length(); i++) {
      char c = obfuscated.charAt(i);
      sb.append(c == 28 ? '&' : c == 23 ? '!' : (char) (c - 1));
    }
    return sb.toString();
  }
}
