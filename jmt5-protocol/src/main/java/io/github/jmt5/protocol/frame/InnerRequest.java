package io.github.jmt5.protocol.frame;

import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.wire.Bytes;
import java.util.Objects;

/**
 * A decrypted client frame: 2 nonce bytes, u16 command, payload.
 *
 * @param nonce two random bytes
 * @param command command id
 * @param payload the command's payload, possibly empty
 */
public record InnerRequest(Bytes nonce, int command, Bytes payload) {
  /**
   * Checks that {@code nonce} and {@code payload} are not null.
   *
   * @param nonce two random bytes
   * @param command command id
   * @param payload the command's payload, possibly empty
   * @throws NullPointerException if any of them is null
   * @throws IllegalArgumentException if {@code nonce} is not 2 bytes or {@code command} does not
   *     fit in a u16
   */
  public InnerRequest {
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(payload, "payload");
    if (nonce.length() != 2) {
      throw new IllegalArgumentException("nonce must be 2 bytes");
    }
    if (command < 0 || command > 0xffff) {
      throw new IllegalArgumentException("command must fit in a u16, was " + command);
    }
  }

  /** {@return the inner frame: nonce, u16 command id, payload} */
  public byte[] encode() {
    byte[] out = new byte[4 + payload.length()];
    out[0] = nonce.get(0);
    out[1] = nonce.get(1);
    out[2] = (byte) command;
    out[3] = (byte) (command >>> 8);
    payload.copyTo(out, 4);
    return out;
  }

  /**
   * Decodes a decrypted client frame.
   *
   * @param inner the decrypted inner frame
   * @return the nonce, command id and payload
   * @throws ProtocolException when shorter than 4 bytes
   */
  public static InnerRequest decode(byte[] inner) {
    if (inner.length < 4) {
      throw new ProtocolException(
          "request frame of " + inner.length + " bytes is shorter than 4", null);
    }
    return new InnerRequest(
        Bytes.of(inner, 0, 2),
        (inner[2] & 0xff) | (inner[3] & 0xff) << 8,
        Bytes.of(inner, 4, inner.length - 4));
  }
}
