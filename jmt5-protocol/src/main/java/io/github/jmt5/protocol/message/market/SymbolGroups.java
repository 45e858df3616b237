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
  public SymbolGroups {
    groups = List.copyOf(groups);
  }

  public static SymbolGroups decode(WireReader r) {
    List<SymbolGroup> list = Wire.readCounted(r, 0, SymbolGroup.SIZE, "groups", SymbolGroup::read);
    List<String> names = new ArrayList<>(list.size());
    for (SymbolGroup g : list) {
      names.add(g.groupName());
    }
    return new SymbolGroups(names);
  }

  public void write(WireWriter w) {
    w.u32(groups.size());
    for (String g : groups) {
      new SymbolGroup(g).write(w);
    }
  }
}
