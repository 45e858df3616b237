package io.github.jmt5.protocol.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jmt5.protocol.ProtocolException;
import java.util.Arrays;

/**
 * Every request, reply and push codec of {@link CommandTable#standard()} fed arbitrary bytes. The
 * first input byte is the command id, the rest the body. A decoder may only return a value or throw
 * {@link ProtocolException}; anything else is a bug.
 */
class CommandTableFuzzTest {
  private static final CommandTable TABLE = CommandTable.standard();

  @FuzzTest(maxDuration = "20s")
  void requests(byte[] input) {
    decode(input, Direction.REQUEST);
  }

  @FuzzTest(maxDuration = "20s")
  void replies(byte[] input) {
    decode(input, Direction.REPLY);
  }

  @FuzzTest(maxDuration = "20s")
  void pushes(byte[] input) {
    decode(input, Direction.PUSH);
  }

  private enum Direction {
    REQUEST,
    REPLY,
    PUSH
  }

  private static void decode(byte[] input, Direction direction) {
    if (input.length == 0) {
      return;
    }
    int command = input[0] & 0xff;
    byte[] body = Arrays.copyOfRange(input, 1, input.length);
    Object decoded;
    try {
      decoded =
          switch (direction) {
            case REQUEST -> TABLE.decodeRequest(command, body);
            case REPLY -> TABLE.decodeReply(command, body);
            case PUSH -> TABLE.decodePush(command, body);
          };
    } catch (ProtocolException expected) {
      return;
    }
    assertThat(decoded).isNotNull();
    // a decoded value must describe itself without failing (toString walks every field)
    assertThat(decoded.toString()).isNotNull();
  }
}
