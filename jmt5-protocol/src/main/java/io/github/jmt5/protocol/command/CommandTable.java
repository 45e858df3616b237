package io.github.jmt5.protocol.command;

import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Command id to codecs: the request payload, the reply body and the push body. Bodies of commands
 * that have no codec are returned as {@link RawBody}, never dropped.
 *
 * <p>Immutable and thread-safe. {@link #standard()} is the table of the web-terminal build the
 * protocol description was taken from; {@link io.github.jmt5.protocol.version.ProtocolVersions}
 * selects tables for other server builds.
 */
public final class CommandTable {
  private final Map<CommandId, CommandSpec> specs;

  private CommandTable(Map<CommandId, CommandSpec> specs) {
    this.specs = specs;
  }

  private static final CommandTable STANDARD = buildStandard();

  /**
   * {@return the table of the server build the protocol description was taken from; shared and
   * immutable}
   */
  public static CommandTable standard() {
    return STANDARD;
  }

  private static CommandTable buildStandard() {
    Map<CommandId, CommandSpec> m = new EnumMap<>(CommandId.class);
    put(m, CommandId.BOOTSTRAP, Codecs.BOOTSTRAP_TOKEN, Codecs.BOOTSTRAP_REPLY, null);
    put(m, CommandId.LOGOUT, Codecs.EMPTY, Codecs.EMPTY, null);
    put(m, CommandId.GET_ACCOUNT, Codecs.EMPTY, Codecs.ACCOUNT, null);
    put(m, CommandId.GET_POSITIONS_AND_ORDERS, Codecs.EMPTY, Codecs.POSITIONS_AND_ORDERS, null);
    put(m, CommandId.GET_TRADE_HISTORY, Codecs.HISTORY_REQUEST, Codecs.TRADE_HISTORY, null);
    put(m, CommandId.GET_SYMBOLS, Codecs.EMPTY, Codecs.SYMBOL_LIST, null);
    put(m, CommandId.SUBSCRIBE_TICKS, Codecs.ID_LIST, Codecs.EMPTY, null);
    put(m, CommandId.TICK, null, null, Codecs.TICKS);
    put(m, CommandId.GET_SYMBOL_GROUPS, Codecs.EMPTY, Codecs.SYMBOL_GROUPS, null);
    put(m, CommandId.TRADE_TRANSACTION, null, null, Codecs.TRADE_TRANSACTIONS);
    put(m, CommandId.GET_BARS, Codecs.BARS_REQUEST, Codecs.BARS, null);
    put(m, CommandId.TRADE_REQUEST, Codecs.TRADE_REQUEST, Codecs.TRADE_REPLY, null);
    put(m, CommandId.SYMBOL_UPDATE, null, null, Codecs.SYMBOL_UPDATES);
    put(m, CommandId.ACCOUNT_UPDATE, null, null, Codecs.ACCOUNT);
    put(m, CommandId.LOGIN_STATUS, null, null, Codecs.LOGIN_STATUS);
    put(m, CommandId.SYMBOL_DETAILS, null, null, Codecs.SYMBOL_DETAILS);
    put(m, CommandId.GET_FULL_SYMBOLS, Codecs.ID_LIST, Codecs.FULL_SYMBOLS, null);
    put(m, CommandId.TRADE_RESULT, null, null, Codecs.TRADE_RESULT);
    put(m, CommandId.GET_SPREADS, Codecs.ID_LIST, Codecs.SPREADS, Codecs.SPREADS);
    put(m, CommandId.SUBSCRIBE_BOOK, Codecs.ID_LIST, Codecs.EMPTY, null);
    put(m, CommandId.ORDER_BOOK, null, null, Codecs.ORDER_BOOK);
    put(
        m,
        CommandId.CHANGE_PASSWORD,
        Codecs.CHANGE_PASSWORD_REQUEST,
        Codecs.CHANGE_PASSWORD_REPLY,
        null);
    put(
        m,
        CommandId.OPENING_VERIFICATION,
        Codecs.OPENING_VERIFICATION,
        Codecs.VERIFICATION_RESPONSE,
        null);
    put(m, CommandId.LOGIN, Codecs.LOGIN_REQUEST, Codecs.LOGIN_RESPONSE, null);
    put(m, CommandId.INIT, Codecs.INIT_REQUEST, null, null);
    put(m, CommandId.OPEN_DEMO_ACCOUNT, Codecs.OPENING_FORM, Codecs.OPEN_ACCOUNT_RESPONSE, null);
    put(m, CommandId.GET_SYMBOLS_COMPRESSED, Codecs.EMPTY, Codecs.SYMBOL_LIST_COMPRESSED, null);
    put(
        m,
        CommandId.OPEN_REAL_ACCOUNT,
        Codecs.OPEN_REAL_ACCOUNT,
        Codecs.OPEN_ACCOUNT_RESPONSE,
        null);
    put(
        m,
        CommandId.SUBMIT_VERIFICATION_CODES,
        Codecs.OPENING_FORM,
        Codecs.VERIFICATION_RESPONSE,
        null);
    put(m, CommandId.TRADER_PARAMS, Codecs.EMPTY, Codecs.TRADER_PARAMS, null);
    put(m, CommandId.NOTIFY, Codecs.NOTIFY, null, null);
    put(m, CommandId.OTP_SETUP, Codecs.OTP_SETUP, null, null);
    put(m, CommandId.CORPORATE_LINKS, Codecs.EMPTY, Codecs.CORPORATE_LINKS, null);
    put(m, CommandId.PING, Codecs.EMPTY, Codecs.EMPTY, null);
    put(m, CommandId.RESERVED_52, Codecs.EMPTY, Codecs.EMPTY, null);
    return new CommandTable(m);
  }

  private static void put(
      Map<CommandId, CommandSpec> m,
      CommandId id,
      @Nullable BodyCodec<?> request,
      @Nullable BodyCodec<?> reply,
      @Nullable BodyCodec<?> push) {
    m.put(id, new CommandSpec(id, request, reply, push));
  }

  /**
   * {@return a copy of this table with {@code spec} replacing the entry for its command}
   *
   * @param spec the entry to put in
   */
  public CommandTable with(CommandSpec spec) {
    Map<CommandId, CommandSpec> m = new EnumMap<>(specs);
    m.put(spec.id(), spec);
    return new CommandTable(m);
  }

  /** {@return every entry, in command id order, as an unmodifiable view} */
  public java.util.Collection<CommandSpec> specs() {
    return java.util.Collections.unmodifiableCollection(specs.values());
  }

  /**
   * {@return the entry for the u16 command id {@code command}, or empty if it is not allowlisted}
   *
   * @param command the command id of a frame
   */
  public Optional<CommandSpec> spec(int command) {
    return CommandId.find(command).map(specs::get);
  }

  /**
   * Decodes a client request payload, or returns a {@link RawBody}.
   *
   * @param command the command id of the frame
   * @param payload the request payload (after the inner header)
   * @return the typed message, or a {@link RawBody} when the command has no request codec
   * @throws io.github.jmt5.protocol.ProtocolException if the payload does not match the codec
   */
  public Object decodeRequest(int command, byte[] payload) {
    return decode(command, payload, spec(command).map(CommandSpec::request).orElse(null));
  }

  /**
   * Decodes a reply body, or returns a {@link RawBody}.
   *
   * @param command the command id of the frame
   * @param body the reply body (after the inner header)
   * @return the typed message, or a {@link RawBody} when the command has no reply codec
   * @throws io.github.jmt5.protocol.ProtocolException if the body does not match the codec
   */
  public Object decodeReply(int command, byte[] body) {
    return decode(command, body, spec(command).map(CommandSpec::reply).orElse(null));
  }

  /**
   * Decodes a push body, or returns a {@link RawBody}.
   *
   * @param command the command id of the frame
   * @param body the push body (after the inner header)
   * @return the typed message, or a {@link RawBody} when the command has no push codec
   * @throws io.github.jmt5.protocol.ProtocolException if the body does not match the codec
   */
  public Object decodePush(int command, byte[] body) {
    return decode(command, body, spec(command).map(CommandSpec::push).orElse(null));
  }

  private static Object decode(int command, byte[] body, @Nullable BodyCodec<?> codec) {
    if (codec == null) {
      return new RawBody(command, Bytes.of(body));
    }
    return codec.decode(WireReader.of(body, command));
  }
}
