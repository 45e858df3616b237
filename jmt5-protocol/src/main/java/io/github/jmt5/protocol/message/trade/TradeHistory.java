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
  /**
   * Copies {@code deals}, {@code orders} into unmodifiable lists.
   *
   * @param deals deals of the period
   * @param orders orders of the period
   */
  public TradeHistory {
    deals = List.copyOf(deals);
    orders = List.copyOf(orders);
  }

  /**
   * {@return the deals and orders of a cmd 5 body: counted DEAL, then counted ORDER}
   *
   * @param r reader over the whole body
   * @throws io.github.jmt5.protocol.ProtocolException if a count does not fit the bytes that follow
   */
  public static TradeHistory decode(WireReader r) {
    List<Deal> deals = Wire.readCounted(r, 0, Deal.SIZE, "deals", Deal::read);
    int off = 4 + deals.size() * Deal.SIZE;
    List<Order> orders = Wire.readCounted(r, off, Order.SIZE, "orders", Order::read);
    return new TradeHistory(deals, orders);
  }

  /**
   * Appends the counted deals, then the counted orders.
   *
   * @param w the writer
   */
  public void write(WireWriter w) {
    Wire.writeCounted(w, deals, Deal::write);
    Wire.writeCounted(w, orders, Order::write);
  }
}
