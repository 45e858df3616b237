package io.github.jmt5.protocol.compress;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jmt5.protocol.ProtocolException;

/**
 * cmd 34 bodies from arbitrary bytes: inflation either returns at most the limit or throws {@link
 * ProtocolException}, whatever the declared length, the wrapper or the stream.
 */
class SymbolListCompressionFuzzTest {
  private static final int LIMIT = 1 << 20;

  @FuzzTest(maxDuration = "20s")
  void inflate(byte[] body) {
    try {
      byte[] plain = SymbolListCompression.inflate(body, 0, body.length, LIMIT);
      assertThat(plain.length).isLessThanOrEqualTo(LIMIT);
    } catch (ProtocolException expected) {
      // not a zlib or gzip stream, truncated, corrupt or over the limit
    }
  }
}
