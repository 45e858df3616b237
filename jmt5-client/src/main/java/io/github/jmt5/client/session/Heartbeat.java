package io.github.jmt5.client.session;

import io.github.jmt5.client.error.ConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Pings (cmd 51) at a fixed interval while logged in, one at a time, and reports the link dead when
 * no ping has succeeded for {@code deadAfter}.
 */
final class Heartbeat {
  /** Told which link died and why. */
  interface DeathHandler {
    void dead(int generation, Throwable cause);
  }

  private final HeartbeatOptions options;
  private final ScheduledExecutorService scheduler;
  private final Supplier<CompletableFuture<?>> ping;
  private final DeathHandler onDead;

  private @Nullable ScheduledFuture<?> task;
  private int generation;
  private volatile long lastSuccessNanos;
  private volatile boolean pending;

  Heartbeat(
      HeartbeatOptions options,
      ScheduledExecutorService scheduler,
      Supplier<CompletableFuture<?>> ping,
      DeathHandler onDead) {
    this.options = options;
    this.scheduler = scheduler;
    this.ping = ping;
    this.onDead = onDead;
  }

  /** Starts beating for the link of {@code generation}; the dead-link clock starts now. */
  synchronized void start(int generation) {
    stop();
    if (!options.enabled()) {
      return;
    }
    this.generation = generation;
    this.lastSuccessNanos = System.nanoTime();
    this.pending = false;
    long every = options.interval().toNanos();
    task = scheduler.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.NANOSECONDS);
  }

  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
      task = null;
    }
  }

  /** Time since the last successful ping (or since the start). */
  Duration sinceLastSuccess() {
    return Duration.ofNanos(System.nanoTime() - lastSuccessNanos);
  }

  private void beat() {
    int gen;
    synchronized (this) {
      if (task == null) {
        return;
      }
      gen = generation;
    }
    long age = System.nanoTime() - lastSuccessNanos;
    if (age > options.deadAfter().toNanos()) {
      stop();
      onDead.dead(
          gen,
          new ConnectionException(
              "no successful ping for "
                  + Duration.ofNanos(age).toMillis()
                  + " ms (limit "
                  + options.deadAfter().toMillis()
                  + " ms)"));
      return;
    }
    if (pending) {
      return; // queued behind the ping still waiting, as the web terminal does
    }
    pending = true;
    var unused =
        ping.get()
            .whenComplete(
                (v, e) -> {
                  pending = false;
                  if (e == null) {
                    lastSuccessNanos = System.nanoTime();
                  }
                });
  }
}
