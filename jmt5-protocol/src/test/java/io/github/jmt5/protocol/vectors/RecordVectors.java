package io.github.jmt5.protocol.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jmt5.protocol.command.RecordCatalog;
import io.github.jmt5.protocol.layout.Field;
import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.layout.LayoutCodec;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.message.trade.TradeResultPush;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code record} vectors: the layout's generic codec must produce the bytes and read back the
 * values, and the typed codec must read the values and write the same bytes again.
 */
final class RecordVectors {
  private RecordVectors() {}

  static void run(Vector v) {
    String schema = v.inputs().path("schema").asText();
    byte[] hex = Expect.hex(v.expected().path("hex"));
    assertThat(hex).hasSize(v.expected().path("size").asInt());

    Layout layout = layoutOf(schema);
    assertThat(layout.size()).as("layout size").isEqualTo(hex.length);
    assertFieldsMatchLayout(v.inputs().path("fields"), layout);

    // generic: encode the vector's fields, decode the expected bytes
    byte[] encoded = encodeFields(layout, v.inputs().path("fields"));
    assertThat(Expect.hex(encoded)).as("generic encode").isEqualTo(Expect.hex(hex));
    Map<String, Object> decoded = LayoutCodec.decode(layout, WireReader.of(hex, -1), 0, false);
    Expect.matches(schema, v.expected().path("values"), decoded);

    // typed: read the bytes, compare every component with the values, write them back
    if (schema.equals("TRADE_ECHO")) {
      typedEcho(hex, v.expected().path("values"));
      return;
    }
    RecordCatalog.Entry<?> entry = RecordCatalog.byLayoutName(schema).orElseThrow();
    typed(entry, hex, v.expected().path("values"));
  }

  static Layout layoutOf(String schema) {
    if (schema.equals("TRADE_ECHO")) {
      return TradeResultPush.ECHO_LAYOUT;
    }
    return RecordCatalog.byLayoutName(schema)
        .orElseThrow(() -> new AssertionError("no layout for schema " + schema))
        .layout();
  }

  /** The vector's field list must be the layout: same names, types and sizes in the same order. */
  static void assertFieldsMatchLayout(JsonNode fields, Layout layout) {
    assertThat(fields.size()).as(layout.name() + " field count").isEqualTo(layout.fields().size());
    for (int i = 0; i < fields.size(); i++) {
      JsonNode f = fields.get(i);
      Field lf = layout.fields().get(i);
      assertThat(lf.name()).as(layout.name() + " field " + i).isEqualTo(f.path("name").asText());
      assertThat(lf.size()).as(lf.name() + " size").isEqualTo(f.path("length").asInt());
      String type = lf.isNested() ? "bytes" : lf.type().wireName();
      assertThat(type).as(lf.name() + " type").isEqualTo(f.path("type").asText());
    }
  }

  static byte[] encodeFields(Layout layout, JsonNode fields) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (JsonNode f : fields) {
      values.put(f.path("name").asText(), jsonValue(f));
    }
    WireWriter w = new WireWriter();
    LayoutCodec.encode(flat(layout), values, w);
    return w.toByteArray();
  }

  /** The layout with nested parts seen as plain bytes, as the vectors describe them. */
  static Layout flat(Layout layout) {
    Layout.Builder b = Layout.builder(layout.name());
    for (Field f : layout.fields()) {
      switch (f.type()) {
        case I8 -> b.i8(f.name());
        case U8 -> b.u8(f.name());
        case I16 -> b.i16(f.name());
        case U16 -> b.u16(f.name());
        case I32 -> b.i32(f.name());
        case U32 -> b.u32(f.name());
        case I64 -> b.i64(f.name());
        case U64 -> b.u64(f.name());
        case F32 -> b.f32(f.name());
        case F64 -> b.f64(f.name());
        case TIME -> b.time(f.name());
        case UTF16 -> b.utf16(f.name(), f.size());
        case ASCII -> b.ascii(f.name(), f.size());
        case BYTES -> b.bytes(f.name(), f.size());
      }
    }
    return b.build();
  }

  static Object jsonValue(JsonNode f) {
    JsonNode value = f.path("value");
    return switch (f.path("type").asText()) {
      case "f32", "f64" -> Double.parseDouble(value.asText());
      case "utf16", "ascii" -> value.asText();
      case "bytes" -> Bytes.fromHex(value.asText());
      default -> value.asText();
    };
  }

  private static <T> void typed(RecordCatalog.Entry<T> entry, byte[] hex, JsonNode values) {
    T record = entry.reader().read(WireReader.of(hex, -1), 0);
    Map<String, Object> components = flatComponents((Record) record);
    WireWriter w = new WireWriter();
    entry.writer().write(record, w);
    byte[] written = w.toByteArray();
    if (entry.layout().name().equals("LEVERAGE_RULE")) {
      // tier_count is the length of the tier list that follows on the wire, which a lone header
      // lacks
      components.put("tier_count", values.path("tier_count").asLong());
      System.arraycopy(hex, hex.length - 4, written, written.length - 4, 4);
    }
    Expect.matches(entry.layout().name() + " (typed)", values, components);
    assertThat(Expect.hex(written)).as("typed write").isEqualTo(Expect.hex(hex));
  }

  /** Components by wire name; nested records and lists become the bytes they occupy. */
  static Map<String, Object> flatComponents(Record record) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (var c : record.getClass().getRecordComponents()) {
      Object value = WireMaps.get(record, c);
      if (value instanceof Record nested) {
        value = Bytes.of(write(nested));
      } else if (value instanceof java.util.List<?> list
          && !list.isEmpty()
          && list.get(0) instanceof Double) {
        WireWriter w = new WireWriter();
        for (Object d : list) {
          w.f64((Double) d);
        }
        value = Bytes.of(w.toByteArray());
      }
      out.put(WireMaps.snake(c.getName()), value);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static <T> byte[] write(Record r) {
    RecordCatalog.Entry<T> e =
        (RecordCatalog.Entry<T>) RecordCatalog.byType(r.getClass()).orElseThrow();
    WireWriter w = new WireWriter();
    e.writer().write((T) r, w);
    return w.toByteArray();
  }

  private static void typedEcho(byte[] hex, JsonNode values) {
    TradeRequest echo = TradeRequest.read(WireReader.of(hex, -1), 0);
    Map<String, Object> components = flatComponents(echo);
    byte[] raw =
        ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(echo.timeExpiration()).array();
    components.put("time_expiration_raw", Bytes.of(raw));
    Expect.matches("TRADE_ECHO (typed)", values, components);
    WireWriter w = new WireWriter();
    echo.write(w);
    assertThat(Expect.hex(w.toByteArray())).isEqualTo(Expect.hex(hex));
  }
}
