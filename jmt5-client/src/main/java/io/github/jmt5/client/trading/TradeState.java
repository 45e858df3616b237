package io.github.jmt5.client.trading;

import io.github.jmt5.client.event.PushEvent;
import io.github.jmt5.client.event.TradeTransactionsReceived;
import io.github.jmt5.client.session.Request;
import io.github.jmt5.client.session.Session;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.message.trade.DealTransaction;
import io.github.jmt5.protocol.message.trade.Order;
import io.github.jmt5.protocol.message.trade.OrderTransaction;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.message.trade.PositionsAndOrders;
import io.github.jmt5.protocol.message.trade.TradeTransaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Open positions and pending orders, loaded with cmd 4 and kept current from cmd 10 pushes on the
 * socket's thread (PROTOCOL.md 7.6): an open-order record adds, updates or deletes an order; a deal
 * record's position replaces the position, or removes it when its volume is 0.
 */
public final class TradeState {
  private static final int OPEN_ORDERS = 0;
  private static final int DELETE = 2;

  private final Session session;
  private final Map<Long, Position> positions = new ConcurrentHashMap<>();
  private final Map<Long, Order> orders = new ConcurrentHashMap<>();
  // cmd 10 records applied while a cmd 4 load is under way, replayed onto its snapshot: the reply
  // is applied after pushes that followed it on the wire may already have been
  private @Nullable List<TradeTransaction> sinceLoad;
  private int loads;

  /**
   * State kept from {@code session}'s pushes; empty until {@link #refresh()}.
   *
   * @param session the session
   */
  public TradeState(Session session) {
    this.session = session;
  }

  /**
   * Loads positions and orders afresh (cmd 4). Records that arrive while the load is under way are
   * applied again on top of its snapshot, so a snapshot never undoes a newer change (each record
   * replaces or removes one position or order, so replaying one the snapshot already holds changes
   * nothing).
   *
   * @return completes with the loaded snapshot
   */
  public CompletableFuture<PositionsAndOrders> refresh() {
    synchronized (this) {
      if (loads++ == 0) {
        sinceLoad = new ArrayList<>();
      }
    }
    return session
        .request(Request.of(CommandId.GET_POSITIONS_AND_ORDERS, Codecs.POSITIONS_AND_ORDERS))
        .whenComplete(
            (all, e) -> {
              synchronized (this) {
                List<TradeTransaction> replay = sinceLoad != null ? sinceLoad : List.of();
                if (all != null) {
                  positions.clear();
                  orders.clear();
                  all.positions().forEach(p -> positions.put(p.positionId(), p));
                  all.orders().forEach(o -> orders.put(o.tradeOrder(), o));
                  replay.forEach(this::apply);
                }
                if (--loads == 0) {
                  sinceLoad = null;
                }
              }
            });
  }

  /** {@return open positions, oldest first} */
  public List<Position> positions() {
    List<Position> l = new ArrayList<>(positions.values());
    l.sort(Comparator.comparingLong(Position::positionId));
    return l;
  }

  /**
   * {@return the open position {@code ticket}, or empty}
   *
   * @param ticket position ticket
   */
  public Optional<Position> position(long ticket) {
    return Optional.ofNullable(positions.get(ticket));
  }

  /** {@return pending orders, oldest first} */
  public List<Order> orders() {
    List<Order> l = new ArrayList<>(orders.values());
    l.sort(Comparator.comparingLong(Order::tradeOrder));
    return l;
  }

  /**
   * {@return the pending order {@code ticket}, or empty}
   *
   * @param ticket order ticket
   */
  public Optional<Order> order(long ticket) {
    return Optional.ofNullable(orders.get(ticket));
  }

  /**
   * The session mirror: applies cmd 10. Runs on the socket's thread.
   *
   * @param event a push of the session
   */
  public void mirror(PushEvent event) {
    if (!(event instanceof TradeTransactionsReceived t)) {
      return;
    }
    synchronized (this) {
      for (TradeTransaction tx : t.transactions()) {
        apply(tx);
        if (sinceLoad != null) {
          sinceLoad.add(tx);
        }
      }
    }
  }

  private void apply(TradeTransaction tx) {
    if (tx instanceof OrderTransaction o) {
      apply(o);
    } else if (tx instanceof DealTransaction d) {
      apply(d);
    }
  }

  private void apply(OrderTransaction o) {
    if (o.flagMask() != OPEN_ORDERS) {
      return; // a history order
    }
    if (o.transactionType() == DELETE) {
      orders.remove(o.order().tradeOrder());
    } else {
      orders.put(o.order().tradeOrder(), o.order());
    }
  }

  private void apply(DealTransaction d) {
    apply(d.tradePosition());
    d.positions().forEach(this::apply);
  }

  private void apply(Position p) {
    if (p.tradeSymbol().isEmpty()) {
      return; // no position in this record
    }
    if (p.tradeVolume() == 0) {
      positions.remove(p.positionId());
    } else {
      positions.put(p.positionId(), p);
    }
  }
}
