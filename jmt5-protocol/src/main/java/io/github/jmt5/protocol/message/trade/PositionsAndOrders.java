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
  /**
   * Copies {@code positions}, {@code orders} into unmodifiable lists.
   *
   * @param positions open positions
   * @param orders open orders
   */
  public PositionsAndOrders {
    positions = List.copyOf(positions);
    orders = List.copyOf(orders);
  }

  /**
   * {@return the positions and orders of a cmd 4 body: counted POSITION, then counted ORDER}
   *
   * @param r reader over the whole body
   * @throws io.github.jmt5.protocol.ProtocolException if a count does not fit the bytes that follow
   */
  public static PositionsAndOrders decode(WireReader r) {
    List<Position> positions = Wire.readCounted(r, 0, Position.SIZE, "positions", Position::read);
    int off = 4 + positions.size() * Position.SIZE;
    List<Order> orders = Wire.readCounted(r, off, Order.SIZE, "orders", Order::read);
    return new PositionsAndOrders(positions, orders);
  }

  /**
   * Appends the counted positions, then the counted orders.
   *
   * @param w the writer
   */
  public void write(WireWriter w) {
    Wire.writeCounted(w, positions, Position::write);
    Wire.writeCounted(w, orders, Order::write);
  }
}
