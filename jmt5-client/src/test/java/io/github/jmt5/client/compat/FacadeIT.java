package io.github.jmt5.client.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.jmt5.client.session.HarnessAccess;
import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the facade's integration tests share: an emulator with the harness account (plus any {@link
 * #extraAccounts()}), a {@link MetaTrader5} logged in to it, and assertions on {@code last_error}.
 */
abstract class FacadeIT {
  @SuppressWarnings("NullAway.Init")
  Mt5Emulator emulator;

  @SuppressWarnings("NullAway.Init")
  MetaTrader5 mt5;

  /** Accounts the emulator holds besides the harness account. */
  AccountConfig[] extraAccounts() {
    return new AccountConfig[0];
  }

  @BeforeEach
  void startFacade() {
    emulator = HarnessAccess.emulator(extraAccounts());
    mt5 = new MetaTrader5(HarnessAccess.clock().asClock(), 1_000);
    assertThat(mt5.initialize(HarnessAccess.options(emulator).build())).isTrue();
  }

  @AfterEach
  void stopFacade() {
    mt5.close();
    emulator.close();
  }

  void assertError(int code) {
    assertThat(mt5.lastError().code()).as(mt5.lastError().toString()).isEqualTo(code);
  }

  void assertSuccess() {
    assertThat(mt5.lastError()).isEqualTo(LastError.SUCCESS);
  }

  /** Selects {@code symbol} and waits for its first tick. */
  Tick selectAndAwaitTick(String symbol) {
    assertThat(mt5.symbolSelect(symbol, true)).isTrue();
    await().until(() -> mt5.symbolInfoTick(symbol) != null);
    return Objects.requireNonNull(mt5.symbolInfoTick(symbol));
  }
}
