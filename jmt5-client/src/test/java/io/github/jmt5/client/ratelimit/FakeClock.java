package io.github.jmt5.client.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** A nano clock that only moves when a test advances it. */
final class FakeClock implements LongSupplier {
  // Not zero, so code that assumes nanoTime starts at zero would show up.
  private final AtomicLong nanos = new AtomicLong(1_234_567_890_123L);

  @Override
  public long getAsLong() {
    return nanos.get();
  }

  void advance(Duration d) {
    nanos.addAndGet(d.toNanos());
  }

  void advanceNanos(long n) {
    nanos.addAndGet(n);
  }
}
