package io.github.jmt5.server.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords (HMAC-SHA1, 30 s steps, 6 digits), as authenticator apps
 * use.
 */
public final class Totp {
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Totp() {}

  /**
   * {@return the code for {@code base32Secret} at Unix time {@code epochSeconds}}
   *
   * @param base32Secret the shared secret, base32
   * @param epochSeconds Unix time in seconds
   */
  public static String code(String base32Secret, long epochSeconds) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(decodeBase32(base32Secret), "HmacSHA1"));
      byte[] h =
          mac.doFinal(ByteBuffer.allocate(8).putLong(Math.floorDiv(epochSeconds, 30)).array());
      int o = h[h.length - 1] & 0xf;
      int bin =
          (h[o] & 0x7f) << 24
              | (h[o + 1] & 0xff) << 16
              | (h[o + 2] & 0xff) << 8
              | (h[o + 3] & 0xff);
      return String.format(Locale.ROOT, "%06d", bin % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is not available", e);
    }
  }

  /**
   * {@return true when {@code code} is valid now, one step before or one step after (clock skew)}
   *
   * @param base32Secret the shared secret, base32
   * @param code the six-digit code a client sent
   * @param epochSeconds Unix time in seconds, now
   */
  public static boolean verify(String base32Secret, CharSequence code, long epochSeconds) {
    for (int step = -1; step <= 1; step++) {
      if (code(base32Secret, epochSeconds + 30L * step).contentEquals(code)) {
        return true;
      }
    }
    return false;
  }

  static byte[] decodeBase32(String s) {
    String clean = s.replace("=", "").replace(" ", "").toUpperCase(Locale.ROOT);
    ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      int v = BASE32.indexOf(c);
      if (v < 0) {
        throw new IllegalArgumentException("not a base32 character: " + c);
      }
      buffer = (buffer << 5) | v;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) ((buffer >> (bits - 8)) & 0xff));
        bits -= 8;
        buffer &= (1 << bits) - 1; // keep only the bits not yet written
      }
    }
    return java.util.Arrays.copyOf(out.array(), out.position());
  }
}
