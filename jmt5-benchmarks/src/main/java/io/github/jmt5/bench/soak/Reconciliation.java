package io.github.jmt5.bench.soak;

import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.message.trade.PositionsAndOrders;
import io.github.jmt5.protocol.message.trade.TradeHistory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Compares one session's client-side view with the emulator's books. */
final class Reconciliation {
  private Reconciliation() {}

  /**
   * Differences between the client's mirrored positions and orders and the emulator's: tickets
   * present on one side only, and volumes (and order prices) that differ. Empty when they agree.
   */
  static List<String> mirrorDifferences(
      List<Position> clientPositions, List<Order> clientOrders, PositionsAndOrders emulator) {
    List<String> diffs = new ArrayList<>();
    compare("position", positions(clientPositions), positions(emulator.positions()), diffs);
    compare("order", orders(clientOrders), orders(emulator.orders()), diffs);
    return diffs;
  }

  /** Tickets of successful results that the emulator's history does not hold. */
  static List<String> missingFromHistory(
      long[] deals, long[] orders, TradeHistory history, PositionsAndOrders open) {
    Set<Long> dealTickets = new HashSet<>();
    for (Deal d : history.deals()) {
      dealTickets.add(d.deal());
    }
    Set<Long> orderTickets = new HashSet<>();
    for (Order o : history.orders()) {
      orderTickets.add(o.tradeOrder());
    }
    for (Order o : open.orders()) {
      orderTickets.add(o.tradeOrder());
    }
    List<String> missing = new ArrayList<>();
    for (long d : deals) {
      if (!dealTickets.contains(d)) {
        missing.add("deal " + d);
      }
    }
    for (long o : orders) {
      if (!orderTickets.contains(o)) {
        missing.add("order " + o);
      }
    }
    return missing;
  }

  private static Map<Long, String> positions(List<Position> l) {
    Map<Long, String> m = new TreeMap<>();
    l.forEach(p -> m.put(p.positionId(), p.tradeSymbol() + " volume " + p.tradeVolume()));
    return m;
  }

  private static Map<Long, String> orders(List<Order> l) {
    Map<Long, String> m = new TreeMap<>();
    l.forEach(
        o ->
            m.put(
                o.tradeOrder(),
                String.format(
                    Locale.ROOT,
                    "%s volume %d price %.5f",
                    o.tradeSymbol(),
                    o.volumeCurrent(),
                    o.priceOrder())));
    return m;
  }

  private static void compare(
      String what, Map<Long, String> client, Map<Long, String> emulator, List<String> diffs) {
    client.forEach(
        (ticket, v) -> {
          String e = emulator.get(ticket);
          if (e == null) {
            diffs.add(what + " " + ticket + " (" + v + ") in the client only");
          } else if (!e.equals(v)) {
            diffs.add(what + " " + ticket + ": client " + v + ", emulator " + e);
          }
        });
    emulator.forEach(
        (ticket, v) -> {
          if (!client.containsKey(ticket)) {
            diffs.add(what + " " + ticket + " (" + v + ") in the emulator only");
          }
        });
  }
}
