package io.github.jmt5.protocol.vectors;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden vector as its own test, named after the vector. A vector of a kind this runner
 * does not know fails. Point {@code -Djmt5.vectors.dir=DIR} at another directory to run its vectors
 * instead.
 */
class GoldenVectorsTest {
  private static final Map<String, Consumer<Vector>> KINDS =
      Map.ofEntries(
          Map.entry("obfuscation_decode", CodecVectors::obfuscation),
          Map.entry("initial_key", CodecVectors::initialKey),
          Map.entry("aes_cbc", CodecVectors::aes),
          Map.entry("outer_frame", CodecVectors::outerFrame),
          Map.entry("inner_request", CodecVectors::innerRequest),
          Map.entry("inner_response", CodecVectors::innerResponse),
          Map.entry("handshake", CodecVectors::handshake),
          Map.entry("response_frame", CodecVectors::responseFrame),
          Map.entry("primitive", CodecVectors::primitive),
          Map.entry("filetime", CodecVectors::filetime),
          Map.entry("client_id", CodecVectors::clientId),
          Map.entry("volume", CodecVectors::volume),
          Map.entry("period_map", CodecVectors::periodMap),
          Map.entry("price_scale", CodecVectors::priceScale),
          Map.entry("request", RequestVectors::run),
          Map.entry("record", RecordVectors::run),
          Map.entry("body", BodyVectors::run),
          Map.entry("tick_merge", StateVectors::tickMerge),
          Map.entry("book_sequence", StateVectors::bookSequence),
          Map.entry("pymt5_compat", CompatVectors::compat),
          Map.entry("pymt5_calc", CompatVectors::calc));

  @TestFactory
  List<DynamicNode> vectors() {
    List<DynamicNode> files = new ArrayList<>();
    for (Path file : VectorFiles.files()) {
      List<DynamicNode> tests = new ArrayList<>();
      for (Vector v : VectorFiles.read(file)) {
        tests.add(DynamicTest.dynamicTest(v.name(), () -> run(v)));
      }
      files.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), tests));
    }
    return files;
  }

  private static void run(Vector v) {
    Consumer<Vector> kind = KINDS.get(v.kind());
    if (kind == null) {
      fail("unknown vector kind '%s' in %s/%s", v.kind(), v.file(), v.name());
    }
    kind.accept(v);
  }
}
