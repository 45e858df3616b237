package io.github.jmt5.bench;

import io.github.jmt5.client.event.EventOptions;
import io.github.jmt5.client.ratelimit.RateLimitOptions;
import io.github.jmt5.client.reconnect.ReconnectOptions;
import io.github.jmt5.client.session.Credentials;
import io.github.jmt5.client.session.HeartbeatOptions;
import io.github.jmt5.client.session.LoginOptions;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Emulators and session options for the benchmarks that go over loopback. */
final class Emulators {
  /** First login of the accounts the emulators serve. */
  static final long FIRST_LOGIN = 70_001;

  /** Password of every account. */
  static final String PASSWORD = "bench-password";

  // One clock for the whole run, from a fixed Wednesday noon: FX symbols tick and the market is the
  // same whatever day the benchmark runs.
  private static final EmulatorClock CLOCK = EmulatorClock.forTests();

  private Emulators() {}

  /** Milliseconds the emulators' clock runs ahead of (or behind) the system clock. */
  static long shift() {
    return CLOCK.offsetMillis();
  }

  /** An emulator builder with {@code accounts} accounts and a market that is open. */
  static Mt5Emulator.Builder builder(int accounts) {
    Mt5Emulator.Builder b =
        Mt5Emulator.builder()
            .seed(7)
            .clock(CLOCK)
            .maxConnections(Math.max(16, accounts * 2))
            .idleTimeout(Duration.ZERO);
    for (int i = 0; i < accounts; i++) {
      b.account(AccountConfig.of(FIRST_LOGIN + i, PASSWORD, 100_000));
    }
    return b;
  }

  /**
   * Options of a session for account {@code login}: no rate limits, a relaxed heartbeat (or none),
   * reconnect on.
   */
  static SessionOptions.Builder options(Mt5Emulator emulator, long login, boolean heartbeat) {
    return options(emulator.uri(), login, heartbeat);
  }

  /** The same for an emulator at {@code uri}. */
  static SessionOptions.Builder options(URI uri, long login, boolean heartbeat) {
    return SessionOptions.builder(
            ConnectionOptions.builder(uri).build(),
            LoginOptions.of(Credentials.of(login, PASSWORD.toCharArray())))
        .requestTimeout(Duration.ofSeconds(30))
        .heartbeat(
            heartbeat
                ? HeartbeatOptions.every(Duration.ofSeconds(10), Duration.ofSeconds(60))
                : HeartbeatOptions.disabled())
        .reconnect(
            ReconnectOptions.builder()
                .initialDelay(Duration.ofMillis(100))
                .maxDelay(Duration.ofSeconds(2))
                .build())
        .rateLimits(RateLimitOptions.disabled())
        .events(EventOptions.defaults());
  }

  /** Ids of every symbol the emulator quotes. */
  static List<Integer> symbolIds(Mt5Emulator emulator) {
    List<Integer> ids = new ArrayList<>();
    emulator.market().catalog().all().forEach(s -> ids.add(s.symbolId()));
    return ids;
  }
}
