package io.github.jmt5.server.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.server.Mt5Emulator;
import io.github.jmt5.server.account.AccountConfig;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class Mt5EmulatorExtensionIT {
  @RegisterExtension
  static final Mt5EmulatorExtension EMULATOR =
      Mt5EmulatorExtension.with(b -> b.account(AccountConfig.of(60001, "pw", 1_000)).seed(3));

  @Test
  void injectsARunningEmulatorOnAFreePort(Mt5Emulator emulator) throws Exception {
    assertThat(emulator).isSameAs(EMULATOR.get());
    assertThat(emulator.port()).isPositive();
    assertThat(emulator.accounts().find(60001)).isPresent();
    WebSocket ws =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(emulator.uri(), new WebSocket.Listener() {})
            .get(10, TimeUnit.SECONDS);
    ws.abort();
  }

  @Test
  void eachTestGetsItsOwnEmulator(Mt5Emulator emulator) {
    assertThat(emulator.accounts().all()).hasSize(1);
  }
}
