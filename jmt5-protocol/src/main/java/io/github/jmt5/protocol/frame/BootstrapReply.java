package io.github.jmt5.protocol.frame;

import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.wire.Bytes;
import java.util.Objects;

/**
 * The cmd 0 reply body: 2 head bytes, the 64-byte session token (sent back when re-creating a
 * socket), and the session key (all remaining bytes: 16, 24 or 32).
 *
 * @param head two bytes of unknown meaning
 * @param token session token
 * @param sessionKey AES key for every later frame
 */
public record BootstrapReply(Bytes head, Bytes token, Bytes sessionKey) {
  /** Length of the session token. */
  public static final int TOKEN_LENGTH = 64;

  /**
   * Checks that {@code head}, {@code token} and {@code sessionKey} are not null.
   *
   * @param head two bytes of unknown meaning
   * @param token session token
   * @param sessionKey AES key for every later frame
   * @throws NullPointerException if any of them is null
   * @throws IllegalArgumentException if {@code head} is not 2 bytes, {@code token} not 64, or the
   *     key not 16, 24 or 32 bytes
   */
  public BootstrapReply {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(sessionKey, "sessionKey");
    if (head.length() != 2 || token.length() != TOKEN_LENGTH) {
      throw new IllegalArgumentException("head must be 2 bytes and token 64");
    }
    int k = sessionKey.length();
    if (k != 16 && k != 24 && k != 32) {
      throw new IllegalArgumentException("session key must be 16, 24 or 32 bytes, was " + k);
    }
  }

  /**
   * {@return the head read as a u16 (some clients call it the server build; its meaning is
   * unknown)}
   */
  public int headU16() {
    return (head.get(0) & 0xff) | (head.get(1) & 0xff) << 8;
  }

  /** {@return the cmd 0 reply body: head, token, then the session key} */
  public byte[] encode() {
    byte[] out = new byte[2 + TOKEN_LENGTH + sessionKey.length()];
    head.copyTo(out, 0);
    token.copyTo(out, 2);
    sessionKey.copyTo(out, 2 + TOKEN_LENGTH);
    return out;
  }

  /**
   * Decodes the body of the cmd 0 reply.
   *
   * @param body the whole reply body
   * @return the head, token and session key
   * @throws ProtocolException when too short or the key length is not 16, 24 or 32
   */
  public static BootstrapReply decode(byte[] body) {
    int keyLength = body.length - 2 - TOKEN_LENGTH;
    if (keyLength != 16 && keyLength != 24 && keyLength != 32) {
      throw new ProtocolException(
          0,
          "key",
          2 + TOKEN_LENGTH,
          "bootstrap reply of " + body.length + " bytes carries no 16, 24 or 32-byte key");
    }
    return new BootstrapReply(
        Bytes.of(body, 0, 2),
        Bytes.of(body, 2, TOKEN_LENGTH),
        Bytes.of(body, 2 + TOKEN_LENGTH, keyLength));
  }
}
