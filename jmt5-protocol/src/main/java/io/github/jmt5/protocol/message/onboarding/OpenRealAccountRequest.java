package io.github.jmt5.protocol.message.onboarding;

import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cmd 39 payload: opening form, personal details, then zero or more documents until the end.
 *
 * @param form the opening form
 * @param details personal details
 * @param documents uploaded documents
 */
public record OpenRealAccountRequest(
    OpeningForm form, RealAccountDetails details, List<Document> documents) {

  /**
   * Checks that {@code form} and {@code details} are not null and copies {@code documents} into an
   * unmodifiable list.
   *
   * @param form the opening form
   * @param details personal details
   * @param documents uploaded documents
   * @throws NullPointerException if any of them is null
   */
  public OpenRealAccountRequest {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(details, "details");
    documents = List.copyOf(documents);
  }

  /**
   * {@return the request: the opening form, the real-account details and the documents}
   *
   * @param r reader over the whole body
   * @throws io.github.jmt5.protocol.ProtocolException if a part runs past the end of the body
   */
  public static OpenRealAccountRequest decode(WireReader r) {
    OpeningForm form = OpeningForm.read(r, 0);
    RealAccountDetails details = RealAccountDetails.read(r, OpeningForm.SIZE);
    int off = OpeningForm.SIZE + RealAccountDetails.SIZE;
    List<Document> docs = new ArrayList<>();
    while (r.remaining(off) > 0) {
      Document d = Document.read(r, off);
      docs.add(d);
      off += d.size();
    }
    return new OpenRealAccountRequest(form, details, docs);
  }

  /**
   * Appends the form, the details and the documents.
   *
   * @param w the writer
   */
  public void write(WireWriter w) {
    form.write(w);
    details.write(w);
    for (Document d : documents) {
      d.write(w);
    }
  }
}
