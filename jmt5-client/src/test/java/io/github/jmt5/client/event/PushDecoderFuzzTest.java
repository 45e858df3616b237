package io.github.jmt5.client.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jmt5.protocol.ProtocolException;
import java.util.Arrays;

/**
 * The client's push dispatch fed arbitrary frames: the first byte is the command, the second the
 * result code (mostly 0), the rest the body. It returns an event or throws {@link
 * ProtocolException}; unknown commands and error codes always become {@link UnknownPush}.
 */
class PushDecoderFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void decode(byte[] input) {
    if (input.length < 2) {
      return;
    }
    int command = input[0] & 0xff;
    int code = (input[1] & 0xff) < 0xf0 ? 0 : input[1] & 0x0f;
    byte[] body = Arrays.copyOfRange(input, 2, input.length);
    PushEvent event;
    try {
      event = PushDecoder.decode(command, code, body);
    } catch (ProtocolException expected) {
      assertThat(PushDecoder.isKnown(command) && code == 0).isTrue();
      return;
    }
    assertThat(event).isNotNull();
    if (code != 0 || !PushDecoder.isKnown(command)) {
      assertThat(event).isInstanceOf(UnknownPush.class);
    }
  }
}
