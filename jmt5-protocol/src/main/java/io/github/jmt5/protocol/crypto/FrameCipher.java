package io.github.jmt5.protocol.crypto;

import io.github.jmt5.protocol.ProtocolException;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * AES-CBC with a zero IV and PKCS#7 padding, starting from the zero IV for every message as the
 * protocol requires (messages are not chained). One instance per direction per connection.
 *
 * <p>Each mode has its own {@link Cipher}, made on first use and initialised once: {@code doFinal}
 * returns a cipher to the state of its last {@code init}, so every message starts from the zero IV
 * without paying for {@code init} (key checks and provider look-ups) again. A cipher that failed is
 * initialised afresh. Not thread-safe.
 */
public final class FrameCipher {
  private static final IvParameterSpec ZERO_IV = new IvParameterSpec(new byte[16]);
  // Padding is added and checked here: the JDK's padded modes copy through temporary arrays (on
  // decryption one the size of the message).
  private static final String UNPADDED = "AES/CBC/NoPadding";

  private final SecretKeySpec key;
  private @Nullable Cipher encryptor;
  private @Nullable Cipher decryptor;
  private final byte[] lastBlock = new byte[16];

  /**
   * A cipher for one AES key, the initial key or a session key.
   *
   * @param key 16, 24 or 32 bytes
   * @throws IllegalArgumentException for any other length
   */
  public FrameCipher(byte[] key) {
    if (key.length != 16 && key.length != 24 && key.length != 32) {
      throw new IllegalArgumentException("AES key must be 16, 24 or 32 bytes, was " + key.length);
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  private Cipher encryptor() throws GeneralSecurityException {
    Cipher c = encryptor;
    if (c == null) {
      c = newCipher(UNPADDED);
      c.init(Cipher.ENCRYPT_MODE, key, ZERO_IV);
      encryptor = c;
    }
    return c;
  }

  private Cipher decryptor() throws GeneralSecurityException {
    Cipher c = decryptor;
    if (c == null) {
      c = newCipher(UNPADDED);
      c.init(Cipher.DECRYPT_MODE, key, ZERO_IV);
      decryptor = c;
    }
    return c;
  }

  private static Cipher newCipher(String transformation) {
    try {
      return Cipher.getInstance(transformation);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(transformation + " is not available", e);
    }
  }

  /**
   * Length of the PKCS#7 padding ending at {@code end}: the last byte, 1 to 16, repeated that many
   * times.
   *
   * @throws ProtocolException for anything else (a damaged frame or a wrong key)
   */
  private static int padding(byte[] plain, int start, int end) {
    int pad = plain[end - 1] & 0xff;
    if (pad < 1 || pad > 16 || pad > end - start) {
      throw new ProtocolException("frame does not decrypt (damaged, or a wrong key)", null);
    }
    for (int i = end - pad; i < end - 1; i++) {
      if ((plain[i] & 0xff) != pad) {
        throw new ProtocolException("frame does not decrypt (damaged, or a wrong key)", null);
      }
    }
    return pad;
  }

  /**
   * {@return ciphertext of {@code len} bytes of {@code plain}: a non-empty multiple of 16 bytes}
   *
   * @param plain array holding the plaintext
   * @param off where the plaintext starts
   * @param len plaintext length in bytes, may be 0
   */
  public byte[] encrypt(byte[] plain, int off, int len) {
    byte[] out = new byte[encryptedLength(len)];
    encrypt(plain, off, len, out, 0);
    return out;
  }

  /**
   * Encrypts {@code len} bytes of {@code plain} into {@code out} at {@code outOff} without
   * allocating; {@code out} needs {@link #encryptedLength encryptedLength(len)} bytes there.
   *
   * @param plain array holding the plaintext
   * @param off where the plaintext starts
   * @param len plaintext length in bytes, may be 0
   * @param out array the ciphertext is written to
   * @param outOff where the ciphertext starts in {@code out}
   * @return the ciphertext length
   * @throws IllegalArgumentException when {@code out} is too short
   */
  public int encrypt(byte[] plain, int off, int len, byte[] out, int outOff) {
    int need = encryptedLength(len);
    if (outOff < 0 || out.length - outOff < need) {
      throw new IllegalArgumentException(
          "output needs " + need + " bytes at " + outOff + ", array has " + out.length);
    }
    // Whole blocks go straight from the input; the last, padded one is built in a kept block.
    int whole = len & ~15;
    int tail = len - whole;
    System.arraycopy(plain, off + whole, lastBlock, 0, tail);
    Arrays.fill(lastBlock, tail, 16, (byte) (16 - tail));
    try {
      Cipher c = encryptor();
      int n = whole == 0 ? 0 : c.update(plain, off, whole, out, outOff);
      return n + c.doFinal(lastBlock, 0, 16, out, outOff + n);
    } catch (GeneralSecurityException e) {
      encryptor = null;
      throw new IllegalStateException("AES encryption failed", e);
    }
  }

  /**
   * {@return ciphertext length of {@code plainLength} bytes: the next multiple of 16 above it}
   *
   * @param plainLength plaintext length in bytes, at least 0
   */
  public static int encryptedLength(int plainLength) {
    return (plainLength / 16 + 1) * 16;
  }

  /**
   * Decrypts {@code len} bytes of ciphertext into {@code out} at {@code outOff} without allocating;
   * {@code out} needs {@code len} bytes there (the padding is not returned).
   *
   * @param data array holding the ciphertext
   * @param off where the ciphertext starts
   * @param len ciphertext length in bytes
   * @param out array the plaintext is written to
   * @param outOff where the plaintext starts in {@code out}
   * @return the plaintext length
   * @throws ProtocolException when the length is not a positive multiple of 16 or the padding is
   *     wrong
   * @throws IllegalArgumentException when {@code out} is too short
   */
  public int decrypt(byte[] data, int off, int len, byte[] out, int outOff) {
    if (len <= 0 || len % 16 != 0) {
      throw new ProtocolException(
          "ciphertext length " + len + " is not a positive multiple of 16", null);
    }
    if (outOff < 0 || out.length - outOff < len) {
      throw new IllegalArgumentException(
          "output needs " + len + " bytes at " + outOff + ", array has " + out.length);
    }
    try {
      int n = decryptor().doFinal(data, off, len, out, outOff);
      return n - padding(out, outOff, outOff + n);
    } catch (GeneralSecurityException e) {
      decryptor = null;
      throw new ProtocolException("frame does not decrypt (damaged, or a wrong key)", e);
    }
  }

  /**
   * {@return plaintext of {@code len} bytes of ciphertext}
   *
   * @param data array holding the ciphertext
   * @param off where the ciphertext starts
   * @param len ciphertext length, a positive multiple of 16
   * @throws ProtocolException when the length is not a positive multiple of 16 or the padding is
   *     wrong (a damaged frame or a wrong key)
   */
  public byte[] decrypt(byte[] data, int off, int len) {
    if (len <= 0 || len % 16 != 0) {
      throw new ProtocolException(
          "ciphertext length " + len + " is not a positive multiple of 16", null);
    }
    try {
      byte[] plain = decryptor().doFinal(data, off, len);
      return Arrays.copyOf(plain, plain.length - padding(plain, 0, plain.length));
    } catch (GeneralSecurityException e) {
      decryptor = null;
      throw new ProtocolException("frame does not decrypt (damaged, or a wrong key)", e);
    }
  }
}
