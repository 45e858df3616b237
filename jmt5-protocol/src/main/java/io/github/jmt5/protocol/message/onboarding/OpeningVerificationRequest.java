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
  public static final int SIZE = 2 + 16 + OpeningForm.SIZE;

  public OpeningVerificationRequest {
    Objects.requireNonNull(cid, "cid");
    Objects.requireNonNull(form, "form");
  }

  public static OpeningVerificationRequest read(WireReader r, int off) {
    return new OpeningVerificationRequest(
        r.i16(off, "build"), r.bytes(off + 2, 16, "cid"), OpeningForm.read(r, off + 18));
  }

  public void write(WireWriter w) {
    w.i16(build).bytes(cid, 16);
    form.write(w);
  }
}
