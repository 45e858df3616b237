package io.github.jmt5.ta4j;

import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.reconnect.ReconnectOptions;
import io.github.jmt5.client.session.Credentials;
import io.github.jmt5.client.session.LoginOptions;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import java.time.Duration;
import java.time.Instant;

/**
 * A real emulator and a connected client over loopback, for the integration tests. The emulator's
 * clock runs with the real one from a Tuesday 10:00 UTC fixed here, so the tests see the same
 * market whatever day they run, and {@link #advance} moves it on, so bars complete when a test
 * wants them to.
 */
final class TestMarket implements AutoCloseable {
  static final long LOGIN = 50_021;
  static final String PASSWORD = "ta4j-pass-1";

  // the tests move the clock on from there
  private final EmulatorClock clock =
      EmulatorClock.startingAt(Instant.parse("2026-11-17T10:00:00Z"));
  final Mt5Emulator emulator;
  final Mt5Client client;

  /** A market whose account has a million dollars. */
  TestMarket() {
    this(1_000_000);
  }

  /** A market whose account has {@code balance} dollars. */
  TestMarket(double balance) {
    emulator =
        Mt5Emulator.builder()
            .seed(7)
            .tickRate(50)
            .clock(this::millis)
            .account(AccountConfig.of(LOGIN, PASSWORD, balance))
            .start();
    client =
        Mt5Client.connect(
                SessionOptions.builder(
                        ConnectionOptions.builder(emulator.uri()).build(),
                        LoginOptions.of(Credentials.of(LOGIN, PASSWORD.toCharArray())))
                    .requestTimeout(Duration.ofSeconds(10))
                    .reconnect(
                        ReconnectOptions.builder()
                            .initialDelay(Duration.ofMillis(20))
                            .maxDelay(Duration.ofMillis(200))
                            .build())
                    .build())
            .join();
  }

  /** The emulator's clock in Unix milliseconds. */
  long millis() {
    return clock.getAsLong();
  }

  /** The emulator's clock. */
  Instant now() {
    return Instant.ofEpochMilli(millis());
  }

  /** Moves the emulator's clock on by {@code by}. */
  void advance(Duration by) {
    clock.advance(by);
  }

  /** Subscribes to {@code symbol}'s ticks and waits for its first quote. */
  void awaitQuote(String symbol) {
    var unused = client.market().subscribeTicks(symbol).join();
    await().until(() -> client.market().quote(symbol).isPresent());
  }

  @Override
  public void close() {
    client.close();
    emulator.close();
  }
}
