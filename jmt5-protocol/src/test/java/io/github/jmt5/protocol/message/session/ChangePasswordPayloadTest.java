package io.github.jmt5.protocol.message.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.command.Codecs;
import java.nio.CharBuffer;
import org.junit.jupiter.api.Test;

class ChangePasswordPayloadTest {
  @Test
  void encodesTheSameBytesAsTheRecord() {
    byte[] fromChars =
        ChangePasswordPayload.encode(
            false,
            CharBuffer.wrap("new-Pass-1".toCharArray()),
            CharBuffer.wrap("old".toCharArray()));
    byte[] fromRecord =
        Codecs.CHANGE_PASSWORD_REQUEST.encode(new ChangePasswordRequest(0, "new-Pass-1", "old"));

    assertThat(fromChars).isEqualTo(fromRecord).hasSize(ChangePasswordRequest.SIZE);
    ChangePasswordRequest back = Codecs.CHANGE_PASSWORD_REQUEST.decode(fromChars, 24);
    assertThat(back.newPassword()).isEqualTo("new-Pass-1");
    assertThat(ChangePasswordPayload.encode(true, "a", "b")[0]).isEqualTo((byte) 1);
  }
}
