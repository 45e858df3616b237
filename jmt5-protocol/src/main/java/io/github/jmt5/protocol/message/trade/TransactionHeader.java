package io.github.jmt5.protocol.message.trade;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;

/**
 * The 12-byte header of every cmd 10 trade transaction record.
 *
 * <p>Wire record TRADE_TXN_ORDER_HEAD, 12 bytes. Unsigned 32-bit fields hold their raw bits in an
 * {@code int} and unsigned 64-bit fields in a {@code long}; volumes are lots x 10^8.
 *
 * @param flagMask 0 = open (pending) order, 1 = history order
 * @param transactionId transaction id
 * @param transactionType 0 add, 1 update, 2 delete
 */
public record TransactionHeader(int flagMask, int transactionId, int transactionType) {

  /** Size of the record on the wire. */
  public static final int SIZE = 12;

  /** The wire layout. */
  public static final Layout LAYOUT =
      Layout.builder("TRADE_TXN_ORDER_HEAD")
          .u32("flag_mask")
          .u32("transaction_id")
          .u32("transaction_type")
          .build();

  /**
   * Reads one record at byte {@code off} of {@code r}.
   *
   * @param r reader over the body
   * @param off byte offset of the record in the body
   * @return the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static TransactionHeader read(WireReader r, int off) {
    return new TransactionHeader(
        r.u32(off, "flag_mask"),
        r.u32(off + 4, "transaction_id"),
        r.u32(off + 8, "transaction_type"));
  }

  /**
   * Appends this record, exactly {@link #SIZE} bytes.
   *
   * @param w writer the bytes are appended to
   */
  public void write(WireWriter w) {
    w.u32(flagMask);
    w.u32(transactionId);
    w.u32(transactionType);
  }
}
