package io.github.jmt5.protocol.frame;

import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.wire.Bytes;
import java.util.Objects;

/**
 * A decrypted server frame: 2 nonce bytes, u16 command, u8 result code, body.
 *
 * @param nonce two bytes clients ignore
 * @param command command id
 * @param code 0 for success, otherwise a server result code
 * @param body the reply or push body, possibly empty
 */
public record InnerResponse(Bytes nonce, int command, int code, Bytes body) {
  /**
   * Checks that {@code nonce} and {@code body} are not null.
   *
   * @param nonce two bytes clients ignore
   * @param command command id
   * @param code 0 for success, otherwise a server result code
   * @param body the reply or push body, possibly empty
   * @throws NullPointerException if any of them is null
   * @throws IllegalArgumentException if {@code nonce} is not 2 bytes, {@code command} does not fit
   *     in a u16 or {@code code} in a u8
   */
  public InnerResponse {
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(body, "body");
    if (nonce.length() != 2) {
      throw new IllegalArgumentException("nonce must be 2 bytes");
    }
    if (command < 0 || command > 0xffff || code < 0 || code > 0xff) {
      throw new IllegalArgumentException("command or code out of range: " + command + "/" + code);
    }
  }

  /** {@return the inner frame: nonce, u16 command id, u8 code, body} */
  public byte[] encode() {
    byte[] out = new byte[5 + body.length()];
    out[0] = nonce.get(0);
    out[1] = nonce.get(1);
    out[2] = (byte) command;
    out[3] = (byte) (command >>> 8);
    out[4] = (byte) code;
    body.copyTo(out, 5);
    return out;
  }

  /**
   * Decodes a decrypted server frame.
   *
   * @param inner the decrypted inner frame
   * @return the nonce, command id, code and body
   * @throws ProtocolException when shorter than 5 bytes
   */
  public static InnerResponse decode(byte[] inner) {
    if (inner.length < 5) {
      throw new ProtocolException(
          "reply frame of " + inner.length + " bytes is shorter than 5", null);
    }
    return new InnerResponse(
        Bytes.of(inner, 0, 2),
        (inner[2] & 0xff) | (inner[3] & 0xff) << 8,
        inner[4] & 0xff,
        Bytes.of(inner, 5, inner.length - 5));
  }
}
