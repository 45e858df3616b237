package io.github.jmt5.protocol.message.trade;

import io.github.jmt5.protocol.message.Wire;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.util.List;

/**
 * The cmd 4 reply: open positions, then open (pending) orders, each as a counted list.
 *
 * @param positions open positions
 * @param orders open orders
 */
public record PositionsAndOrders(List<Position> positions, List<Order> orders) {
  public PositionsAndOrders {
    positions = List.copyOf(positions);
    orders = List.copyOf(orders);
  }

  public static PositionsAndOrders decode(WireReader r) {
    List<Position> positions = Wire.readCounted(r, 0, Position.SIZE, "positions", Position::read);
    int off = 4 + positions.size() * Position.SIZE;
    List<Order> orders = Wire.readCounted(r, off, Order.SIZE, "orders", Order::read);
    return new PositionsAndOrders(positions, orders);
  }

  public void write(WireWriter w) {
    Wire.writeCounted(w, positions, Position::write);
    Wire.writeCounted(w, orders, Order::write);
  }
}
