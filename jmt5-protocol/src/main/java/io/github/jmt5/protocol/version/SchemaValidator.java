package io.github.jmt5.protocol.version;

import io.github.jmt5.protocol.ProtocolException;
import io.github.jmt5.protocol.command.BodyCodec;
import io.github.jmt5.protocol.command.CommandSpec;
import io.github.jmt5.protocol.command.CommandTable;
import io.github.jmt5.protocol.command.RecordCatalog;
import io.github.jmt5.protocol.layout.Field;
import io.github.jmt5.protocol.layout.Layout;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Debug-mode check that a body has exactly the shape its layout says. The body is decoded with the
 * typed codec and encoded again; any difference in length or bytes is reported with the command,
 * the byte offset and the field found there. A truncated or inconsistent body is reported from the
 * decoder's own {@link ProtocolException}. Meant for development and the protocol debugger, not for
 * every frame in production.
 */
public final class SchemaValidator {
  /** Which codec of a command to validate against. */
  public enum Part {
    /** The client's request payload. */
    REQUEST,
    /** The server's reply body. */
    REPLY,
    /** The server's push body. */
    PUSH
  }

  /**
   * A difference between a body and its layout.
   *
   * @param command command id
   * @param part request, reply or push
   * @param offset first byte offset that differs
   * @param field the field at that offset, or {@code "?"} when it cannot be named
   * @param problem what differs
   */
  public record Mismatch(int command, Part part, int offset, String field, String problem) {
    @Override
    public String toString() {
      return "cmd "
          + command
          + " "
          + part.name().toLowerCase(java.util.Locale.ROOT)
          + ": "
          + problem
          + " at offset "
          + offset
          + " (field "
          + field
          + ")";
    }
  }

  private final CommandTable table;

  /**
   * A validator for the codecs of {@code table}.
   *
   * @param table the command table to validate against
   */
  public SchemaValidator(CommandTable table) {
    this.table = table;
  }

  /**
   * Checks {@code body}; empty when it matches its layout or the command has no codec.
   *
   * @param command the command id of the frame
   * @param part which codec of the command to check against
   * @param body the payload or body
   * @return the first mismatch, or empty
   */
  @SuppressWarnings("unchecked")
  public Optional<Mismatch> validate(int command, Part part, byte[] body) {
    Optional<CommandSpec> spec = table.spec(command);
    if (spec.isEmpty()) {
      return Optional.empty();
    }
    BodyCodec<Object> codec = (BodyCodec<Object>) codecOf(spec.get(), part);
    if (codec == null) {
      return Optional.empty();
    }
    Object decoded;
    try {
      decoded = codec.decode(body, command);
    } catch (ProtocolException e) {
      String field = e.field() == null ? "?" : e.field();
      return Optional.of(
          new Mismatch(
              command, part, Math.max(0, e.offset()), field, String.valueOf(e.getMessage())));
    }
    if (command == 34) {
      return Optional.empty(); // compressed bytes legitimately differ between compressors
    }
    byte[] again = codec.encode(decoded);
    int n = Math.min(again.length, body.length);
    for (int i = 0; i < n; i++) {
      if (again[i] != body[i]) {
        return Optional.of(
            new Mismatch(command, part, i, fieldAt(decoded, i), "byte differs after a round trip"));
      }
    }
    if (again.length != body.length) {
      String problem =
          body.length > again.length
              ? (body.length - again.length) + " unexpected trailing bytes"
              : "body is " + (again.length - body.length) + " bytes short";
      return Optional.of(new Mismatch(command, part, n, fieldAt(decoded, n), problem));
    }
    return Optional.empty();
  }

  private static @Nullable BodyCodec<?> codecOf(CommandSpec spec, Part part) {
    return switch (part) {
      case REQUEST -> spec.request();
      case REPLY -> spec.reply();
      case PUSH -> spec.push();
    };
  }

  /**
   * Names the field at {@code offset} for single records and uncounted lists of one record type.
   */
  private static String fieldAt(Object decoded, int offset) {
    Object sample = decoded instanceof List<?> l && !l.isEmpty() ? l.get(0) : decoded;
    Optional<Layout> layout =
        RecordCatalog.byType(sample.getClass()).map(RecordCatalog.Entry::layout);
    if (layout.isEmpty() || layout.get().size() == 0) {
      return "?";
    }
    Layout l = layout.get();
    int within = decoded instanceof List<?> ? offset % l.size() : offset;
    String prefix = decoded instanceof List<?> ? "[" + offset / l.size() + "]." : "";
    return l.fieldAt(within).map(Field::name).map(n -> prefix + n).orElse(prefix + "(end)");
  }
}
