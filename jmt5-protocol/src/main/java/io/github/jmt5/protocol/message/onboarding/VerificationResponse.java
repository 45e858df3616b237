package io.github.jmt5.protocol.message.onboarding;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;

/**
 * The cmd 27 / cmd 40 verification reply.
 *
 * <p>Wire record VERIFY_RESP, 2 bytes. Unsigned 32-bit fields hold their raw bits in an {@code int}
 * and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param email non-zero: e-mail verification required/accepted
 * @param phone non-zero: phone verification required/accepted
 */
public record VerificationResponse(int email, int phone) {

  /** Size of the record on the wire. */
  public static final int SIZE = 2;

  /** The wire layout. */
  public static final Layout LAYOUT = Layout.builder("VERIFY_RESP").u8("email").u8("phone").build();

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static VerificationResponse read(WireReader r, int off) {
    return new VerificationResponse(r.u8(off, "email"), r.u8(off + 1, "phone"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u8(email);
    w.u8(phone);
  }
}
