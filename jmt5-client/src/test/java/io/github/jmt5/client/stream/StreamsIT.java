package io.github.jmt5.client.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.event.TicksReceived;
import io.github.jmt5.client.market.LiveBar;
import io.github.jmt5.client.session.HarnessAccess;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.server.Mt5Emulator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StreamsIT {
  private Mt5Emulator emulator;
  private Mt5Client client;

  @BeforeEach
  void start() {
    emulator = HarnessAccess.emulator();
    client = Mt5Client.connect(HarnessAccess.options(emulator).build()).join();
    client.market().subscribeTicks("BTCUSD", "EURUSD").join();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  @Test
  void aFlowSubscriberGetsWhatItRequestsAndCanCancel() {
    List<TicksReceived> got = new CopyOnWriteArrayList<>();
    AtomicBoolean completed = new AtomicBoolean();
    try (EventPublisher<TicksReceived> publisher =
        new EventPublisher<>(
            client.session(), TicksReceived.class, ForkJoinPool.commonPool(), 64)) {
      publisher.subscribe(
          new Flow.Subscriber<>() {
            @SuppressWarnings("NullAway.Init") // set in onSubscribe, before onNext
            private Flow.Subscription s;

            @Override
            public void onSubscribe(Flow.Subscription s) {
              this.s = s;
              s.request(3);
            }

            @Override
            public void onNext(TicksReceived item) {
              got.add(item);
              if (got.size() == 3) {
                s.cancel();
              }
            }

            @Override
            public void onError(Throwable t) {}

            @Override
            public void onComplete() {
              completed.set(true);
            }
          });
      await().until(() -> got.size() == 3);
      await().until(() -> publisher.subscribers() == 0);
    }
    assertThat(got).hasSize(3);
  }

  @Test
  void aBlockingIteratorYieldsEventsUntilClosed() throws Exception {
    int n = 0;
    BlockingEvents<TicksReceived> ticks =
        BlockingEvents.of(client.session(), TicksReceived.class, 100);
    for (TicksReceived t : ticks) {
      assertThat(t.ticks()).isNotEmpty();
      if (++n == 5) {
        ticks.close(); // ends the iteration after what is already queued
      }
    }
    assertThat(ticks.poll(Duration.ofMillis(10))).isEmpty();
    assertThat(ticks.isActive()).isFalse();
    assertThat(n).isEqualTo(5);
  }

  @Test
  void barsFormFromLiveQuotes() {
    List<LiveBar> bars = new CopyOnWriteArrayList<>();
    var s = client.market().liveBars("BTCUSD", Timeframe.M1, bars::add);
    await().until(() -> bars.size() >= 3);
    s.close();
    LiveBar last = bars.get(bars.size() - 1);
    assertThat(last.bar().high()).isGreaterThanOrEqualTo(last.bar().low());
    assertThat(last.bar().time() % 60).isZero();
  }
}
