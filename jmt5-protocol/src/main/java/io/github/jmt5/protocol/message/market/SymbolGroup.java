package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * One symbol group name (cmd 9).
 *
 * <p>Wire record SYMBOL_GROUP, 256 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param groupName group name
 */
public record SymbolGroup(String groupName) {

  /** Size of the record on the wire. */
  public static final int SIZE = 256;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("SYMBOL_GROUP").utf16("group_name", 256).build();

  /**
   * Checks that {@code groupName} is not null.
   *
   * @param groupName group name
   * @throws NullPointerException if it is null
   */
  public SymbolGroup {
    Objects.requireNonNull(groupName, "groupName");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static SymbolGroup read(WireReader r, int off) {
    return new SymbolGroup(r.utf16(off, 256, "group_name"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.utf16(groupName, 256);
  }
}
