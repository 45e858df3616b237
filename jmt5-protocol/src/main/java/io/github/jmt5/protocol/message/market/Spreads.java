package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.message.Wire;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Codec of the cmd 20 reply and push: blocks of {@code u32 reserved, u32 n, n x SPREAD} until the
 * body ends, where a spread with a non-zero id is followed by two counted leg lists. Spreads with
 * id 0 carry no legs and are dropped, as the web terminal does.
 */
public final class Spreads {
  private Spreads() {}

  /**
   * {@return every spread of every block in a cmd 20 body, in wire order}
   *
   * @param r reader over the whole body
   * @throws io.github.jmt5.protocol.ProtocolException if a count does not fit the bytes that follow
   */
  public static List<Spread> decode(WireReader r) {
    List<Spread> out = new ArrayList<>();
    int off = 0;
    while (r.remaining(off) > 0) {
      r.require(off, 8, "spread_block");
      int n = r.count(off + 4, Spread.SIZE, "spreads");
      off += 8;
      for (int i = 0; i < n; i++) {
        Spread head = Spread.read(r, off);
        off += Spread.SIZE;
        if (head.spreadId() == 0) {
          continue;
        }
        List<SpreadLeg> a = Wire.readCounted(r, off, SpreadLeg.SIZE, "legs_a", SpreadLeg::read);
        off += 4 + a.size() * SpreadLeg.SIZE;
        List<SpreadLeg> b = Wire.readCounted(r, off, SpreadLeg.SIZE, "legs_b", SpreadLeg::read);
        off += 4 + b.size() * SpreadLeg.SIZE;
        out.add(
            new Spread(
                head.spreadId(),
                head.flagMask(),
                head.marginInitial(),
                head.marginMaintenance(),
                head.marginType(),
                a,
                b));
      }
    }
    return out;
  }

  /**
   * Writes all spreads as one block.
   *
   * @param spreads the spreads, in order
   * @param w the writer
   */
  public static void write(List<Spread> spreads, WireWriter w) {
    w.u32(0).u32(spreads.size());
    for (Spread s : spreads) {
      s.write(w);
      if (s.spreadId() != 0) {
        Wire.writeCounted(w, s.legsA(), SpreadLeg::write);
        Wire.writeCounted(w, s.legsB(), SpreadLeg::write);
      }
    }
  }
}
