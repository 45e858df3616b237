package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A u32 count and that many u32 symbol ids: the request of cmd 7 (ticks), 18 (full symbols), 20
 * (spreads) and 22 (order book). For 7 and 22 it is the complete desired set; an empty list
 * unsubscribes everything.
 *
 * @param ids symbol ids (raw u32 bits)
 */
public record IdList(List<Integer> ids) {
  /**
   * Copies {@code ids} into an unmodifiable list.
   *
   * @param ids symbol ids (raw u32 bits)
   */
  public IdList {
    ids = List.copyOf(ids);
  }

  /**
   * {@return a list of the given symbol ids}
   *
   * @param ids symbol ids (raw u32 bits), in the order sent
   */
  public static IdList of(int... ids) {
    List<Integer> list = new ArrayList<>(ids.length);
    for (int id : ids) {
      list.add(id);
    }
    return new IdList(list);
  }

  /**
   * {@return the list: a u32 count and that many u32 ids}
   *
   * @param r reader over the body
   * @param off byte offset of the count
   * @throws io.github.jmt5.protocol.ProtocolException if the count does not fit the bytes that
   *     follow
   */
  public static IdList read(WireReader r, int off) {
    int n = r.count(off, 4, "ids");
    List<Integer> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ids.add(r.u32(off + 4 + 4 * i, "ids"));
    }
    return new IdList(ids);
  }

  /**
   * Appends the u32 count and the ids.
   *
   * @param w the writer
   */
  public void write(WireWriter w) {
    w.u32(ids.size());
    for (int id : ids) {
      w.u32(id);
    }
  }
}
