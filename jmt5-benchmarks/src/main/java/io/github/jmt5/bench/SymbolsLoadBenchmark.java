package io.github.jmt5.bench;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.message.market.SymbolBasic;
import io.github.jmt5.protocol.message.market.SymbolList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Budget: a cmd 34 reply of 10,000 symbols inflated, parsed and indexed by name and id in 5 ms or
 * less. Scores are milliseconds per load.
 *
 * <ul>
 *   <li>{@code symbolsLoad10k}: {@code Codecs.SYMBOL_LIST_COMPRESSED} (inflate and parse), then the
 *       name and id maps the client's symbol cache builds.
 *   <li>{@code symbolsLoad10kInflateBaseline}: only a plain {@link Inflater} run over the same
 *       stream into a kept buffer: the ceiling zlib sets.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SymbolsLoadBenchmark {
  static final int SYMBOLS = 10_000;

  private byte[] body = new byte[0];
  private byte[] inflated = new byte[0];

  /** State for JMH; {@link #setUp()} builds the fixture. */
  public SymbolsLoadBenchmark() {}

  /** Lookups by name and by id, as the client's symbol cache keeps them. */
  record Index(
      List<SymbolBasic> all, Map<String, SymbolBasic> byName, Map<Integer, SymbolBasic> byId) {
    static Index of(List<SymbolBasic> all) {
      Map<String, SymbolBasic> byName = new LinkedHashMap<>();
      Map<Integer, SymbolBasic> byId = new LinkedHashMap<>();
      for (SymbolBasic s : all) {
        byName.put(s.tradeSymbol(), s);
        byId.put(s.symbolId(), s);
      }
      return new Index(List.copyOf(all), Map.copyOf(byName), Map.copyOf(byId));
    }
  }

  /** Builds the compressed body of {@link #SYMBOLS} symbols. */
  @Setup
  public void setUp() {
    body = Fixtures.compressedSymbolList(SYMBOLS);
    inflated = new byte[SYMBOLS * SymbolBasic.SIZE + 64];
    Index index = symbolsLoad10k();
    if (index.byName().size() != SYMBOLS || index.byId().size() != SYMBOLS) {
      throw new IllegalStateException("expected " + SYMBOLS + " symbols in the index");
    }
  }

  /** {@return the symbols inflated, decoded and indexed} */
  @Benchmark
  public Index symbolsLoad10k() {
    SymbolList list = Codecs.SYMBOL_LIST_COMPRESSED.decode(body, 34);
    return Index.of(list.symbols());
  }

  /**
   * {@return the inflated length, the inflation alone as a baseline}
   *
   * @throws DataFormatException never for the fixture
   */
  @Benchmark
  public int symbolsLoad10kInflateBaseline() throws DataFormatException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(body, 4, body.length - 4);
      return inflater.inflate(inflated);
    } finally {
      inflater.end();
    }
  }
}
