package io.github.jmt5.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jmt5.protocol.command.CommandId;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.Hex;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Frames as JSON lines, the format of {@code --json} output and of capture files.
 *
 * <pre>
 * {"ts":"2026-01-02T03:04:05.678Z","conn":1,"dir":"c2s","cmd":28,"name":"login","kind":"request",
 *  "size":912,"hex":"00000000...","fields":{"version":0,"password":"***",...}}
 * </pre>
 *
 * Server frames add {@code "code"}; frames that did not decrypt have {@code "cmd":-1} and {@code
 * "error"}.
 */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /**
   * {@return decoded values to plain JSON values: maps, lists, strings, numbers, booleans; bytes
   * become lower-case hex}
   *
   * @param value a decoded value, or {@code null}
   */
  public static @Nullable Object plain(@Nullable Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Bytes b) {
      return b.hex();
    }
    if (value instanceof byte[] b) {
      return Hex.encode(b);
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), plainOrNullText(v)));
      return out;
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object o : l) {
        out.add(plainOrNullText(o));
      }
      return out;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    return value.toString();
  }

  private static Object plainOrNullText(@Nullable Object value) {
    Object p = plain(value);
    return p == null ? "null" : p;
  }

  /**
   * {@return a map of plain values}
   *
   * @param fields decoded fields
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> plainMap(Map<String, ?> fields) {
    return (Map<String, Object>) plainOrNullText(fields);
  }

  /**
   * {@return compact JSON text of a plain value}
   *
   * @param value a plain value, as {@link #plain} returns
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /**
   * {@return the JSON line of a frame, without the newline}
   *
   * @param r the frame
   */
  public static String line(FrameRecord r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("ts", Timestamps.format(r.ts()));
    n.put("conn", r.connection());
    n.put("dir", r.direction().key());
    n.put("cmd", r.command());
    if (r.decrypted()) {
      n.put("name", CommandId.find(r.command()).map(CommandId::label).orElse("unknown"));
    }
    if (r.direction() == Direction.S2C && r.code() >= 0) {
      n.put("code", r.code());
    }
    n.put("kind", r.kind());
    n.put("size", r.size());
    Bytes body = r.body();
    if (body != null) {
      n.put("hex", body.hex());
    }
    n.set("fields", MAPPER.valueToTree(r.fields()));
    if (r.error() != null) {
      n.put("error", r.error());
    }
    return write(n);
  }

  /**
   * Reads a line written by {@link #line}.
   *
   * @param line one line of a capture file
   * @return the frame record
   * @throws IllegalArgumentException when the line is not such a record
   */
  public static FrameRecord parse(String line) {
    JsonNode n;
    try {
      n = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (n == null || !n.isObject() || !n.hasNonNull("dir") || !n.hasNonNull("cmd")) {
      throw new IllegalArgumentException("not a frame record (needs dir and cmd)");
    }
    try {
      Instant ts = n.hasNonNull("ts") ? Timestamps.parse(n.get("ts").asText()) : Instant.EPOCH;
      Direction dir = Direction.parse(n.get("dir").asText());
      int cmd = n.get("cmd").asInt(-1);
      int code = n.hasNonNull("code") ? n.get("code").asInt() : -1;
      String kind =
          n.hasNonNull("kind")
              ? n.get("kind").asText()
              : cmd < 0 ? FrameRecord.UNDECRYPTABLE : dir == Direction.C2S ? "request" : "reply";
      Bytes body = n.hasNonNull("hex") ? Bytes.fromHex(n.get("hex").asText()) : null;
      int size = n.hasNonNull("size") ? n.get("size").asInt() : body == null ? 0 : body.length();
      Map<String, Object> fields = new LinkedHashMap<>();
      JsonNode f = n.get("fields");
      if (f != null && f.isObject()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> read = MAPPER.convertValue(f, LinkedHashMap.class);
        fields.putAll(read);
      }
      String error = n.hasNonNull("error") ? n.get("error").asText() : null;
      return new FrameRecord(
          ts, n.path("conn").asInt(1), dir, cmd, code, kind, size, body, fields, error);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("bad ts: " + e.getParsedString(), e);
    }
  }
}
