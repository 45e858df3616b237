package io.github.jmt5.client.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.message.market.Tick;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PushDecoderTest {
  @Test
  void decodesTicksIntoTheirEvent() {
    Tick t = new Tick(7, 1_700_000_000, 3, 1.5, 1.6, 0, 0, 12, 0);
    byte[] body = Codecs.TICKS.encode(List.of(t));

    PushEvent e = PushDecoder.decode(8, 0, body);

    assertThat(e).isEqualTo(new TicksReceived(List.of(t)));
  }

  @Test
  void unknownCommandsAndErrorCodesStayRaw() {
    assertThat(PushDecoder.decode(77, 0, new byte[] {1, 2})).isInstanceOf(UnknownPush.class);
    assertThat(PushDecoder.decode(8, 4, new byte[0]))
        .isInstanceOfSatisfying(UnknownPush.class, u -> assertThat(u.code()).isEqualTo(4));
  }

  @Test
  void hostileBodiesFailWithAProtocolErrorNamingTheCommand() {
    Random random = new Random(42);
    for (int command : new int[] {8, 10, 13, 14, 15, 17, 19, 20, 23}) {
      for (int i = 0; i < 200; i++) {
        byte[] body = new byte[random.nextInt(64)];
        random.nextBytes(body);
        try {
          PushDecoder.decode(command, 0, body);
        } catch (ProtocolException e) {
          assertThat(e.command()).isEqualTo(command);
        }
      }
    }
    byte[] hugeCount = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0x7f};
    byte[] book =
        Codecs.ORDER_BOOK.encode(
            List.of(
                new io.github.jmt5.protocol.message.market.BookUpdate(
                    new io.github.jmt5.protocol.message.market.BookHeader(1, 0, 0, 0, 0, 0),
                    List.of())));
    // claim 2^30 levels behind the header
    book[book.length - 4] = 0;
    book[book.length - 3] = 0;
    book[book.length - 2] = 0;
    book[book.length - 1] = 0x40;
    assertThatThrownBy(() -> PushDecoder.decode(23, 0, book))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("23");
    // cmd 8 has no count: n = floor(length / 50), a short tail is not a tick
    assertThat(PushDecoder.decode(8, 0, hugeCount)).isEqualTo(new TicksReceived(List.of()));
  }
}
