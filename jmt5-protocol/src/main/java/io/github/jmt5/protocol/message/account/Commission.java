package io.github.jmt5.protocol.message.account;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.List;
import java.util.Objects;

/**
 * A commission rule of the account with its tiers.
 *
 * <p>Wire record COMMISSION, 304 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param path symbol path mask
 * @param mode 1 = agent commission
 * @param modeRange mode range
 * @param modeCharge mode charge
 * @param modeCurrency mode currency
 * @param modeEntry in / out / in-out deals
 * @param tiers the tiers that follow the rule on the wire
 */
public record Commission(
    String path,
    int mode,
    int modeRange,
    int modeCharge,
    String modeCurrency,
    int modeEntry,
    List<CommissionTier> tiers) {

  /** Size of the record on the wire. */
  public static final int SIZE = 304;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("COMMISSION")
          .utf16("path", 256)
          .u32("mode")
          .u32("mode_range")
          .u32("mode_charge")
          .utf16("mode_currency", 32)
          .u32("mode_entry")
          .build();

  /**
   * Checks that {@code path} and {@code modeCurrency} are not null and copies {@code tiers} into an
   * unmodifiable list.
   *
   * @param path symbol path mask
   * @param mode 1 = agent commission
   * @param modeRange mode range
   * @param modeCharge mode charge
   * @param modeCurrency mode currency
   * @param modeEntry in / out / in-out deals
   * @param tiers the tiers that follow the rule on the wire
   * @throws NullPointerException if any of them is null
   */
  public Commission {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(modeCurrency, "modeCurrency");
    tiers = List.copyOf(tiers);
  }

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static Commission read(WireReader r, int off) {
    return new Commission(
        r.utf16(off, 256, "path"),
        r.u32(off + 256, "mode"),
        r.u32(off + 260, "mode_range"),
        r.u32(off + 264, "mode_charge"),
        r.utf16(off + 268, 32, "mode_currency"),
        r.u32(off + 300, "mode_entry"),
        List.of());
  }

  /**
   * Appends the fixed part of this record, exactly {@link #SIZE} bytes; the lists are written by
   * the body codec.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.utf16(path, 256);
    w.u32(mode);
    w.u32(modeRange);
    w.u32(modeCharge);
    w.utf16(modeCurrency, 32);
    w.u32(modeEntry);
  }
}
