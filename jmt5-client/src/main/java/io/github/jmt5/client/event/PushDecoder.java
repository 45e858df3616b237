package io.github.jmt5.client.event;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;

/**
 * The push dispatch table: command id → typed event. Commands without an entry become {@link
 * UnknownPush}.
 */
public final class PushDecoder {
  private PushDecoder() {}

  /**
   * {@return true when {@code command} has a typed push}
   *
   * @param command a command id
   */
  public static boolean isKnown(int command) {
    return switch (command) {
      case 8, 10, 13, 14, 15, 17, 19, 20, 23 -> true;
      default -> false;
    };
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
    if (code != 0 || !isKnown(command)) {
      return new UnknownPush(command, code, Bytes.of(body));
    }
    WireReader r = WireReader.of(body, command);
    return switch (command) {
      case 8 -> new TicksReceived(Codecs.TICKS.decode(r));
      case 10 -> new TradeTransactionsReceived(Codecs.TRADE_TRANSACTIONS.decode(r));
      case 13 -> new SymbolsUpdated(Codecs.SYMBOL_UPDATES.decode(r));
      case 14 -> new AccountUpdated(Codecs.ACCOUNT.decode(r));
      case 15 -> new LoginStatusChanged(Codecs.LOGIN_STATUS.decode(r).state());
      case 17 -> new SymbolDetailsReceived(Codecs.SYMBOL_DETAILS.decode(r));
      case 19 -> new TradeResultReceived(Codecs.TRADE_RESULT.decode(r));
      case 20 -> new SpreadsReceived(Codecs.SPREADS.decode(r));
      case 23 -> new BookUpdated(Codecs.ORDER_BOOK.decode(r));
      default -> throw new IllegalStateException("no decoder for push " + command);
    };
  }
}
