package io.github.jmt5.protocol.message.trade;

import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.Objects;

/**
 * An order record of a cmd 10 push: 12-byte header plus one {@link Order}, 368 bytes.
 *
 * @param flagMask 0 open order, 1 history order
 * @param transactionId transaction id
 * @param transactionType 0 add, 1 update, 2 delete
 * @param order the order
 */
public record OrderTransaction(int flagMask, int transactionId, int transactionType, Order order)
    implements TradeTransaction {
  /** Size in bytes: the 12-byte header and one ORDER. */
  public static final int SIZE = TransactionHeader.SIZE + Order.SIZE;

  /**
   * Checks that {@code order} is not null.
   *
   * @param flagMask 0 open order, 1 history order
   * @param transactionId transaction id
   * @param transactionType 0 add, 1 update, 2 delete
   * @param order the order
   * @throws NullPointerException if it is null
   */
  public OrderTransaction {
    Objects.requireNonNull(order, "order");
  }

  /**
   * {@return the record at {@code off}}
   *
   * @param r reader over the body
   * @param off byte offset of the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static OrderTransaction read(WireReader r, int off) {
    TransactionHeader h = TransactionHeader.read(r, off);
    return new OrderTransaction(
        h.flagMask(),
        h.transactionId(),
        h.transactionType(),
        Order.read(r, off + TransactionHeader.SIZE));
  }

  /**
   * Appends the header and the order.
   *
   * @param w the writer
   */
  public void write(WireWriter w) {
    new TransactionHeader(flagMask, transactionId, transactionType).write(w);
    order.write(w);
  }
}
