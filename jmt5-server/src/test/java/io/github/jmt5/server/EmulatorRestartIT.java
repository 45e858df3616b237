package io.github.jmt5.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.frame.InnerResponse;
import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.market.IdList;
import io.github.jmt5.protocol.message.trade.Deal;
import io.github.jmt5.protocol.message.trade.Position;
import io.github.jmt5.protocol.message.trade.TradeHistory;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.message.trade.TradeResult;
import io.github.jmt5.protocol.wire.Volume;
import io.github.jmt5.server.account.AccountConfig;
import io.github.jmt5.server.script.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server restarting under a logged-in client: the socket goes, the port and the account stay.
 */
class EmulatorRestartIT {
  private static final int BTCUSD = 30;
  private Mt5Emulator emulator;
  private int actionId;

  @BeforeEach
  void start() {
    emulator =
        Mt5Emulator.builder()
            .account(AccountConfig.parse("50001:secret:10000:USD:hedging:100"))
            .start();
  }

  @AfterEach
  void stop() {
    emulator.close();
  }

  private TestTerminal login() {
    TestTerminal t = TestTerminal.bootstrapped(emulator.uri());
    assertThat(t.login(50001, "secret", "").code()).isZero();
    assertThat(t.next().command()).isEqualTo(15);
    return t;
  }

  /** Sends a request and returns its reply, skipping the pushes that arrive in between. */
  private static InnerResponse call(TestTerminal t, int command, byte[] payload) {
    t.send(command, payload);
    return t.next(command);
  }

  private TradeResult trade(TestTerminal t, boolean buy, double lots, long position) {
    TradeRequest r =
        new TradeRequest(
            ++actionId,
            3,
            "BTCUSD",
            Volume.toWire(lots),
            2,
            0,
            buy ? 0 : 1,
            1,
            0,
            position == 0 ? 2 : 3,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
            "restart",
            position,
            0,
            0);
    InnerResponse reply = call(t, 12, Codecs.TRADE_REQUEST.encode(r));
    assertThat(Codecs.TRADE_REPLY.decode(reply.body().toArray(), 12).result()).isZero();
    TradeResult result = Codecs.TRADE_RESULT.decode(t.next(19).body().toArray(), 19).result();
    assertThat(result.retcode()).isEqualTo(10009);
    return result;
  }

  private static byte[] ids(int... ids) {
    return Codecs.ID_LIST.encode(IdList.of(ids));
  }

  @Test
  void theAccountSurvivesARestartAndTheClientLogsInAgain() {
    int port = emulator.port();
    TestTerminal before = login();
    assertThat(call(before, 7, ids(BTCUSD)).code()).isZero();
    assertThat(before.next(8).command()).as("subscribed ticks flow").isEqualTo(8);
    // a round trip that moves the balance, then a position left open
    long first = trade(before, true, 0.1, 0).tradeOrder();
    trade(before, false, 0.1, first);
    long kept = trade(before, true, 0.2, 0).tradeOrder();
    double balance = emulator.broker().accountBody(50001).main().balance();

    emulator.restart();
    assertThat(before.awaitServerClose()).as("the old socket is closed").isTrue();
    before.close();
    assertThat(emulator.port()).isEqualTo(port);

    try (TestTerminal after = login()) {
      Account account =
          Codecs.ACCOUNT.decode(call(after, 3, TestTerminal.empty()).body().toArray(), 3);
      assertThat(account.main().balance()).isEqualTo(balance);
      TradeHistory history =
          Codecs.TRADE_HISTORY.decode(call(after, 5, new byte[8]).body().toArray(), 5);
      assertThat(history.deals()).extracting(Deal::entry).containsExactly(0, 1, 0);
      double profit = history.deals().get(1).profit();
      assertThat(balance).isEqualTo(Math.round((10_000 + profit) * 100) / 100.0);
      List<Position> positions =
          Codecs.POSITIONS_AND_ORDERS
              .decode(call(after, 4, TestTerminal.empty()).body().toArray(), 4)
              .positions();
      assertThat(positions)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.positionId()).isEqualTo(kept);
                assertThat(p.tradeVolume()).isEqualTo(Volume.toWire(0.2));
              });
      // subscriptions belong to the socket: the new one subscribes again and gets ticks
      assertThat(call(after, 7, ids(BTCUSD)).code()).isZero();
      assertThat(after.next(8).command()).isEqualTo(8);
    }
  }

  @Test
  void aRequestInFlightDuringARestartIsNeverAnswered() {
    TestTerminal before = login();
    emulator.faults().delay(4, Duration.ofSeconds(5), 1);
    before.send(4, TestTerminal.empty());
    await("the server holds the request")
        .atMost(TestTerminal.WAIT)
        .until(
            () -> {
              Optional<RecordedRequest> r = emulator.takeRequest(Duration.ZERO);
              return r.isPresent() && r.get().command() == 4;
            });

    emulator.restart();
    assertThat(before.awaitServerClose()).as("the socket closes instead").isTrue();
    assertThat(before.drain()).extracting(InnerResponse::command).doesNotContain(4);
    before.close();
    assertThat(emulator.openConnections()).isZero();

    try (TestTerminal after = login()) {
      InnerResponse orders = call(after, 4, TestTerminal.empty());
      assertThat(orders.code()).as("the delay was used up by the lost request").isZero();
      assertThat(emulator.openConnections()).isEqualTo(1);
    }
  }
}
