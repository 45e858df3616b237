package io.github.jmt5.cli.sniff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.cli.output.Direction;
import io.github.jmt5.protocol.message.session.OtpSetupPayload;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.Hex;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {
  @Test
  void otpSetupZeroesEverySecretAndTheTrailingBlob() {
    String saved = "ab".repeat(160);
    byte[] body =
        OtpSetupPayload.encode(
            50001, saved, "111111", "JBSWY3DPEHPK3PXP", "222222", Bytes.zeros(16));
    assertThat(body).hasSize(476 + 160);
    byte[] masked = Secrets.maskBody(Direction.C2S, 43, body);
    String hex = Hex.encode(masked);
    assertThat(hex).doesNotContain("abab");
    assertThat(hex)
        .doesNotContain(Hex.encode("JBSWY3DPEHPK3PXP".getBytes(StandardCharsets.UTF_16LE)));
    assertThat(hex).doesNotContain(Hex.encode("111111".getBytes(StandardCharsets.UTF_16LE)));
    // the login stays
    assertThat(masked[4]).isEqualTo(body[4]);
  }

  @Test
  void changePasswordMasksBothPasswords() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("is_investor", 0);
    fields.put("new_password", "n3w");
    fields.put("old_password", "");
    assertThat(Secrets.maskFields(Direction.C2S, 24, fields))
        .containsEntry("is_investor", 0)
        .containsEntry("new_password", "***")
        .containsEntry("old_password", "");
  }

  @Test
  void nestedSecretsAreMaskedToo() {
    Map<String, Object> fields = Map.of("items", List.of(Map.of("password", "x", "login", 1L)));
    assertThat(Secrets.maskFields(Direction.S2C, 30, fields).toString())
        .contains("password=***")
        .contains("login=1");
  }

  @Test
  void framesWithoutSecretsAreUntouched() {
    byte[] body = {1, 2, 3};
    assertThat(Secrets.maskBody(Direction.S2C, 8, body)).containsExactly(1, 2, 3);
    assertThat(Secrets.hasSecrets(Direction.S2C, 8)).isFalse();
    assertThat(Secrets.hasSecrets(Direction.C2S, 28)).isTrue();
  }
}
