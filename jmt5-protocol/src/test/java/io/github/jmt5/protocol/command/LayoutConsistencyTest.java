package io.github.jmt5.protocol.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jmt5.protocol.layout.Field;
import io.github.jmt5.protocol.layout.Layout;
import io.github.jmt5.protocol.layout.LayoutCodec;
import io.github.jmt5.protocol.wire.Bytes;
import io.github.jmt5.protocol.wire.Hex;
import io.github.jmt5.protocol.wire.WireReader;
import io.github.jmt5.protocol.wire.WireWriter;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves every typed record codec against its layout: seeded random field values are encoded by the
 * generic layout codec; the typed reader must see each value in the component of the same name, and
 * the typed writer must produce the identical bytes.
 */
class LayoutConsistencyTest {
  private static final int ROUNDS = 40;

  @TestFactory
  Stream<DynamicTest> everyTypedCodecMatchesItsLayout() {
    return RecordCatalog.all().stream()
        .map(e -> DynamicTest.dynamicTest(e.layout().name(), () -> check(e)));
  }

  private static <T> void check(RecordCatalog.Entry<T> entry) {
    Random random = new Random(entry.layout().name().hashCode());
    for (int round = 0; round < ROUNDS; round++) {
      Map<String, Object> values = randomValues(entry.layout(), random);
      WireWriter w = new WireWriter();
      LayoutCodec.encode(entry.layout(), values, w);
      byte[] bytes = w.toByteArray();
      assertThat(bytes).hasSize(entry.layout().size());

      T typed = entry.reader().read(WireReader.of(bytes, -1), 0);
      Map<String, Object> generic = LayoutCodec.decode(entry.layout(), WireReader.of(bytes, -1), 0);
      assertComponentsMatch(entry.layout().name(), (Record) typed, generic);

      WireWriter again = new WireWriter();
      entry.writer().write(typed, again);
      byte[] written = again.toByteArray();
      if (entry.layout().name().equals("LEVERAGE_RULE")) {
        // the typed rule derives tier_count from its tier list, which is not part of the lone
        // header
        System.arraycopy(bytes, bytes.length - 4, written, written.length - 4, 4);
      }
      assertThat(Hex.encode(written))
          .as(entry.layout().name() + " typed write")
          .isEqualTo(Hex.encode(bytes));
    }
  }

  private static void assertComponentsMatch(
      String path, Record typed, Map<String, Object> generic) {
    for (RecordComponent c : typed.getClass().getRecordComponents()) {
      String name = GenericDecoder.snake(c.getName());
      if (!generic.containsKey(name) && generic.get(name + "_raw") instanceof Bytes raw) {
        // the trade echo reads its last u32 as raw bytes, as the web terminal does
        int le =
            (raw.get(0) & 0xff)
                | (raw.get(1) & 0xff) << 8
                | (raw.get(2) & 0xff) << 16
                | raw.get(3) << 24;
        assertThat(read(typed, c)).as(path + "." + name).isEqualTo(le);
        continue;
      }
      if (!generic.containsKey(name)) {
        assertThat(c.getType())
            .as(path + "." + c.getName() + " outside the layout")
            .isEqualTo(List.class);
        continue;
      }
      Object actual = read(typed, c);
      Object expected = generic.get(name);
      assertValue(path + "." + name, expected, actual);
    }
  }

  private static void assertValue(String path, Object expected, Object actual) {
    if (actual instanceof Record nested) {
      @SuppressWarnings("unchecked")
      Map<String, Object> m = (Map<String, Object>) expected;
      assertComponentsMatch(path, nested, m);
    } else if (actual instanceof List<?> list) {
      List<?> exp = (List<?>) expected;
      assertThat(list).as(path).hasSize(exp.size());
      for (int i = 0; i < list.size(); i++) {
        assertValue(path + "[" + i + "]", exp.get(i), list.get(i));
      }
    } else if (actual instanceof Integer i && expected instanceof Long l) {
      assertThat(Integer.toUnsignedLong(i)).as(path).isEqualTo(l); // u32 held as raw bits
    } else if (actual instanceof Long l && expected instanceof BigInteger b) {
      assertThat(l).as(path).isEqualTo(b.longValue()); // u64 held as raw bits
    } else if (actual instanceof Double d) {
      assertThat(Double.doubleToRawLongBits(d))
          .as(path)
          .isEqualTo(Double.doubleToRawLongBits((Double) expected));
    } else {
      assertThat(actual).as(path).isEqualTo(expected);
    }
  }

  private static Object read(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError(e.getMessage(), e);
    }
  }

  static Map<String, Object> randomValues(Layout layout, Random random) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Field f : layout.fields()) {
      out.put(f.name(), randomValue(f, random));
    }
    return out;
  }

  private static Object randomValue(Field f, Random random) {
    Layout element = f.element();
    if (element != null) {
      if (f.repeat() == 1 && !f.isScalarArray()) {
        return randomValues(element, random);
      }
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < f.repeat(); i++) {
        list.add(
            f.isScalarArray()
                ? randomValue(element.fields().get(0), random)
                : randomValues(element, random));
      }
      return list;
    }
    return switch (f.type()) {
      case I8 -> random.nextInt(256) - 128;
      case U8 -> random.nextInt(256);
      case I16 -> random.nextInt(65536) - 32768;
      case U16 -> random.nextInt(65536);
      case I32, U32 -> random.nextInt();
      case I64, U64 -> random.nextLong();
      case F32 -> (float) (random.nextGaussian() * 1e6);
      case F64 -> random.nextGaussian() * 1e9;
      case TIME -> random.nextLong(0, 4_000_000_000_000L);
      case UTF16 -> randomText(random, f.size() / 2, 0xD7FF);
      case ASCII -> randomText(random, f.size(), 0xFF);
      case BYTES -> randomBytes(random, f.size());
    };
  }

  private static String randomText(Random random, int maxChars, int maxCode) {
    int n = random.nextInt(maxChars + 1);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) (1 + random.nextInt(maxCode)));
    }
    return sb.toString();
  }

  private static Bytes randomBytes(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return Bytes.of(b);
  }
}
