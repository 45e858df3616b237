package io.github.jmt5.server.internal.broker;

import java.util.ArrayList;
import java.util.List;

/**
 * Stop-out: while the margin level (equity / margin, percent) is below {@link #LEVEL}, the most
 * losing position is closed at the market.
 */
final class StopOut {
  /** Margin level, percent, below which positions are closed, worst first. */
  static final double LEVEL = 50;

  private final Ledger ledger;
  private final Dealer dealer;

  StopOut(Ledger ledger, Dealer dealer) {
    this.ledger = ledger;
    this.dealer = dealer;
  }

  /** The pushes of the positions closed to bring the account's margin level back up. */
  List<BrokerEvent> onQuotes(AccountBook b, long now) {
    List<BrokerEvent> events = new ArrayList<>();
    while (!b.positions.isEmpty()) {
      double margin = ledger.usedMargin(b);
      if (margin <= 0 || ledger.equity(b) / margin * 100 >= LEVEL) {
        break;
      }
      OpenPosition worst = null;
      double worstProfit = Double.MAX_VALUE;
      for (OpenPosition p : b.positions.values()) {
        double pr = ledger.profit(b, p, p.volume, ledger.closePrice(p).orElse(p.priceOpen));
        if (pr < worstProfit) {
          worstProfit = pr;
          worst = p;
        }
      }
      if (worst == null) {
        break;
      }
      List<BrokerEvent> closed = dealer.close(b, worst, "[so]", now);
      if (closed.isEmpty()) {
        break; // no quote to close at: try again on the next tick
      }
      events.addAll(closed);
    }
    return events;
  }
}
