package io.github.jmt5.protocol.message.onboarding;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * Header of an identity document uploaded with a real-account opening (cmd 39).
 *
 * <p>Wire record DOCUMENT_HEAD, 1056 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param dataType frontend enum
 * @param documentType frontend enum
 * @param frontName file name, 260 chars max
 * @param frontLength byte length of the front file
 * @param backName file name, 260 chars max
 * @param backLength byte length of the back file (0 if none)
 */
public record DocumentHeader(
    int dataType,
    int documentType,
    String frontName,
    int frontLength,
    String backName,
    int backLength) {

  /** Size of the record on the wire. */
  public static final int SIZE = 1056;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("DOCUMENT_HEAD")
          .u32("data_type")
          .u32("document_type")
          .utf16("front_name", 520)
          .u32("front_length")
          .utf16("back_name", 520)
          .u32("back_length")
          .build();

  /**
   * Checks that {@code frontName} and {@code backName} are not null.
   *
   * @param dataType frontend enum
   * @param documentType frontend enum
   * @param frontName file name, 260 chars max
   * @param frontLength byte length of the front file
   * @param backName file name, 260 chars max
   * @param backLength byte length of the back file (0 if none)
   * @throws NullPointerException if any of them is null
   */
  public DocumentHeader {
    Objects.requireNonNull(frontName, "frontName");
    Objects.requireNonNull(backName, "backName");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static DocumentHeader read(WireReader r, int off) {
    return new DocumentHeader(
        r.u32(off, "data_type"),
        r.u32(off + 4, "document_type"),
        r.utf16(off + 8, 520, "front_name"),
        r.u32(off + 528, "front_length"),
        r.utf16(off + 532, 520, "back_name"),
        r.u32(off + 1052, "back_length"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(dataType);
    w.u32(documentType);
    w.utf16(frontName, 520);
    w.u32(frontLength);
    w.utf16(backName, 520);
    w.u32(backLength);
  }
}
