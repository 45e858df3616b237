package io.github.jmt5.server.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AccountTest {
  @Test
  void parsesEveryPartOfAnAccountSpec() {
    AccountConfig a = AccountConfig.parse("50001:secret:2500.5:EUR:netting:30");
    assertThat(a.login()).isEqualTo(50001);
    assertThat(a.passwordMatches("secret")).isTrue();
    assertThat(a.passwordMatches("secre")).isFalse();
    assertThat(a.balance()).isEqualTo(2500.5);
    assertThat(a.currency()).isEqualTo("EUR");
    assertThat(a.hedging()).isFalse();
    assertThat(a.leverage()).isEqualTo(30);
    AccountConfig d = AccountConfig.parse("7:pw");
    assertThat(d.hedging()).isTrue();
    assertThat(d.currency()).isEqualTo("USD");
  }

  @Test
  void badSpecsNameTheirProblem() {
    assertThatThrownBy(() -> AccountConfig.parse("abc:pw")).hasMessageContaining("login");
    assertThatThrownBy(() -> AccountConfig.parse("1:pw:x")).hasMessageContaining("balance");
    assertThatThrownBy(() -> AccountConfig.parse("1:pw:1:usd")).hasMessageContaining("currency");
    assertThatThrownBy(() -> AccountConfig.parse("1:pw:1:USD:both"))
        .hasMessageContaining("hedging or netting");
    assertThatThrownBy(() -> AccountConfig.parse("1")).hasMessageContaining("LOGIN:PASSWORD");
  }

  @Test
  void passwordsNeverPrint() {
    assertThat(AccountConfig.parse("1:hunter2").toString())
        .doesNotContain("hunter2")
        .contains("password=***");
  }

  @Test
  void totpMatchesTheRfc6238Vector() {
    // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", T = 59 s: 94287082 (8 digits) ->
    // 287082
    String secret = base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    assertThat(Totp.code(secret, 59)).isEqualTo("287082");
    assertThat(Totp.verify(secret, "287082", 59 + 30)).isTrue();
    assertThat(Totp.verify(secret, "287082", 59 + 90)).isFalse();
  }

  private static String base32(byte[] data) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    StringBuilder sb = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = buffer << 8 | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(alphabet.charAt((buffer >>> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(alphabet.charAt((buffer << (5 - bits)) & 31));
    }
    return sb.toString();
  }
}
