package io.github.jmt5.client.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.client.transport.ConnectionOptions;
import io.github.jmt5.protocol.message.onboarding.VerificationResponse;
import io.github.jmt5.protocol.wire.Bytes;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OnboardingOptionsTest {
  private static final ConnectionOptions CONNECTION =
      ConnectionOptions.builder(URI.create("wss://example.com/terminal")).build();

  @Test
  void defaults() {
    OnboardingOptions o = OnboardingOptions.of(CONNECTION);

    assertThat(o.connection()).isSameAs(CONNECTION);
    assertThat(o.clientId().length()).isEqualTo(16);
    assertThat(o.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.build()).isZero();
    assertThat(o.transport()).isNull();
  }

  @Test
  void settersValidate() {
    OnboardingOptions.Builder b = OnboardingOptions.builder(CONNECTION);

    assertThatThrownBy(() -> b.clientId(Bytes.zeros(15)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.requestTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.build(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(b.clientId(Bytes.zeros(16)).build(5687).build().build()).isEqualTo(5687);
  }

  @Test
  void newAccountMasksAndClearsItsPasswords() {
    NewAccount a = new NewAccount(7, "m4ster".toCharArray(), "inv3stor".toCharArray());

    assertThat(a.toString()).isEqualTo("NewAccount[login=7, password=***, investorPassword=***]");
    a.clear();
    assertThat(a.password()).containsOnly('\0');
    assertThat(a.investorPassword()).containsOnly('\0');
  }

  @Test
  void verificationFlagsAndTheOpeningError() {
    assertThat(Verification.of(new VerificationResponse(1, 0)))
        .isEqualTo(new Verification(true, false));
    assertThat(new Verification(false, false).anyRequired()).isFalse();

    AccountOpeningException e = new AccountOpeningException(30, 1031);
    assertThat(e.code()).isEqualTo(1031);
    assertThat(e.getMessage()).contains("30 open demo account").contains("1031");
  }

  @Test
  void theFormKeepsEverythingButTheCodes() {
    var form = OnboardingIT.form();
    var coded = AccountOpening.withCodes(form, 11, 22);

    assertThat(coded.emailConfirmCode()).isEqualTo(11);
    assertThat(coded.phoneConfirmCode()).isEqualTo(22);
    assertThat(AccountOpening.withCodes(coded, 0, 0)).isEqualTo(form);
  }
}
