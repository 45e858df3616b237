package io.github.jmt5.protocol.message.trade;

/**
 * One record of a cmd 10 trade transaction push. A push holds records of one kind only, decided by
 * the first u32 of the body: {@link OrderTransaction} for open or history orders, {@link
 * DealTransaction} for deals, positions and balance.
 */
public sealed interface TradeTransaction permits OrderTransaction, DealTransaction {
  /** Flag mask of an open-order record. */
  int OPEN_ORDER = 0;

  /** Flag mask of a history-order record. */
  int HISTORY_ORDER = 1;

  /** Flag mask of a deal/position/balance record. */
  int DEAL = 2;

  /** Add. */
  int ADD = 0;

  /** Update. */
  int UPDATE = 1;

  /** Delete. */
  int DELETE = 2;

  /** {@return the record kind: 0 open order, 1 history order, 2 deal} */
  int flagMask();

  /** {@return the transaction id from the record header} */
  int transactionId();

  /** {@return what happened: 0 add, 1 update, 2 delete} */
  int transactionType();
}
