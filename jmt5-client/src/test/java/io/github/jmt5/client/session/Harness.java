package io.github.jmt5.client.session;

import io.github.jmt5.client.event.Mt5Event;
import io.github.jmt5.client.reconnect.ReconnectOptions;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.script.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Starts emulators and sessions for the integration tests, with fast timers. */
final class Harness {
  static final long LOGIN = 50_001;
  static final char[] PASSWORD = "secret-1".toCharArray();

  private Harness() {}

  /**
   * An emulator whose clock starts at a fixed Wednesday noon, so the tests see the same market on
   * any day.
   */
  static Mt5Emulator emulator(AccountConfig... extra) {
    Mt5Emulator.Builder b =
        Mt5Emulator.builder()
            .seed(7)
            .tickRate(50)
            .clock(CLOCK)
            .account(AccountConfig.of(LOGIN, new String(PASSWORD), 10_000));
    for (AccountConfig a : extra) {
      b.account(a);
    }
    return b.start();
  }

  // One clock for the whole run, so the emulator's clock and the tests' OTP codes agree.
  static final EmulatorClock CLOCK = EmulatorClock.forTests();

  /** The emulators' clock: a fixed Wednesday noon UTC, plus the time the run has taken. */
  static long emulatorMillis() {
    return CLOCK.getAsLong();
  }

  static SessionOptions.Builder options(Mt5Emulator emulator) {
    return options(emulator, LOGIN, PASSWORD);
  }

  static SessionOptions.Builder options(Mt5Emulator emulator, long login, char[] password) {
    return SessionOptions.builder(
            ConnectionOptions.builder(emulator.uri()).build(),
            LoginOptions.of(Credentials.of(login, password)))
        // generous: on a loaded machine a bootstrap can take seconds; tests of timeouts set their
        // own
        .requestTimeout(Duration.ofSeconds(30))
        .heartbeat(HeartbeatOptions.every(Duration.ofMillis(200), Duration.ofSeconds(2)))
        .reconnect(
            ReconnectOptions.builder()
                .initialDelay(Duration.ofMillis(20))
                .maxDelay(Duration.ofMillis(200))
                .build());
  }

  static int symbolId(Mt5Emulator emulator, String name) {
    return emulator.market().catalog().byName(name).orElseThrow().symbolId();
  }

  /** Every event of a session, for assertions. */
  static final class Recorder {
    final List<Mt5Event> events = new CopyOnWriteArrayList<>();

    static Recorder on(Session session) {
      Recorder r = new Recorder();
      session.on(Mt5Event.class, r.events::add);
      return r;
    }

    <E extends Mt5Event> List<E> of(Class<E> type) {
      List<E> out = new ArrayList<>();
      for (Mt5Event e : events) {
        if (type.isInstance(e)) {
          out.add(type.cast(e));
        }
      }
      return out;
    }
  }

  /** Takes recorded requests until one matches, or empty when none does within a second. */
  static Optional<RecordedRequest> takeUntil(Mt5Emulator emulator, Predicate<RecordedRequest> p)
      throws InterruptedException {
    while (true) {
      Optional<RecordedRequest> r = emulator.takeRequest(Duration.ofSeconds(1));
      if (r.isEmpty() || p.test(r.get())) {
        return r;
      }
    }
  }
}
