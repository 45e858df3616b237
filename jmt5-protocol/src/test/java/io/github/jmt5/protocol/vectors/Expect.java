package io.github.jmt5.protocol.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jmt5.protocol.wire.Bytes;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Compares an expected JSON value of a vector with a decoded Java value, following the vectors'
 * conventions: 64-bit integers as decimal strings, floats compared bit for bit, bytes as hex. Keys
 * that start with an underscore are derived values, checked by the individual runners.
 */
final class Expect {
  private Expect() {}

  static void matches(String path, JsonNode expected, Object actual) {
    if (expected.isObject()) {
      assertThat(actual).as(path).isInstanceOf(Map.class);
      Map<?, ?> map = (Map<?, ?>) actual;
      for (Map.Entry<String, JsonNode> e : expected.properties()) {
        if (e.getKey().startsWith("_")) {
          continue;
        }
        if (!map.containsKey(e.getKey())) {
          fail("%s: decoded value has no field '%s' (has %s)", path, e.getKey(), map.keySet());
        }
        matches(path + "." + e.getKey(), e.getValue(), map.get(e.getKey()));
      }
    } else if (expected.isArray()) {
      assertThat(actual).as(path).isInstanceOf(List.class);
      List<?> list = (List<?>) actual;
      assertThat(list).as(path + " size").hasSize(expected.size());
      for (int i = 0; i < list.size(); i++) {
        matches(path + "[" + i + "]", expected.get(i), list.get(i));
      }
    } else {
      scalar(path, expected, actual);
    }
  }

  static void scalar(String path, JsonNode expected, Object actual) {
    if (actual instanceof Bytes b) {
      assertThat(b.hex()).as(path).isEqualTo(expected.asText());
    } else if (actual instanceof String s) {
      assertThat(s).as(path).isEqualTo(expected.asText());
    } else if (actual instanceof Double d) {
      assertThat(Double.doubleToRawLongBits(d))
          .as(path + " = " + d + ", expected " + expected.asText())
          .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(expected.asText())));
    } else if (actual instanceof Float f) {
      assertThat(Float.floatToRawIntBits(f))
          .as(path)
          .isEqualTo(Float.floatToRawIntBits((float) Double.parseDouble(expected.asText())));
    } else if (actual instanceof Boolean b) {
      assertThat(b).as(path).isEqualTo(expected.asBoolean());
    } else if (actual instanceof Number || actual instanceof BigInteger) {
      BigInteger want = new BigInteger(expected.asText());
      BigInteger got = new BigInteger(actual.toString());
      if (!got.equals(want) && actual instanceof Integer i) {
        got = BigInteger.valueOf(Integer.toUnsignedLong(i)); // an unsigned u32 held in an int
      } else if (!got.equals(want) && actual instanceof Long l) {
        got = new BigInteger(Long.toUnsignedString(l)); // an unsigned u64 held in a long
      }
      assertThat(got).as(path).isEqualTo(want);
    } else {
      fail("%s: cannot compare %s with %s", path, actual, expected);
    }
  }

  static byte[] hex(JsonNode node) {
    return Bytes.fromHex(node.asText()).toArray();
  }

  static String hex(byte[] b) {
    return Bytes.of(b).hex();
  }
}
