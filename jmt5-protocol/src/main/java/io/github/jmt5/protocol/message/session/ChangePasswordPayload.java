package io.github.jmt5.protocol.message.session;

import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Arrays;

/**
 * Builds the cmd 24 payload straight from {@code char[]}-backed passwords, so they never become
 * {@link String}s (the {@link ChangePasswordRequest} record holds Strings for decoding and tools).
 */
public final class ChangePasswordPayload {
  private ChangePasswordPayload() {}

  /**
   * Encodes CHANGE_PASSWORD_REQ (129 bytes).
   *
   * @param investor true to change the investor (read-only) password instead of the main one
   * @param newPassword the new password (first 32 characters are sent)
   * @param oldPassword the current password
   * @return the 129-byte payload
   */
  public static byte[] encode(
      boolean investor, CharSequence newPassword, CharSequence oldPassword) {
    WireWriter w = new WireWriter(ChangePasswordRequest.SIZE);
    w.u8(investor ? 1 : 0).utf16(newPassword, 64).utf16(oldPassword, 64);
    byte[] out = w.toByteArray();
    Arrays.fill(w.buffer(), (byte) 0);
    return out;
  }
}
