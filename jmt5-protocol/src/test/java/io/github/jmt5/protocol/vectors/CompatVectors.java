package io.github.jmt5.protocol.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.message.market.IdList;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.wire.PriceScale;
import io.github.jmt5.protocol.wire.WireWriter;

/**
 * The informative {@code pymt5_compat.json} vectors record where the older Python client differs
 * from the web terminal. Where a vector also states the web terminal's answer, jmt5 must give that
 * answer; vectors that only describe pymt5's own behaviour are reported as skipped with the reason.
 */
final class CompatVectors {
  private CompatVectors() {}

  static void compat(Vector v) {
    JsonNode e = v.expected();
    switch (v.name()) {
      case "pymt5_trade_request_0", "pymt5_trade_request_1" -> {
        byte[] ours = RecordVectors.encodeFields(TradeRequest.LAYOUT, v.inputs().path("fields"));
        assertThat(ours).hasSize(e.path("official_size").asInt());
        assertThat(Expect.hex(ours)).isEqualTo(e.path("official_hex").asText());
        assertThat(e.path("pymt5_size").asInt()).isNotEqualTo(ours.length);
      }
      case "pymt5_rates_parse_0", "pymt5_rates_parse_1" -> {
        Object bars = Codecs.BARS.decode(Expect.hex(v.inputs().path("body_hex")), 11);
        Expect.matches("official_bars", e.path("official_bars"), WireMaps.toWire(bars));
      }
      case "pymt5_tick_price_heuristic" -> {
        JsonNode cases = v.inputs().path("cases");
        for (int i = 0; i < cases.size(); i++) {
          double price =
              PriceScale.unscale(
                  cases.get(i).path("wire").asDouble(), cases.get(i).path("digits").asInt());
          Expect.scalar("official[" + i + "]", e.path("official").get(i), price);
        }
      }
      case "pymt5_full_symbol_request" -> {
        WireWriter w = new WireWriter();
        IdList.of(1).write(w);
        assertThat(Expect.hex(w.toByteArray())).isEqualTo(e.path("official_hex").asText());
      }
      default ->
          abort("informative only: records pymt5's own divergent behaviour (" + v.name() + ")");
    }
  }

  static void calc(Vector v) {
    abort(
        "informative only: pymt5's approximate profit/margin formulas; the client's calculations are"
            + " tested against the emulator instead");
  }
}
