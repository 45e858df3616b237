package io.github.jmt5.protocol.enums;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ServerResultCodeTest {

  @Test
  void coversTheSpecTableAndBodyValues() {
    assertThat(Arrays.stream(ServerResultCode.values()).mapToInt(ServerResultCode::value))
        .containsExactly(
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 201, 1031, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007,
            2008);
  }

  @Test
  void matchesSpecTexts() {
    assertThat(ServerResultCode.describe(0)).isEqualTo("success");
    assertThat(ServerResultCode.describe(2)).isEqualTo("trade server not available");
    assertThat(ServerResultCode.describe(3)).isEqualTo("invalid account or password");
    assertThat(ServerResultCode.find(5)).containsSame(ServerResultCode.OTP_REQUIRED);
    assertThat(ServerResultCode.find(6)).containsSame(ServerResultCode.TOTP_SETUP_REQUIRED);
    assertThat(ServerResultCode.describe(9))
        .isEqualTo("SSL-certificate authorization not supported");
    assertThat(ServerResultCode.describe(201)).isEqualTo("invalid OTP");
    assertThat(ServerResultCode.describe(1031)).isEqualTo("invalid verification code");
    assertThat(ServerResultCode.describe(2000)).isEqualTo("password too short");
    assertThat(ServerResultCode.describe(2005)).isEqualTo("current password incorrect");
    assertThat(ServerResultCode.describe(2006)).isEqualTo("passwords do not match");
  }

  @Test
  void frameCodesFitInOneByte() {
    for (ServerResultCode c : ServerResultCode.values()) {
      assertThat(c.isFrameCode()).as("%s", c).isEqualTo(c.value() <= 255);
    }
    assertThat(ServerResultCode.INVALID_OTP.isFrameCode()).isTrue();
    assertThat(ServerResultCode.INVALID_VERIFICATION_CODE.isFrameCode()).isFalse();
    assertThat(ServerResultCode.PASSWORD_EMPTY_2008.isFrameCode()).isFalse();
  }

  @Test
  void onlyZeroIsSuccess() {
    assertThat(ServerResultCode.SUCCESS.isSuccess()).isTrue();
    assertThat(Arrays.stream(ServerResultCode.values()).filter(ServerResultCode::isSuccess))
        .containsExactly(ServerResultCode.SUCCESS);
  }

  @Test
  void unknownCodesAreLenient() {
    assertThat(ServerResultCode.find(10)).isEmpty();
    assertThat(ServerResultCode.describe(10)).isEqualTo("unknown (10)");
    assertThat(ServerResultCode.find(408)).as("local timeout is not a server code").isEmpty();
    assertThat(ServerResultCode.describe(2009)).isEqualTo("unknown (2009)");
  }
}
