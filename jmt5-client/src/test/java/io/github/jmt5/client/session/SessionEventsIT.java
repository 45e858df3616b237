package io.github.jmt5.client.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.event.BookUpdated;
import io.github.jmt5.client.event.EventOptions;
import io.github.jmt5.client.event.Mt5Event;
import io.github.jmt5.client.event.Subscription;
import io.github.jmt5.client.event.TicksReceived;
import io.github.jmt5.client.instrument.Instrumentation;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.server.Mt5Emulator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionEventsIT {
  private Mt5Emulator emulator;

  @SuppressWarnings("NullAway.Init") // set by each test
  private Session session;

  private int btcusd;
  private int eurusd;

  @BeforeEach
  void start() {
    emulator = Harness.emulator();
    btcusd = Harness.symbolId(emulator, "BTCUSD");
    eurusd = Harness.symbolId(emulator, "EURUSD");
  }

  @AfterEach
  void stop() {
    if (session != null) {
      session.close();
    }
    emulator.close();
  }

  @Test
  void aListenerThatThrowsDoesNotStopTheOthers() {
    AtomicInteger failures = new AtomicInteger();
    Instrumentation counting =
        new Instrumentation() {
          @Override
          public void listenerFailed(Mt5Event event, Throwable error) {
            failures.incrementAndGet();
          }
        };
    session = new Session(Harness.options(emulator).instrumentation(counting).build());
    AtomicInteger delivered = new AtomicInteger();
    session.on(
        TicksReceived.class,
        e -> {
          throw new IllegalStateException("listener bug");
        });
    session.on(TicksReceived.class, e -> delivered.incrementAndGet());
    session.connect().join();

    session.subscribeTicks(List.of(btcusd));

    await().until(() -> delivered.get() > 3);
    assertThat(session.events().listenerFailures()).isGreaterThanOrEqualTo(3);
    assertThat(failures.get()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aSlowListenerStallsNeitherRequestsNorHeartbeatAndTicksAreCoalesced() throws Exception {
    session =
        new Session(
            Harness.options(emulator)
                .events(EventOptions.defaults().withMarketDataCapacity(4))
                .build());
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch blocked = new CountDownLatch(1);
    AtomicInteger after = new AtomicInteger();
    session.on(
        TicksReceived.class,
        e -> {
          blocked.countDown();
          try {
            release.await();
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
          }
          after.incrementAndGet();
        });
    session.connect().join();
    session.subscribeTicks(List.of(btcusd, eurusd));
    assertThat(blocked.await(10, TimeUnit.SECONDS)).isTrue();

    // with the listener stuck, requests and pings still complete
    for (int i = 0; i < 5; i++) {
      session.request(Request.of(CommandId.GET_ACCOUNT, Codecs.ACCOUNT)).join();
    }
    await().until(() -> session.events().coalescedTicks() > 0);
    assertThat(session.sinceLastPing()).isLessThan(Duration.ofSeconds(2));
    assertThat(session.events().marketDataBacklog()).isLessThanOrEqualTo(4);

    release.countDown();
    await().until(() -> after.get() > 6);
  }

  @Test
  void closingAListenerHandleStopsItsDelivery() {
    session = new Session(Harness.options(emulator).build());
    AtomicInteger count = new AtomicInteger();
    Subscription handle = session.on(TicksReceived.class, e -> count.incrementAndGet());
    AtomicInteger other = new AtomicInteger();
    session.on(TicksReceived.class, e -> other.incrementAndGet());
    session.connect().join();
    session.subscribeTicks(List.of(btcusd));
    await().until(() -> count.get() > 2);

    handle.close();
    handle.close();
    int frozen = count.get();
    int otherMark = other.get();
    await().until(() -> other.get() > otherMark + 5);

    assertThat(handle.isActive()).isFalse();
    assertThat(count.get()).isEqualTo(frozen);
  }

  @Test
  void bookUpdatesArriveForSubscribedBooks() {
    session = new Session(Harness.options(emulator).build());
    AtomicInteger books = new AtomicInteger();
    session.on(
        BookUpdated.class,
        e -> {
          if (e.updates().stream().anyMatch(u -> u.header().symbolId() == eurusd)) {
            books.incrementAndGet();
          }
        });
    session.connect().join();

    session.subscribeBook(List.of(eurusd)).acknowledged().join();

    await().until(() -> books.get() > 1);
  }

  @Test
  void aSymbolStaysSubscribedWhileAnyHandleHoldsIt() {
    session = new Session(Harness.options(emulator).build());
    session.connect().join();

    SymbolSubscription a = session.subscribeTicks(List.of(btcusd, eurusd));
    SymbolSubscription b = session.subscribeTicks(List.of(btcusd));
    assertThat(session.tickSymbols()).containsExactlyInAnyOrder(btcusd, eurusd);

    a.close();
    assertThat(session.tickSymbols()).containsExactly(btcusd);
    b.close();
    assertThat(session.tickSymbols()).isEmpty();
  }
}
