package io.github.jmt5.client.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandSpec;
import io.github.jmt5.protocol.command.CommandTable;
import io.github.jmt5.protocol.message.market.Tick;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PushDecoderTest {
  /** Pushes of the command table that are published raw on purpose; none so far. */
  private static final Set<Integer> PUBLISHED_RAW = Set.of();

  /** The event each push of the command table becomes. */
  private static final Map<Integer, Class<? extends PushEvent>> EVENTS =
      Map.of(
          8, TicksReceived.class,
          10, TradeTransactionsReceived.class,
          13, SymbolsUpdated.class,
          14, AccountUpdated.class,
          15, LoginStatusChanged.class,
          17, SymbolDetailsReceived.class,
          19, TradeResultReceived.class,
          20, SpreadsReceived.class,
          23, BookUpdated.class);

  private static List<Integer> tablePushes() {
    List<Integer> out = new ArrayList<>();
    for (CommandSpec spec : CommandTable.standard().specs()) {
      if (spec.push() != null) {
        out.add(spec.id().id());
      }
    }
    return out;
  }

  @Test
  void everyPushOfTheCommandTableIsTypedOrPublishedRawOnPurpose() {
    List<Integer> pushes = tablePushes();
    assertThat(pushes).isNotEmpty();
    for (int command : pushes) {
      assertThat(PushDecoder.isKnown(command) || PUBLISHED_RAW.contains(command))
          .as("push %d of the command table has an event or is published raw on purpose", command)
          .isTrue();
    }
    List<Integer> typed = new ArrayList<>(pushes);
    typed.removeAll(PUBLISHED_RAW);
    assertThat(EVENTS.keySet()).containsExactlyInAnyOrderElementsOf(typed);
    for (int command : PUBLISHED_RAW) {
      assertThat(PushDecoder.isKnown(command)).isFalse();
      assertThat(PushDecoder.decode(command, 0, smallestBody(command)))
          .isInstanceOf(UnknownPush.class);
    }
  }

  @Test
  void onlyPushesOfTheCommandTableAreKnown() {
    Set<Integer> known = new TreeSet<>();
    for (int command = -1; command <= 0x1_0000; command++) {
      if (PushDecoder.isKnown(command)) {
        known.add(command);
      }
    }
    assertThat(known).isEqualTo(new TreeSet<>(EVENTS.keySet()));
    assertThat(known).containsExactly(8, 10, 13, 14, 15, 17, 19, 20, 23);
  }

  @Test
  void eachPushDecodesIntoItsEvent() {
    for (int command : tablePushes()) {
      assertThat(PushDecoder.decode(command, 0, smallestBody(command)))
          .as("push %d", command)
          .isInstanceOf(EVENTS.get(command));
    }
  }

  /** The shortest body of zeros that the table's push codec of {@code command} accepts. */
  private static byte[] smallestBody(int command) {
    for (int length = 0; length <= 1 << 14; length++) {
      byte[] body = new byte[length];
      try {
        CommandTable.standard().decodePush(command, body);
        return body;
      } catch (ProtocolException e) {
        // longer
      }
    }
    throw new AssertionError("no body of zeros decodes as push " + command);
  }

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
