package io.github.jmt5.protocol.crypto;

import io.github.jmt5.protocol.ProtocolException;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-CBC with a zero IV and PKCS#7 padding, re-initialised for every message as the protocol
 * requires (messages are not chained). One instance per direction per connection: the {@link
 * Cipher} is reused, so an instance is not thread-safe.
 */
public final class FrameCipher {
  private static final IvParameterSpec ZERO_IV = new IvParameterSpec(new byte[16]);

  private final SecretKeySpec key;
  private final Cipher cipher;

  /**
   * @param key 16, 24 or 32 bytes
   * @throws IllegalArgumentException for any other length
   */
  public FrameCipher(byte[] key) {
    if (key.length != 16 && key.length != 24 && key.length != 32) {
      throw new IllegalArgumentException("AES key must be 16, 24 or 32 bytes, was " + key.length);
    }
    this.key = new SecretKeySpec(key, "AES");
    try {
      this.cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/CBC/PKCS5Padding is not available", e);
    }
  }

  /** Ciphertext of {@code len} bytes of {@code plain}: a non-empty multiple of 16 bytes. */
  public byte[] encrypt(byte[] plain, int off, int len) {
    try {
      cipher.init(Cipher.ENCRYPT_MODE, key, ZERO_IV);
      return cipher.doFinal(plain, off, len);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES encryption failed", e);
    }
  }

  /**
   * Plaintext of {@code len} bytes of ciphertext.
   *
   * @throws ProtocolException when the length is not a positive multiple of 16 or the padding is
   *     wrong (a damaged frame or a wrong key)
   */
  public byte[] decrypt(byte[] data, int off, int len) {
    if (len <= 0 || len % 16 != 0) {
      throw new ProtocolException(
          "ciphertext length " + len + " is not a positive multiple of 16", null);
    }
    try {
      cipher.init(Cipher.DECRYPT_MODE, key, ZERO_IV);
      return cipher.doFinal(data, off, len);
    } catch (GeneralSecurityException e) {
      throw new ProtocolException("frame does not decrypt (damaged, or a wrong key)", e);
    }
  }
}
