package io.github.jmt5.protocol.message.onboarding;

import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * The cmd 27 payload: the web-terminal build, the client id and the opening form.
 *
 * @param build web-terminal build, 0 if unknown
 * @param cid 16-byte client id
 * @param form the opening form
 */
public record OpeningVerificationRequest(int build, Bytes cid, OpeningForm form) {
  /** Size in bytes: i16 build, 16-byte client id, the opening form. */
  public static final int SIZE = 2 + 16 + OpeningForm.SIZE;

  /**
   * Checks that {@code cid} and {@code form} are not null.
   *
   * @param build web-terminal build, 0 if unknown
   * @param cid 16-byte client id
   * @param form the opening form
   * @throws NullPointerException if any of them is null
   */
  public OpeningVerificationRequest {
    Objects.requireNonNull(cid, "cid");
    Objects.requireNonNull(form, "form");
  }

  /**
   * {@return the request record at {@code off}}
   *
   * @param r reader over the body
   * @param off byte offset of the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static OpeningVerificationRequest read(WireReader r, int off) {
    return new OpeningVerificationRequest(
        r.i16(off, "build"), r.bytes(off + 2, 16, "cid"), OpeningForm.read(r, off + 18));
  }

  /**
   * Appends the build, the client id and the form.
   *
   * @param w the writer
   */
  public void write(WireWriter w) {
    w.i16(build).bytes(cid, 16);
    form.write(w);
  }
}
