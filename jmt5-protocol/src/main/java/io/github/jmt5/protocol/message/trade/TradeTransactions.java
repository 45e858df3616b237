package io.github.jmt5.protocol.message.trade;

import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/** Codec of the cmd 10 push body: records of one kind back to back until the body ends. */
public final class TradeTransactions {
  private TradeTransactions() {}

  /**
   * Decodes every record. The kind is decided once by the first u32; an empty body holds no
   * records. A trailing partial record raises {@link io.github.jmt5.protocol.ProtocolException}.
   *
   * @param r reader over the whole body
   * @return the decoded body
   * @throws io.github.jmt5.protocol.ProtocolException if the body is truncated or a count does not
   *     fit the bytes that follow
   */
  public static List<TradeTransaction> decode(WireReader r) {
    List<TradeTransaction> out = new ArrayList<>();
    if (r.length() == 0) {
      return out;
    }
    boolean deals = r.u32(0, "flag_mask") == TradeTransaction.DEAL;
    int off = 0;
    while (off < r.length()) {
      if (deals) {
        DealTransaction t = DealTransaction.read(r, off);
        off += t.size();
        out.add(t);
      } else {
        out.add(OrderTransaction.read(r, off));
        off += OrderTransaction.SIZE;
      }
    }
    return out;
  }

  /**
   * Encodes records of one kind.
   *
   * @param records order or deal records, not both
   * @param w the writer
   * @throws IllegalArgumentException when order and deal records are mixed
   */
  public static void write(List<? extends TradeTransaction> records, WireWriter w) {
    boolean deals = !records.isEmpty() && records.get(0) instanceof DealTransaction;
    for (TradeTransaction t : records) {
      if (t instanceof DealTransaction d && deals) {
        d.write(w);
      } else if (t instanceof OrderTransaction o && !deals) {
        o.write(w);
      } else {
        throw new IllegalArgumentException("a cmd 10 push holds records of one kind only");
      }
    }
  }
}
