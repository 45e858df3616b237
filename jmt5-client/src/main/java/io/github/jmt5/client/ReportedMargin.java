package io.github.jmt5.client;

import io.github.jmt5.client.account.MarginModel;
import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.trade.Position;
import java.util.List;

/**
 * Profit and margin from what the server reports on each position: profit plus swap, and volume ×
 * contract size × the position's margin rate / leverage.
 */
final class ReportedMargin implements MarginModel {
  @Override
  public double margin(Account account, List<Position> positions) {
    double sum = 0;
    int leverage = Math.max(1, account.main().marginLeverage());
    for (Position p : positions) {
      double lots = p.tradeVolume() / 1e8;
      sum += lots * p.contractSize() * p.rateMargin() / leverage;
    }
    return sum;
  }

  @Override
  public double profit(Account account, List<Position> positions) {
    double sum = 0;
    for (Position p : positions) {
      sum += p.profit() + p.storage();
    }
    return sum;
  }
}
