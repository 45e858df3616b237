package io.github.jmt5.client.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.client.instrument.Instrumentation;
import io.github.jmt5.protocol.message.market.BookHeader;
import io.github.jmt5.protocol.message.market.BookUpdate;
import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.protocol.wire.Bytes;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class EventBusTest {
  /** Runs delivery only when the test says so, to model a listener that is behind. */
  private static final class ManualExecutor implements Executor {
    final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable command) {
      tasks.add(command);
    }

    void runAll() {
      Runnable r;
      while ((r = tasks.poll()) != null) {
        r.run();
      }
    }
  }

  private final ManualExecutor executor = new ManualExecutor();

  private EventBus bus(int capacity) {
    return new EventBus(
        EventOptions.defaults().withExecutor(executor).withMarketDataCapacity(capacity),
        Instrumentation.NONE);
  }

  private static Tick tick(int symbol, int fields, double bid, double ask) {
    return new Tick(symbol, 1_700_000_000, fields, bid, ask, 0, 0, 0, 0);
  }

  private static StateChanged state(ConnectionState to) {
    return new StateChanged(ConnectionState.DISCONNECTED, to, null, Instant.EPOCH);
  }

  @Test
  void deliversInOrderToListenersOfMatchingTypes() {
    EventBus bus = bus(10);
    List<Object> all = new ArrayList<>();
    List<Object> connection = new ArrayList<>();
    bus.on(Mt5Event.class, all::add);
    bus.on(ConnectionEvent.class, connection::add);
    StateChanged s = state(ConnectionState.CONNECTING);
    TicksReceived t = new TicksReceived(List.of(tick(1, 3, 1.0, 1.1)));

    bus.publish(s);
    bus.publish(t);
    executor.runAll();

    assertThat(all).containsExactly(s, t);
    assertThat(connection).containsExactly(s);
  }

  @Test
  void aThrowingListenerIsCountedAndTheNextStillRuns() {
    EventBus bus = bus(10);
    List<Object> got = new ArrayList<>();
    bus.on(
        Mt5Event.class,
        e -> {
          throw new IllegalStateException("boom");
        });
    bus.on(Mt5Event.class, got::add);

    bus.publish(state(ConnectionState.CONNECTING));
    executor.runAll();

    assertThat(got).hasSize(1);
    assertThat(bus.listenerFailures()).isEqualTo(1);
  }

  @Test
  void overflowingTicksAreMergedPerSymbolWithNewestFieldsWinning() {
    EventBus bus = bus(2);
    List<TicksReceived> got = new ArrayList<>();
    bus.on(TicksReceived.class, got::add);

    bus.publish(new TicksReceived(List.of(tick(1, 3, 1.0, 1.1))));
    bus.publish(new TicksReceived(List.of(tick(2, 3, 5.0, 5.1))));
    // the queue is full from here on
    bus.publish(new TicksReceived(List.of(tick(1, 1, 1.2, 0))));
    bus.publish(new TicksReceived(List.of(tick(1, 2, 0, 1.4), tick(2, 1, 5.5, 0))));
    bus.publish(new TicksReceived(List.of(tick(1, 1, 1.3, 0))));
    executor.runAll();

    assertThat(got).hasSize(3);
    List<Tick> merged = got.get(2).ticks();
    assertThat(merged).hasSize(2);
    assertThat(merged.get(0).symbolId()).isEqualTo(1);
    assertThat(merged.get(0).bid()).isEqualTo(1.3);
    assertThat(merged.get(0).ask()).isEqualTo(1.4);
    assertThat(merged.get(0).fields()).isEqualTo(3);
    assertThat(merged.get(1).bid()).isEqualTo(5.5);
    assertThat(bus.coalescedTicks()).isEqualTo(2);
  }

  @Test
  void connectionEventsAreNeverDroppedWhileBookUpdatesOverTheCapacityAre() {
    EventBus bus = bus(1);
    List<Mt5Event> got = new ArrayList<>();
    bus.on(Mt5Event.class, got::add);
    BookUpdate update = new BookUpdate(new BookHeader(1, 0, 0, 0, 0, 0), List.of());

    bus.publish(new BookUpdated(List.of(update)));
    bus.publish(new BookUpdated(List.of(update, update)));
    for (int i = 0; i < 100; i++) {
      bus.publish(state(ConnectionState.CONNECTING));
    }
    bus.publish(new UnknownPush(99, 0, Bytes.zeros(1)));
    executor.runAll();

    assertThat(got).hasSize(102);
    assertThat(bus.droppedBookUpdates()).isEqualTo(2);
  }

  @Test
  void aClosedListenerHandleGetsNothingMore() {
    EventBus bus = bus(10);
    List<Object> got = new ArrayList<>();
    Subscription handle = bus.on(Mt5Event.class, got::add);
    handle.close();

    bus.publish(state(ConnectionState.CONNECTING));
    executor.runAll();

    assertThat(got).isEmpty();
    assertThat(handle.isActive()).isFalse();
    assertThat(bus.listenerCount(StateChanged.class)).isZero();
  }
}
