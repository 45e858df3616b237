package io.github.jmt5.protocol.crypto;

import io.github.jmt5.protocol.wire.Bytes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The 16-byte client id sent at login: the first 16 bytes of SHA-1 over a device description. Any
 * 16 bytes are accepted; keep one per installation so the broker sees a stable device.
 */
public final class ClientId {
  private static final SecureRandom RANDOM = new SecureRandom();

  private ClientId() {}

  /**
   * {@return {@code platform;devicePixelRatio;language;screen;uniq}, as the web terminal joins
   * them}
   *
   * @param platform platform name, e.g. the OS name
   * @param devicePixelRatio device pixel ratio as text, e.g. {@code 1}
   * @param language browser language, e.g. {@code en-US}
   * @param screen screen size, e.g. {@code 1920x1080}
   * @param uniq a random number that makes the id unique to the installation
   */
  public static Bytes of(
      String platform, String devicePixelRatio, String language, String screen, String uniq) {
    return fromJoined(String.join(";", platform, devicePixelRatio, language, screen, uniq));
  }

  /**
   * {@return the 16-byte id of an already joined device description}
   *
   * @param joined the description as {@link #of} joins it
   */
  public static Bytes fromJoined(String joined) {
    try {
      byte[] sha1 =
          MessageDigest.getInstance("SHA-1").digest(joined.getBytes(StandardCharsets.UTF_8));
      return Bytes.of(Arrays.copyOf(sha1, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is not available", e);
    }
  }

  /** {@return a new id for a new installation; persist it and reuse it} */
  public static Bytes random() {
    int uniq = RANDOM.nextInt(1 << 24);
    return of(System.getProperty("os.name", "posix"), "1", "en-US", "0x0", Integer.toString(uniq));
  }
}
