package io.github.jmt5.protocol.message.account;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * One range of a commission rule.
 *
 * <p>Wire record COMMISSION_TIER, 80 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param mode mode
 * @param type type
 * @param value value
 * @param rangeFrom range from
 * @param rangeTo range to
 * @param minimal minimal
 * @param maximal maximal
 * @param currency currency
 */
public record CommissionTier(
    int mode,
    int type,
    double value,
    double rangeFrom,
    double rangeTo,
    double minimal,
    double maximal,
    String currency) {

  /** Size of the record on the wire. */
  public static final int SIZE = 80;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("COMMISSION_TIER")
          .u32("mode")
          .u32("type")
          .f64("value")
          .f64("range_from")
          .f64("range_to")
          .f64("minimal")
          .f64("maximal")
          .utf16("currency", 32)
          .build();

  /**
   * Checks that {@code currency} is not null.
   *
   * @param mode mode
   * @param type type
   * @param value value
   * @param rangeFrom range from
   * @param rangeTo range to
   * @param minimal minimal
   * @param maximal maximal
   * @param currency currency
   * @throws NullPointerException if it is null
   */
  public CommissionTier {
    Objects.requireNonNull(currency, "currency");
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static CommissionTier read(WireReader r, int off) {
    return new CommissionTier(
        r.u32(off, "mode"),
        r.u32(off + 4, "type"),
        r.f64(off + 8, "value"),
        r.f64(off + 16, "range_from"),
        r.f64(off + 24, "range_to"),
        r.f64(off + 32, "minimal"),
        r.f64(off + 40, "maximal"),
        r.utf16(off + 48, 32, "currency"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(mode);
    w.u32(type);
    w.f64(value);
    w.f64(rangeFrom);
    w.f64(rangeTo);
    w.f64(minimal);
    w.f64(maximal);
    w.utf16(currency, 32);
  }
}
