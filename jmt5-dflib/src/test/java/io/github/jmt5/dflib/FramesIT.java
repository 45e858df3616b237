package io.github.jmt5.dflib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.session.Credentials;
import io.github.jmt5.client.session.LoginOptions;
import io.github.jmt5.client.session.SessionOptions;
import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.market.Bar;
import io.github.jmt5.server.EmulatorClock;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dflib.DataFrame;
import org.dflib.DoubleSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Loads data from the real emulator through {@link Mt5Client} and converts it. */
class FramesIT {
  private static final long LOGIN = 50_001;

  /** The emulator's clock starts at a fixed Wednesday noon: the same market on any day. */
  private static final EmulatorClock CLOCK = EmulatorClock.forTests();

  private Mt5Emulator emulator;
  private Mt5Client client;

  private static long emulatorMillis() {
    return CLOCK.getAsLong();
  }

  @BeforeEach
  void start() {
    emulator =
        Mt5Emulator.builder()
            .seed(7)
            .tickRate(50)
            .clock(FramesIT::emulatorMillis)
            .account(AccountConfig.of(LOGIN, "secret-1", 10_000))
            .start();
    SessionOptions options =
        SessionOptions.builder(
                ConnectionOptions.builder(emulator.uri()).build(),
                LoginOptions.of(Credentials.of(LOGIN, "secret-1".toCharArray())))
            .build();
    client = Mt5Client.connect(options).join();
  }

  @AfterEach
  void stop() {
    client.close();
    emulator.close();
  }

  @Test
  void barsFromTheEmulatorBecomeAFrame() {
    Instant to = Instant.ofEpochMilli(emulatorMillis());
    List<Bar> bars =
        client.market().bars("EURUSD", Timeframe.H1, to.minus(Duration.ofDays(2)), to).join();

    DataFrame df = Frames.bars(bars);

    assertThat(df.height()).isEqualTo(bars.size()).isGreaterThan(24);
    LocalDateTime first = (LocalDateTime) df.getColumn("time").get(0);
    assertThat(first.getMinute()).isZero();
    assertThat(first.toEpochSecond(ZoneOffset.UTC)).isEqualTo(bars.get(0).time());
    DoubleSeries close = (DoubleSeries) df.<Double>getColumn("close");
    assertThat(close.min()).isGreaterThan(0.5);
    assertThat(close.max()).isLessThan(2.0);
    DoubleSeries high = (DoubleSeries) df.<Double>getColumn("high");
    DoubleSeries low = (DoubleSeries) df.<Double>getColumn("low");
    for (int i = 0; i < df.height(); i++) {
      assertThat(high.getDouble(i)).isGreaterThanOrEqualTo(low.getDouble(i));
    }
    assertThat(Frames.toCsv(df).lines().count()).isEqualTo(bars.size() + 1L);
  }

  @Test
  void symbolsQuotesAndTradesFromTheEmulatorBecomeFrames() {
    DataFrame symbols = Frames.symbols(client.symbols().list().join());
    assertThat(symbols.getColumn("name").toList()).contains("EURUSD", "USDJPY");

    client.market().subscribeTicks("EURUSD").join();
    await().until(() -> client.market().quote("EURUSD").isPresent());
    DataFrame quotes = Frames.quotes(List.of(client.market().quote("EURUSD").orElseThrow()));
    assertThat(quotes.getColumn("symbol").get(0)).isEqualTo("EURUSD");

    var unused = client.trading().buy("EURUSD", 0.1).join();
    await().until(() -> client.positions().positions().size() == 1);
    DataFrame positions = Frames.positions(client.positions().positions());
    assertThat(positions.getColumn("volume").get(0)).isEqualTo(0.1);
    assertThat(positions.getColumn("symbol").get(0)).isEqualTo("EURUSD");

    Instant now = Instant.ofEpochMilli(emulatorMillis());
    DataFrame deals =
        Frames.deals(
            client.history().deals(now.minus(Duration.ofDays(1)), now.plusSeconds(60)).join());
    assertThat(deals.getColumn("symbol").toList()).contains("EURUSD");
    DataFrame orders =
        Frames.orders(
            client.history().orders(now.minus(Duration.ofDays(1)), now.plusSeconds(60)).join());
    assertThat(orders.height()).isPositive();
  }
}
