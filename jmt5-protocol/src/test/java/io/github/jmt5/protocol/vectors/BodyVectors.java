package io.github.jmt5.protocol.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jmt5.protocol.command.BodyCodec;
import io.github.jmt5.protocol.command.CommandSpec;
import io.github.jmt5.protocol.command.CommandTable;
import io.github.jmt5.protocol.compress.SymbolListCompression;
import io.github.jmt5.protocol.message.account.Account;
import io.github.jmt5.protocol.message.market.SymbolDetails;
import io.github.jmt5.protocol.message.market.SymbolStatistics;
import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.protocol.message.session.LoginResponse;
import io.github.jmt5.protocol.wire.PriceScale;
import io.github.jmt5.protocol.wire.WireReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code body} vectors: the command table's reply or push codec decodes the body into typed
 * messages whose fields must equal the expected structure; the derived values are checked with the
 * library's own helpers; and re-encoding the typed message must give the original bytes back.
 */
final class BodyVectors {
  /** Commands whose body in these vectors is a push rather than a reply. */
  private static final List<Integer> PUSHES = List.of(8, 10, 13, 14, 15, 17, 19, 23);

  /** The key under which each body's list is expected, where the decoded message is a bare list. */
  private static final Map<Integer, String> LIST_KEYS =
      Map.of(
          8, "ticks", 11, "bars", 13, "symbols", 17, "details", 18, "symbols", 20, "spreads", 44,
          "links", 10, "records");

  private BodyVectors() {}

  static void run(Vector v) {
    int command = v.inputs().path("command").asInt();
    byte[] body = Expect.hex(v.inputs().path("body_hex"));
    CommandSpec spec = CommandTable.standard().spec(command).orElseThrow();
    BodyCodec<?> codec = PUSHES.contains(command) ? spec.push() : spec.reply();
    assertThat(codec).as("codec for command " + command).isNotNull();
    Object decoded = codec.decode(body, command);

    Map<String, Object> actual = asMap(command, WireMaps.toWire(decoded));
    Expect.matches("cmd " + command, adapt(v.expected()), actual);
    derived(command, v, decoded);
    reencode(command, codec, decoded, body, v.expected());
  }

  private static Map<String, Object> asMap(int command, Object wire) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (wire instanceof List<?> list) {
      out.put(LIST_KEYS.getOrDefault(command, "items"), list);
      out.put("count", list.size());
      if (command == 10) {
        out.put(
            "variant",
            list.isEmpty() || !((Map<?, ?>) list.get(0)).containsKey("order") ? "deal" : "order");
      }
      return out;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) wire;
    out.putAll(map);
    for (Object value : map.values()) {
      if (value instanceof List<?> l) {
        out.putIfAbsent("count", l.size());
      }
    }
    return out;
  }

  /** Rewrites the expected values into the decoded shape where the vectors nest differently. */
  private static JsonNode adapt(JsonNode expected) {
    JsonNode copy = expected.deepCopy();
    adaptSchedules(copy);
    if (copy.has("password_blob_hex")) {
      ((ObjectNode) copy).set("password_blob", copy.get("password_blob_hex"));
      ((ObjectNode) copy).remove("password_blob_hex");
    }
    if (copy.has("uncompressed_hex")) {
      ((ObjectNode) copy).remove("uncompressed_hex");
    }
    if (copy.has("trade_server_connected")) {
      ((ObjectNode) copy).remove("trade_server_connected");
    }
    return copy;
  }

  /**
   * The vectors give a schedule as 7 days of 16 [from, to] pairs; jmt5 lists 112 sessions per kind.
   */
  private static void adaptSchedules(JsonNode node) {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      for (String kind : List.of("quote_sessions", "trade_sessions")) {
        if (o.has(kind) && o.get(kind).isArray() && o.get(kind).get(0).isArray()) {
          var flat = JsonNodeFactory.instance.arrayNode();
          for (JsonNode day : o.get(kind)) {
            for (JsonNode pair : day) {
              flat.add(
                  JsonNodeFactory.instance
                      .objectNode()
                      .put("from", pair.get(0).asInt())
                      .put("to", pair.get(1).asInt()));
            }
          }
          o.set(kind, flat);
        }
      }
      o.properties().forEach(e -> adaptSchedules(e.getValue()));
    } else if (node.isArray()) {
      node.forEach(BodyVectors::adaptSchedules);
    }
  }

  private static void derived(int command, Vector v, Object decoded) {
    JsonNode e = v.expected();
    switch (command) {
      case 3, 14 -> {
        Account a = (Account) decoded;
        JsonNode d = e.path("_derived");
        assertThat(a.effectivePasswordMinimum())
            .isEqualTo(d.path("auth_password_min_effective").asInt());
        assertThat(a.serverOffsetSeconds()).isEqualTo(d.path("server_offset_time").asInt());
        assertThat(a.isInvestor()).isEqualTo(d.path("is_investor").asBoolean());
        assertThat(a.isTradeDisabled()).isEqualTo(d.path("is_trade_disabled").asBoolean());
        assertThat(a.isReadOnly()).isEqualTo(d.path("is_read_only").asBoolean());
        assertThat(a.isPasswordResetRequired()).isEqualTo(d.path("is_reset_pass").asBoolean());
        assertThat(a.isHedging()).isEqualTo(d.path("is_hedged_margin").asBoolean());
        assertThat(a.isRiskWarningRequired()).isEqualTo(d.path("risk_warning").asBoolean());
      }
      case 8 -> {
        Map<Integer, Integer> digits = digits(v.inputs());
        @SuppressWarnings("unchecked")
        List<Tick> ticks = (List<Tick>) decoded;
        for (int i = 0; i < ticks.size(); i++) {
          Tick t = ticks.get(i);
          JsonNode d = e.path("ticks").get(i).path("_derived");
          int dg = digits.get(t.symbolId());
          assertThat(t.tickTime() * 1000L + Integer.toUnsignedLong(t.timeMsDelta()))
              .isEqualTo(d.path("tick_time_msc").asLong());
          assertThat((t.flags() & 0x200) != 0).isEqualTo(d.path("delayed").asBoolean());
          Expect.scalar("bid_price", d.path("bid_price"), PriceScale.unscale(t.bid(), dg));
          Expect.scalar("ask_price", d.path("ask_price"), PriceScale.unscale(t.ask(), dg));
          Expect.scalar("last_price", d.path("last_price"), PriceScale.unscale(t.last(), dg));
        }
      }
      case 17 -> {
        Map<Integer, Integer> digits = digits(v.inputs());
        @SuppressWarnings("unchecked")
        List<SymbolDetails> list = (List<SymbolDetails>) decoded;
        for (int i = 0; i < list.size(); i++) {
          SymbolDetails sd = list.get(i);
          JsonNode d = e.path("details").get(i).path("_derived");
          SymbolStatistics s = SymbolStatistics.of(sd, digits.get(sd.symbolId()));
          assertThat(digits.get(sd.symbolId())).isEqualTo(d.path("digits_used").asInt());
          assertThat(s.timeMsc()).isEqualTo(d.path("tick_time_msc").asLong());
          assertThat(s.delayed()).isEqualTo(d.path("delayed").asBoolean());
          Map<String, Object> scaled = new HashMap<>();
          for (var c : SymbolStatistics.class.getRecordComponents()) {
            scaled.put(WireMaps.snake(c.getName()), WireMaps.get(s, c));
          }
          scaled.put("price_greeks_delta", s.greeksDelta());
          scaled.put("price_greeks_theta", s.greeksTheta());
          scaled.put("price_greeks_gamma", s.greeksGamma());
          scaled.put("price_greeks_vega", s.greeksVega());
          scaled.put("price_greeks_rho", s.greeksRho());
          scaled.put("price_greeks_omega", s.greeksOmega());
          scaled.put("price_sensitivity", s.sensitivity());
          d.properties()
              .forEach(
                  f -> {
                    if (f.getValue().isNumber() && scaled.containsKey(f.getKey())) {
                      Expect.scalar(f.getKey(), f.getValue(), scaled.get(f.getKey()));
                    }
                  });
        }
      }
      case 28 -> {
        LoginResponse r = (LoginResponse) decoded;
        assertThat(r.passwordBlob().hex())
            .isEqualTo(e.path("_derived").path("saved_password_string").asText());
      }
      case 34 -> {
        byte[] plain = SymbolListCompression.inflate(Expect.hex(v.inputs().path("body_hex")));
        assertThat(Expect.hex(plain)).isEqualTo(e.path("uncompressed_hex").asText());
      }
      case 15 -> {
        var s = (io.github.jmt5.protocol.message.session.LoginStatus) decoded;
        assertThat(s.tradeServerConnected())
            .isEqualTo(e.path("trade_server_connected").asBoolean());
      }
      default -> {}
    }
  }

  /** Re-encoding must reproduce the body; compressed bodies are compared after inflation. */
  @SuppressWarnings("unchecked")
  private static void reencode(
      int command, BodyCodec<?> codec, Object decoded, byte[] body, JsonNode e) {
    byte[] again = ((BodyCodec<Object>) codec).encode(decoded);
    if (command == 34) {
      assertThat(Expect.hex(SymbolListCompression.inflate(again)))
          .isEqualTo(e.path("uncompressed_hex").asText());
      return;
    }
    if (command == 20) {
      // spreads with id 0 carry no legs and are dropped on decode, so compare what survives
      Object twice = codec.decode(again, command);
      assertThat(twice).isEqualTo(decoded);
      return;
    }
    assertThat(Expect.hex(again)).as("re-encoded body").isEqualTo(Expect.hex(body));
  }

  static Map<Integer, Integer> digits(JsonNode inputs) {
    Map<Integer, Integer> out = new HashMap<>();
    for (JsonNode s : inputs.path("symbols")) {
      out.put(s.path("symbol_id").asInt(), s.path("digits").asInt());
    }
    return out;
  }

  static List<byte[]> pushes(JsonNode inputs) {
    List<byte[]> out = new ArrayList<>();
    for (JsonNode p : inputs.path("pushes_hex")) {
      out.add(Expect.hex(p));
    }
    return out;
  }

  static WireReader reader(byte[] body, int command) {
    return WireReader.of(body, command);
  }
}
