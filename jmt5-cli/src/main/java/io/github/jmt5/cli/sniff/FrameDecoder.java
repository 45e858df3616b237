package io.github.jmt5.cli.sniff;

import io.github.jmt5.cli.output.Direction;
import io.github.jmt5.cli.output.FrameRecord;
import io.github.jmt5.cli.output.Json;
import io.github.jmt5.protocol.command.CommandSpec;
import io.github.jmt5.protocol.command.CommandTable;
import io.github.jmt5.protocol.command.GenericDecoder;
import io.github.jmt5.protocol.wire.Bytes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decrypted frame bodies to {@link FrameRecord}s: decodes the fields with the {@link
 * GenericDecoder} and masks every secret. A body that does not decode keeps its (masked) bytes and
 * gets an error. Thread-safe.
 */
public final class FrameDecoder {
  /** Kind of client frames. */
  public static final String REQUEST = "request";

  /** Kind of a server frame answering an outstanding request. */
  public static final String REPLY = "reply";

  /** Kind of a server-initiated frame. */
  public static final String PUSH = "push";

  private final CommandTable table;
  private final GenericDecoder decoder;

  /** A decoder for the standard command table. */
  public FrameDecoder() {
    this(CommandTable.standard());
  }

  /**
   * A decoder for the codecs of {@code table}.
   *
   * @param table the command table, for a server build other than the standard one
   */
  public FrameDecoder(CommandTable table) {
    this.table = table;
    this.decoder = new GenericDecoder(table);
  }

  /**
   * {@return a client request's record}
   *
   * @param ts when the frame was seen
   * @param connection number of the proxied connection
   * @param command command id
   * @param payload the decrypted payload
   */
  public FrameRecord request(Instant ts, int connection, int command, byte[] payload) {
    return record(ts, connection, Direction.C2S, command, -1, REQUEST, payload);
  }

  /**
   * {@return a server frame's record; {@code kind} is {@link #REPLY} or {@link #PUSH}}
   *
   * @param ts when the frame was seen
   * @param connection number of the proxied connection
   * @param command command id
   * @param code result code of the frame
   * @param kind {@link #REPLY} or {@link #PUSH}
   * @param body the decrypted body
   */
  public FrameRecord server(
      Instant ts, int connection, int command, int code, String kind, byte[] body) {
    return record(ts, connection, Direction.S2C, command, code, kind, body);
  }

  /**
   * {@return a record of a message that did not decrypt}
   *
   * @param ts when the message was seen
   * @param connection number of the proxied connection
   * @param direction which way the message went
   * @param size message size in bytes
   * @param error why it did not decrypt
   */
  public static FrameRecord undecryptable(
      Instant ts, int connection, Direction direction, int size, String error) {
    return new FrameRecord(
        ts, connection, direction, -1, -1, FrameRecord.UNDECRYPTABLE, size, null, Map.of(), error);
  }

  /**
   * Decodes a stored (already masked) body again, for captures written without fields.
   *
   * @param r a record read from a capture
   * @return the record with decoded fields
   */
  public FrameRecord redecode(FrameRecord r) {
    Bytes body = r.body();
    if (body == null || !r.decrypted()) {
      return r;
    }
    return record(
        r.ts(), r.connection(), r.direction(), r.command(), r.code(), r.kind(), body.toArray());
  }

  private FrameRecord record(
      Instant ts,
      int connection,
      Direction direction,
      int command,
      int code,
      String kind,
      byte[] body) {
    Map<String, Object> fields = new LinkedHashMap<>();
    @Nullable String error = null;
    // an error reply usually has no body: nothing to decode
    if (!(direction == Direction.S2C && code != 0 && body.length == 0)) {
      try {
        Map<String, Object> decoded = decode(direction, command, kind, body);
        fields = Json.plainMap(Secrets.maskFields(direction, command, decoded));
      } catch (RuntimeException e) {
        error = "does not decode: " + e.getMessage();
      }
    }
    byte[] masked = Secrets.maskBody(direction, command, body);
    return new FrameRecord(
        ts,
        connection,
        direction,
        command,
        code,
        kind,
        body.length,
        Bytes.of(masked),
        fields,
        error);
  }

  private Map<String, Object> decode(Direction direction, int command, String kind, byte[] body) {
    if (direction == Direction.C2S) {
      return decoder.request(command, body);
    }
    Optional<CommandSpec> spec = table.spec(command);
    boolean hasReply = spec.map(s -> s.reply() != null).orElse(false);
    boolean hasPush = spec.map(s -> s.push() != null).orElse(false);
    boolean asReply = REPLY.equals(kind) ? hasReply || !hasPush : hasReply && !hasPush;
    return asReply ? decoder.reply(command, body) : decoder.push(command, body);
  }

  static String message(Throwable t) {
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }
}
