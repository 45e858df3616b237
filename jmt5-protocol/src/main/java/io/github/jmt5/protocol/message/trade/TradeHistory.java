package io.github.jmt5.protocol.message.trade;

import io.github.jmt5.protocol.message.Wire;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.List;

/**
 * The cmd 5 reply: deals, then history orders, each as a counted list.
 *
 * @param deals deals of the period
 * @param orders orders of the period
 */
public record TradeHistory(List<Deal> deals, List<Order> orders) {
  public TradeHistory {
    deals = List.copyOf(deals);
    orders = List.copyOf(orders);
  }

  public static TradeHistory decode(WireReader r) {
    List<Deal> deals = Wire.readCounted(r, 0, Deal.SIZE, "deals", Deal::read);
    int off = 4 + deals.size() * Deal.SIZE;
    List<Order> orders = Wire.readCounted(r, off, Order.SIZE, "orders", Order::read);
    return new TradeHistory(deals, orders);
  }

  public void write(WireWriter w) {
    Wire.writeCounted(w, deals, Deal::write);
    Wire.writeCounted(w, orders, Order::write);
  }
}
