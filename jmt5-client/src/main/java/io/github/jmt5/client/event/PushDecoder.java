package io.github.jmt5.client.event;

import io.github.jmt5.protocol.command.BodyCodec;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.command.CommandSpec;
import io.github.jmt5.protocol.command.CommandTable;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The push dispatch: command id → typed event. Which commands are pushes, and how their bodies
 * decode, is the protocol's {@link CommandTable#standard() command table}: a command whose entry
 * has a push codec is decoded with that codec, and the body it yields becomes its event (ticks
 * become {@link TicksReceived}, an account {@link AccountUpdated}, and so on). Commands without a
 * push codec, or whose body has no event, become {@link UnknownPush}.
 */
public final class PushDecoder {
  /** The event of each push body, by the codec that decodes it. */
  private static final List<Event<?>> EVENTS =
      List.of(
          new Event<>(Codecs.TICKS, TicksReceived::new),
          new Event<>(Codecs.TRADE_TRANSACTIONS, TradeTransactionsReceived::new),
          new Event<>(Codecs.SYMBOL_UPDATES, SymbolsUpdated::new),
          new Event<>(Codecs.ACCOUNT, AccountUpdated::new),
          new Event<>(Codecs.LOGIN_STATUS, s -> new LoginStatusChanged(s.state())),
          new Event<>(Codecs.SYMBOL_DETAILS, SymbolDetailsReceived::new),
          new Event<>(Codecs.TRADE_RESULT, TradeResultReceived::new),
          new Event<>(Codecs.SPREADS, SpreadsReceived::new),
          new Event<>(Codecs.ORDER_BOOK, BookUpdated::new));

  /** The typed push of each command id, from the command table; null where there is none. */
  private static final @Nullable Event<?>[] BY_COMMAND = byCommand(CommandTable.standard());

  private PushDecoder() {}

  private static @Nullable Event<?>[] byCommand(CommandTable table) {
    IdentityHashMap<BodyCodec<?>, Event<?>> byCodec = new IdentityHashMap<>();
    for (Event<?> e : EVENTS) {
      byCodec.put(e.codec(), e);
    }
    int size = 0;
    for (CommandSpec spec : table.specs()) {
      size = Math.max(size, spec.id().id() + 1);
    }
    @Nullable Event<?>[] out = new Event<?>[size];
    for (CommandSpec spec : table.specs()) {
      BodyCodec<?> push = spec.push();
      if (push != null) {
        out[spec.id().id()] = byCodec.get(push);
      }
    }
    return out;
  }

  private static @Nullable Event<?> event(int command) {
    return command >= 0 && command < BY_COMMAND.length ? BY_COMMAND[command] : null;
  }

  /**
   * {@return true when {@code command} has a typed push}
   *
   * @param command a command id
   */
  public static boolean isKnown(int command) {
    return event(command) != null;
  }

  /**
   * Decodes a frame with a zero code into its event; unknown commands and non-zero codes become
   * {@link UnknownPush}.
   *
   * @param command command id of the frame
   * @param code result code of the frame
   * @param body the frame body
   * @return the typed event, or an {@link UnknownPush}
   * @throws io.github.jmt5.protocol.ProtocolException when the body does not match the command's
   *     layout
   */
  public static PushEvent decode(int command, int code, byte[] body) {
    Event<?> event = event(command);
    if (code != 0 || event == null) {
      return new UnknownPush(command, code, Bytes.of(body));
    }
    return event.decode(WireReader.of(body, command));
  }

  /** A push body's codec and the event made of what it decodes. */
  private record Event<T>(BodyCodec<T> codec, Function<? super T, ? extends PushEvent> of) {
    PushEvent decode(WireReader r) {
      return of.apply(codec.decode(r));
    }
  }
}
