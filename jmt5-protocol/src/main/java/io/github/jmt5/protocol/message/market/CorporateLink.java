package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * A broker link shown by the web terminal (cmd 44).
 *
 * <p>Wire record CORPORATE_LINK, 1288 bytes. Unsigned 32-bit fields hold their raw bits in an
 * {@code int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param linkType link type
 * @param url url
 * @param label label
 * @param flags flags
 * @param iconData raw icon bytes
 */
public record CorporateLink(int linkType, String url, String label, int flags, Bytes iconData) {

  /** Size of the record on the wire. */
  public static final int SIZE = 1288;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("CORPORATE_LINK")
          .u32("link_type")
          .utf16("url", 512)
          .utf16("label", 512)
          .u32("flags")
          .bytes("icon_data", 256)
          .build();

  /**
   * Checks that {@code url}, {@code label} and {@code iconData} are not null.
   *
   * @param linkType link type
   * @param url url
   * @param label label
   * @param flags flags
   * @param iconData raw icon bytes
   * @throws NullPointerException if any of them is null
   */
  public CorporateLink {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(iconData, "iconData");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static CorporateLink read(WireReader r, int off) {
    return new CorporateLink(
        r.u32(off, "link_type"),
        r.utf16(off + 4, 512, "url"),
        r.utf16(off + 516, 512, "label"),
        r.u32(off + 1028, "flags"),
        r.bytes(off + 1032, 256, "icon_data"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(linkType);
    w.utf16(url, 512);
    w.utf16(label, 512);
    w.u32(flags);
    w.bytes(iconData, 256);
  }
}
