package io.github.jmt5.client.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

  private static final long MS = 1_000_000L;

  private final FakeClock clock = new FakeClock();

  @Test
  void burstIsAvailableAtOnceThenWaitsGrowByOneInterval() {
    TokenBucket bucket = new TokenBucket(new Limit(10, 5), clock);
    for (int i = 0; i < 5; i++) {
      assertThat(bucket.reserveNanos()).as("burst permit %d", i).isZero();
    }
    for (int k = 1; k <= 20; k++) {
      assertThat(bucket.reserveNanos()).as("queued permit %d", k).isEqualTo(100 * MS * k);
    }
  }

  @Test
  void refillsOverTime() {
    TokenBucket bucket = new TokenBucket(new Limit(10, 5), clock);
    drain(bucket, 5);
    assertThat(bucket.tryAcquire()).isFalse();
    assertThat(bucket.peekNanos()).isEqualTo(100 * MS);

    clock.advance(Duration.ofMillis(99));
    assertThat(bucket.peekNanos()).isEqualTo(MS);
    assertThat(bucket.tryAcquire()).isFalse();

    clock.advance(Duration.ofMillis(1));
    assertThat(bucket.peekNanos()).isZero();
    assertThat(bucket.tryAcquire()).isTrue();
    assertThat(bucket.tryAcquire()).isFalse();

    // 250 ms refills two and a half permits: two usable now, the third due in 50 ms.
    clock.advance(Duration.ofMillis(250));
    assertThat(bucket.reserveNanos()).isZero();
    assertThat(bucket.reserveNanos()).isZero();
    assertThat(bucket.reserveNanos()).isEqualTo(50 * MS);
  }

  @Test
  void neverHoldsMoreThanTheBurstAfterLongIdle() {
    TokenBucket bucket = new TokenBucket(new Limit(10, 5), clock);
    drain(bucket, 3);
    clock.advance(Duration.ofDays(3));
    drain(bucket, 5);
    assertThat(bucket.reserveNanos()).isEqualTo(100 * MS);
  }

  @Test
  void startsFullAndIdleBucketStaysFull() {
    TokenBucket bucket = new TokenBucket(new Limit(2, 3), clock);
    clock.advance(Duration.ofHours(1));
    drain(bucket, 3);
    assertThat(bucket.tryAcquire()).isFalse();
  }

  @Test
  void reservationsQueueBehindEarlierOnesAndTimePaysThemOff() {
    TokenBucket bucket = new TokenBucket(new Limit(10, 1), clock);
    assertThat(bucket.reserveNanos()).isZero();
    assertThat(bucket.reserveNanos()).isEqualTo(100 * MS);
    assertThat(bucket.reserveNanos()).isEqualTo(200 * MS);
    clock.advance(Duration.ofMillis(150));
    // Two reservations are still outstanding (due at 100 and 200 ms); the next is due at 300 ms.
    assertThat(bucket.peekNanos()).isEqualTo(150 * MS);
    assertThat(bucket.tryAcquire()).isFalse();
    assertThat(bucket.reserveNanos()).isEqualTo(150 * MS);
  }

  @Test
  void peekDoesNotConsume() {
    TokenBucket bucket = new TokenBucket(new Limit(10, 1), clock);
    for (int i = 0; i < 10; i++) {
      assertThat(bucket.peekNanos()).isZero();
    }
    assertThat(bucket.reserveNanos()).isZero();
    for (int i = 0; i < 10; i++) {
      assertThat(bucket.peekNanos()).isEqualTo(100 * MS);
    }
    assertThat(bucket.reserveNanos()).isEqualTo(100 * MS);
  }

  @Test
  void fractionalIntervalsDoNotDrift() {
    // 3 per second is 333 333 333.3 ns; truncating each interval would lose 1 ns every three.
    TokenBucket bucket = new TokenBucket(new Limit(3, 1), clock);
    bucket.reserveNanos();
    long last = 0;
    for (int k = 1; k <= 3000; k++) {
      last = bucket.reserveNanos();
    }
    assertThat(last).isEqualTo(1000L * 1_000_000_000L);
  }

  @Test
  void concurrentReservationsLoseAndDoubleCountNothing() throws Exception {
    int threads = 8;
    int perThread = 1250;
    int burst = 50;
    long interval = MS; // 1000 permits per second
    TokenBucket bucket = new TokenBucket(new Limit(1000, burst), clock); // the clock stays frozen

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<long[]>> results = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  long[] waits = new long[perThread];
                  for (int i = 0; i < perThread; i++) {
                    waits[i] = bucket.reserveNanos();
                  }
                  return waits;
                }));
      }
      start.countDown();
      List<Long> all = new ArrayList<>();
      for (Future<long[]> f : results) {
        for (long w : f.get(1, TimeUnit.MINUTES)) {
          all.add(w);
        }
      }

      List<Long> expected = new ArrayList<>();
      for (int i = 0; i < burst; i++) {
        expected.add(0L);
      }
      for (long k = 1; k <= threads * perThread - burst; k++) {
        expected.add(k * interval);
      }
      assertThat(all).hasSize(10_000).containsExactlyInAnyOrderElementsOf(expected);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void drain(TokenBucket bucket, int permits) {
    for (int i = 0; i < permits; i++) {
      assertThat(bucket.tryAcquire()).as("permit %d of %d", i + 1, permits).isTrue();
    }
  }
}
