package io.github.jmt5.protocol.message.trade;

import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.message.Wire;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.List;
import java.util.Objects;

/**
 * A deal record of a cmd 10 push: header, one deal (ticket 0 = none), one position (volume 0 =
 * closed), the new balance figures, then counted lists of further deals and positions.
 *
 * @param flagMask always 2
 * @param transactionId transaction id
 * @param transactionType 0 add, 1 update, 2 delete
 * @param deal the deal; its ticket is 0 when the record carries none
 * @param tradePosition the position it affects
 * @param balance new balance (applied when transactionType is 0)
 * @param credit new credit
 * @param commissionDaily daily commission
 * @param commissionMonthly monthly commission
 * @param accProfit floating profit
 * @param deals further deals
 * @param positions further positions
 */
public record DealTransaction(
    int flagMask,
    int transactionId,
    int transactionType,
    Deal deal,
    Position tradePosition,
    double balance,
    double credit,
    double commissionDaily,
    double commissionMonthly,
    double accProfit,
    List<Deal> deals,
    List<Position> positions)
    implements TradeTransaction {

  /** The fixed part (before the two counted lists). */
  public static final Layout LAYOUT =
      Layout.builder("TRADE_TXN_DEAL")
          .u32("flag_mask")
          .u32("transaction_id")
          .u32("transaction_type")
          .nested("deal", Deal.LAYOUT)
          .nested("trade_position", Position.LAYOUT)
          .f64("balance")
          .f64("credit")
          .f64("commission_daily")
          .f64("commission_monthly")
          .f64("acc_profit")
          .build();

  /** Size in bytes of the fixed part: header, DEAL and the position; further deals follow it. */
  public static final int FIXED_SIZE = 752;

  /**
   * Checks that {@code deal} and {@code tradePosition} are not null and copies {@code deals},
   * {@code positions} into unmodifiable lists.
   *
   * @param flagMask always 2
   * @param transactionId transaction id
   * @param transactionType 0 add, 1 update, 2 delete
   * @param deal the deal; its ticket is 0 when the record carries none
   * @param tradePosition the position it affects
   * @param balance new balance (applied when transactionType is 0)
   * @param credit new credit
   * @param commissionDaily daily commission
   * @param commissionMonthly monthly commission
   * @param accProfit floating profit
   * @param deals further deals
   * @param positions further positions
   * @throws NullPointerException if any of them is null
   */
  public DealTransaction {
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(tradePosition, "tradePosition");
    deals = List.copyOf(deals);
    positions = List.copyOf(positions);
  }

  /** {@return true when {@link #deal()} is a real deal (ticket not 0)} */
  public boolean hasDeal() {
    return deal.deal() != 0;
  }

  /** {@return bytes this record occupies on the wire} */
  public int size() {
    return FIXED_SIZE + 4 + deals.size() * Deal.SIZE + 4 + positions.size() * Position.SIZE;
  }

  /**
   * {@return the record at {@code off}, with the deals that follow its fixed part}
   *
   * @param r reader over the body
   * @param off byte offset of the record
   * @throws io.github.jmt5.protocol.ProtocolException if the record runs past the end of the body
   */
  public static DealTransaction read(WireReader r, int off) {
    r.require(off, FIXED_SIZE, "TRADE_TXN_DEAL");
    TransactionHeader h = TransactionHeader.read(r, off);
    int p = off + TransactionHeader.SIZE;
    Deal deal = Deal.read(r, p);
    p += Deal.SIZE;
    Position position = Position.read(r, p);
    p += Position.SIZE;
    double balance = r.f64(p, "balance");
    double credit = r.f64(p + 8, "credit");
    double daily = r.f64(p + 16, "commission_daily");
    double monthly = r.f64(p + 24, "commission_monthly");
    double profit = r.f64(p + 32, "acc_profit");
    p += 40;
    List<Deal> deals = Wire.readCounted(r, p, Deal.SIZE, "deals", Deal::read);
    p += 4 + deals.size() * Deal.SIZE;
    List<Position> positions = Wire.readCounted(r, p, Position.SIZE, "positions", Position::read);
    return new DealTransaction(
        h.flagMask(),
        h.transactionId(),
        h.transactionType(),
        deal,
        position,
        balance,
        credit,
        daily,
        monthly,
        profit,
        deals,
        positions);
  }

  /**
   * Appends the header, the fixed part and the further deals.
   *
   * @param w the writer
   */
  public void write(WireWriter w) {
    new TransactionHeader(flagMask, transactionId, transactionType).write(w);
    deal.write(w);
    tradePosition.write(w);
    w.f64(balance).f64(credit).f64(commissionDaily).f64(commissionMonthly).f64(accProfit);
    Wire.writeCounted(w, deals, Deal::write);
    Wire.writeCounted(w, positions, Position::write);
  }
}
