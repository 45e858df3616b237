package io.github.jmt5.protocol.message.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.command.Codecs;
import org.junit.jupiter.api.Test;

class OpenAccountCredentialsTest {
  @Test
  void readsTheSameFieldsAsTheRecord() {
    OpenAccountResponse record = new OpenAccountResponse(0, 7_000_123L, "Ab3-xYz9", "inv€st0r");
    byte[] body = Codecs.OPEN_ACCOUNT_RESPONSE.encode(record);

    OpenAccountCredentials c = OpenAccountCredentials.decode(body, 30);

    assertThat(c.code()).isZero();
    assertThat(c.login()).isEqualTo(7_000_123L);
    assertThat(c.password()).containsExactly("Ab3-xYz9".toCharArray());
    assertThat(c.investorPassword()).containsExactly("inv€st0r".toCharArray());
  }

  @Test
  void sixteenCharacterPasswordsFillTheField() {
    byte[] body =
        Codecs.OPEN_ACCOUNT_RESPONSE.encode(
            new OpenAccountResponse(0, 1, "0123456789abcdef", "fedcba9876543210"));

    OpenAccountCredentials c = OpenAccountCredentials.decode(body, 30);

    assertThat(new String(c.password())).isEqualTo("0123456789abcdef");
    assertThat(new String(c.investorPassword())).isEqualTo("fedcba9876543210");
  }

  @Test
  void aRefusalCarriesItsU32CodeAndEmptyPasswords() {
    byte[] body = Codecs.OPEN_ACCOUNT_RESPONSE.encode(new OpenAccountResponse(1031, 0, "", ""));

    OpenAccountCredentials c = OpenAccountCredentials.decode(body, 39);

    assertThat(c.code()).isEqualTo(1031);
    assertThat(c.login()).isZero();
    assertThat(c.password()).isEmpty();
    assertThat(c.investorPassword()).isEmpty();
  }

  @Test
  void clearOverwritesAndToStringMasks() {
    OpenAccountCredentials c =
        OpenAccountCredentials.decode(
            Codecs.OPEN_ACCOUNT_RESPONSE.encode(new OpenAccountResponse(0, 5, "pw-1", "pw-2")), 30);

    assertThat(c.toString()).doesNotContain("pw-1").doesNotContain("pw-2").contains("***");
    c.clear();
    assertThat(c.password()).containsOnly('\0');
    assertThat(c.investorPassword()).containsOnly('\0');
  }

  @Test
  void aShortBodyIsRejected() {
    assertThatThrownBy(() -> OpenAccountCredentials.decode(new byte[75], 30))
        .isInstanceOf(ProtocolException.class);
  }
}
