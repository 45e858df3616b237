package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.message.Wire;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The cmd 9 reply: a counted list of group names such as {@code Forex\Majors}.
 *
 * @param groups group names
 */
public record SymbolGroups(List<String> groups) {
  /**
   * Copies {@code groups} into an unmodifiable list.
   *
   * @param groups group names
   */
  public SymbolGroups {
    groups = List.copyOf(groups);
  }

  /**
   * {@return the groups of a cmd 9 body: a u32 count and that many group names}
   *
   * @param r reader over the whole body
   * @throws io.github.jmt5.protocol.ProtocolException if the count does not fit the bytes that
   *     follow
   */
  public static SymbolGroups decode(WireReader r) {
    List<SymbolGroup> list = Wire.readCounted(r, 0, SymbolGroup.SIZE, "groups", SymbolGroup::read);
    List<String> names = new ArrayList<>(list.size());
    for (SymbolGroup g : list) {
      names.add(g.groupName());
    }
    return new SymbolGroups(names);
  }

  /**
   * Appends the u32 count and the groups.
   *
   * @param w the writer
   */
  public void write(WireWriter w) {
    w.u32(groups.size());
    for (String g : groups) {
      new SymbolGroup(g).write(w);
    }
  }
}
