package io.github.jmt5.client.trading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.Mt5Client;
import io.github.jmt5.client.error.TradeException;
import io.github.jmt5.client.market.SymbolQuote;
import io.github.jmt5.client.session.HarnessAccess;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.wire.Volume;
import io.github.jmt5.server.Mt5Emulator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rejection the emulator's broker gives, provoked with raw requests (bypassing the client's
 * own checks) and seen by the client as a {@link TradeException} with that retcode.
 */
class ServerRetcodesIT {
  private static Mt5Emulator emulator;
  private static Mt5Client client;

  @BeforeAll
  static void start() {
    emulator = HarnessAccess.emulator();
    client = Mt5Client.connect(HarnessAccess.options(emulator).build()).join();
    client.market().subscribeTicks("EURUSD", "USDJPY", "XPTUSD").join();
    await().until(() -> client.market().quote("EURUSD").isPresent());
    await().until(() -> client.market().quote("USDJPY").isPresent());
  }

  @AfterAll
  static void stop() {
    client.close();
    emulator.close();
  }

  private static SymbolQuote quote(String symbol) {
    return client.market().quote(symbol).orElseThrow();
  }

  /** A request with everything zero but what the case sets. */
  private static TradeRequest request(
      int action, String symbol, double lots, int digits, int type, int filling, double price) {
    return new TradeRequest(
        client.trading().nextActionId(),
        action,
        symbol,
        Volume.toWire(lots),
        digits,
        0,
        type,
        filling,
        0,
        2,
        0,
        price,
        0,
        0,
        0,
        0,
        0,
        0,
        "",
        0,
        0,
        0);
  }

  private static TradeRequest with(
      TradeRequest r, double sl, int typeTime, int expiration, long position, int flags) {
    return new TradeRequest(
        r.actionId(),
        r.tradeAction(),
        r.tradeSymbol(),
        r.tradeVolume(),
        r.digits(),
        0,
        r.tradeType(),
        r.typeFilling(),
        typeTime,
        flags,
        0,
        r.priceOrder(),
        0,
        sl,
        0,
        0,
        0,
        0,
        "",
        position,
        0,
        expiration);
  }

  static Stream<Arguments> rejections() {
    return Stream.of(
        Arguments.of(
            "unknown action",
            10013,
            (Function<Void, TradeRequest>) v -> request(99, "EURUSD", 0.1, 5, 0, 1, 0)),
        Arguments.of(
            "volume below the minimum",
            10014,
            (Function<Void, TradeRequest>) v -> request(3, "EURUSD", 0.001, 5, 0, 1, 0)),
        Arguments.of(
            "buy limit above the market",
            10015,
            (Function<Void, TradeRequest>)
                v -> request(5, "EURUSD", 0.1, 5, 2, 2, quote("EURUSD").ask() + 0.01)),
        Arguments.of(
            "stop loss above a buy",
            10016,
            (Function<Void, TradeRequest>)
                v ->
                    with(
                        request(3, "EURUSD", 0.1, 5, 0, 1, 0),
                        quote("EURUSD").ask() + 0.01,
                        0,
                        0,
                        0,
                        2)),
        Arguments.of(
            "not enough money",
            10019,
            (Function<Void, TradeRequest>) v -> request(3, "EURUSD", 90, 5, 0, 1, 0)),
        Arguments.of(
            "expiry in the past",
            10022,
            (Function<Void, TradeRequest>)
                v ->
                    with(
                        request(5, "EURUSD", 0.1, 5, 2, 2, quote("EURUSD").bid() - 0.01),
                        0,
                        2,
                        1,
                        0,
                        2)),
        Arguments.of(
            "closing a position that does not exist",
            10036,
            (Function<Void, TradeRequest>)
                v -> with(request(3, "EURUSD", 0.1, 5, 1, 1, 0), 0, 0, 0, 987_654_321L, 3)),
        Arguments.of(
            "opening a close-only symbol",
            10044,
            (Function<Void, TradeRequest>) v -> request(3, "XPTUSD", 0.1, 2, 0, 1, 0)),
        Arguments.of(
            "instant execution far off the price",
            10004,
            (Function<Void, TradeRequest>)
                v -> request(2, "USDJPY", 0.1, 3, 0, 0, quote("USDJPY").ask() - 1.0)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("rejections")
  @SuppressWarnings("NullAway") // a Function<Void, …> is only ever applied to null
  void theServerRejectsWithTheRightRetcode(
      String name, int retcode, Function<Void, TradeRequest> build) {
    TradeRequest r = build.apply(null);
    assertThatThrownBy(() -> client.trading().submit(r).join())
        .cause()
        .isInstanceOfSatisfying(
            TradeException.class,
            e -> {
              assertThat(e.retcode()).as(name).isEqualTo(retcode);
              assertThat(e.symbol()).isEqualTo(r.tradeSymbol());
              assertThat(e.action()).isEqualTo(r.tradeAction());
            });
  }

  @Test
  void aModificationThatChangesNothingIsRefused() {
    OrderResult opened = client.trading().buy("EURUSD", 0.1).join();
    await()
        .until(
            () ->
                client.positions().position(opened.order()).isPresent()
                    || !client.positions().positions().isEmpty());
    long ticket = client.positions().positions().get(0).positionId();
    assertThatThrownBy(() -> client.trading().modifyPosition(ticket, 0, 0).join())
        .cause()
        .isInstanceOfSatisfying(
            TradeException.class, e -> assertThat(e.retcode()).isEqualTo(10025));
    client.trading().close(ticket).join();
  }
}
