package io.github.jmt5.protocol.message.account;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.List;
import java.util.Objects;

/**
 * A leverage rule of the account: a symbol path mask with its margin tiers.
 *
 * <p>Wire record LEVERAGE_RULE, 300 bytes. Unsigned 32-bit fields hold their raw bits in an {@code
 * int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param path symbol path mask
 * @param rangeMode 0 volume, 1 volume per symbol, 2 value, 3 value per symbol
 * @param rangeCurrency range currency
 * @param rangeCurrencyDigits range currency digits
 * @param tiers the margin tiers that follow the rule on the wire
 */
public record LeverageRule(
    String path,
    int rangeMode,
    String rangeCurrency,
    int rangeCurrencyDigits,
    List<LeverageTier> tiers) {

  /** Size of the record on the wire. */
  public static final int SIZE = 300;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("LEVERAGE_RULE")
          .utf16("path", 256)
          .u32("range_mode")
          .utf16("range_currency", 32)
          .u32("range_currency_digits")
          .i32("tier_count")
          .build();

  /**
   * Checks that {@code path} and {@code rangeCurrency} are not null and copies {@code tiers} into
   * an unmodifiable list.
   *
   * @param path symbol path mask
   * @param rangeMode 0 volume, 1 volume per symbol, 2 value, 3 value per symbol
   * @param rangeCurrency range currency
   * @param rangeCurrencyDigits range currency digits
   * @param tiers the margin tiers that follow the rule on the wire
   * @throws NullPointerException if any of them is null
   */
  public LeverageRule {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rangeCurrency, "rangeCurrency");
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
  public static LeverageRule read(WireReader r, int off) {
    return new LeverageRule(
        r.utf16(off, 256, "path"),
        r.u32(off + 256, "range_mode"),
        r.utf16(off + 260, 32, "range_currency"),
        r.u32(off + 292, "range_currency_digits"),
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
    w.u32(rangeMode);
    w.utf16(rangeCurrency, 32);
    w.u32(rangeCurrencyDigits);
    w.i32(tiers.size());
  }
}
