package io.github.jmt5.cli.command;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps a long-running command in the foreground until Ctrl-C (JVM shutdown) or interruption. */
final class Foreground {
  private static final Logger log = LoggerFactory.getLogger(Foreground.class);

  private Foreground() {}

  /** Blocks until the JVM shuts down or the thread is interrupted, then closes {@code service}. */
  static void runUntilStopped(AutoCloseable service, String name) {
    CountDownLatch stop = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              closeQuietly(service, name);
              stop.countDown();
            },
            name + "-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or has run
      }
      closeQuietly(service, name);
    }
  }

  private static void closeQuietly(AutoCloseable service, String name) {
    try {
      service.close();
    } catch (Exception e) {
      log.atWarn().setCause(e).log("closing {} failed", name);
    }
  }
}
