package io.github.jmt5.protocol.message.onboarding;

import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * An identity document uploaded with a real-account opening: its {@link DocumentHeader} followed by
 * the front and back files.
 *
 * @param dataType data type code of the web terminal
 * @param documentType document type code of the web terminal
 * @param frontName file name of the front side
 * @param front front side file
 * @param backName file name of the back side
 * @param back back side file, empty if none
 */
public record Document(
    int dataType, int documentType, String frontName, Bytes front, String backName, Bytes back) {

  /**
   * Checks that {@code frontName}, {@code front}, {@code backName} and {@code back} are not null.
   *
   * @param dataType data type code of the web terminal
   * @param documentType document type code of the web terminal
   * @param frontName file name of the front side
   * @param front front side file
   * @param backName file name of the back side
   * @param back back side file, empty if none
   * @throws NullPointerException if any of them is null
   */
  public Document {
    Objects.requireNonNull(frontName, "frontName");
    Objects.requireNonNull(front, "front");
    Objects.requireNonNull(backName, "backName");
    Objects.requireNonNull(back, "back");
  }

  /** {@return bytes on the wire} */
  public int size() {
    return DocumentHeader.SIZE + front.length() + back.length();
  }

  /**
   * {@return the document: its header, then the front and back bytes}
   *
   * @param r reader over the body
   * @param off byte offset of the header
   * @throws io.github.jmt5.protocol.ProtocolException if the document runs past the end of the body
   */
  public static Document read(WireReader r, int off) {
    DocumentHeader h = DocumentHeader.read(r, off);
    int p = off + DocumentHeader.SIZE;
    int frontLength = r.checkCount(Integer.toUnsignedLong(h.frontLength()), p, 1, "front_length");
    Bytes front = r.bytes(p, frontLength, "front");
    p += frontLength;
    int backLength = r.checkCount(Integer.toUnsignedLong(h.backLength()), p, 1, "back_length");
    Bytes back = r.bytes(p, backLength, "back");
    return new Document(h.dataType(), h.documentType(), h.frontName(), front, h.backName(), back);
  }

  /**
   * Appends the header, then the front and back bytes.
   *
   * @param w the writer
   */
  public void write(WireWriter w) {
    new DocumentHeader(dataType, documentType, frontName, front.length(), backName, back.length())
        .write(w);
    w.bytes(front).bytes(back);
  }
}
