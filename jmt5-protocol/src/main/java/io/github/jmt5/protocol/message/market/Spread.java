package io.github.jmt5.protocol.message.market;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.List;

/**
 * A combined instrument (cmd 20) with its two leg lists.
 *
 * <p>Wire record SPREAD, 28 bytes. Unsigned 32-bit fields hold their raw bits in an {@code int} and
 * unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param spreadId 0 = record carries no legs
 * @param flagMask flag mask
 * @param marginInitial margin initial
 * @param marginMaintenance margin maintenance
 * @param marginType margin type
 * @param legsA first leg list (present on the wire only when spread_id is not 0)
 * @param legsB second leg list
 */
public record Spread(
    int spreadId,
    int flagMask,
    double marginInitial,
    double marginMaintenance,
    int marginType,
    List<SpreadLeg> legsA,
    List<SpreadLeg> legsB) {

  /** Size of the record on the wire. */
  public static final int SIZE = 28;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("SPREAD")
          .u32("spread_id")
          .u32("flag_mask")
          .f64("margin_initial")
          .f64("margin_maintenance")
          .u32("margin_type")
          .build();

  /**
   * Copies {@code legsA}, {@code legsB} into unmodifiable lists.
   *
   * @param spreadId 0 = record carries no legs
   * @param flagMask flag mask
   * @param marginInitial margin initial
   * @param marginMaintenance margin maintenance
   * @param marginType margin type
   * @param legsA first leg list (present on the wire only when spread_id is not 0)
   * @param legsB second leg list
   */
  public Spread {
    legsA = List.copyOf(legsA);
    legsB = List.copyOf(legsB);
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static Spread read(WireReader r, int off) {
    return new Spread(
        r.u32(off, "spread_id"),
        r.u32(off + 4, "flag_mask"),
        r.f64(off + 8, "margin_initial"),
        r.f64(off + 16, "margin_maintenance"),
        r.u32(off + 24, "margin_type"),
        List.of(),
        List.of());
  }

  /**
   * Appends the fixed part of this record, exactly {@link #SIZE} bytes; the lists are written by
   * the body codec.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(spreadId);
    w.u32(flagMask);
    w.f64(marginInitial);
    w.f64(marginMaintenance);
    w.u32(marginType);
  }
}
