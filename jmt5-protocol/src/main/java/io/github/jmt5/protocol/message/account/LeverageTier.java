package io.github.jmt5.protocol.message.account;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;

/**
 * One range of a leverage rule and its margin rates.
 *
 * <p>Wire record LEVERAGE_TIER, 32 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param rangeFrom range from
 * @param rangeTo DBL_MAX means unlimited
 * @param marginRateInitial margin rate initial
 * @param marginRateMaintenance margin rate maintenance
 */
public record LeverageTier(
    double rangeFrom, double rangeTo, double marginRateInitial, double marginRateMaintenance) {

  /** Size of the record on the wire. */
  public static final int SIZE = 32;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("LEVERAGE_TIER")
          .f64("range_from")
          .f64("range_to")
          .f64("margin_rate_initial")
          .f64("margin_rate_maintenance")
          .build();

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static LeverageTier read(WireReader r, int off) {
    return new LeverageTier(
        r.f64(off, "range_from"),
        r.f64(off + 8, "range_to"),
        r.f64(off + 16, "margin_rate_initial"),
        r.f64(off + 24, "margin_rate_maintenance"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.f64(rangeFrom);
    w.f64(rangeTo);
    w.f64(marginRateInitial);
    w.f64(marginRateMaintenance);
  }
}
