package io.github.jmt5.bench;

import io.github.jmt5.protocol.command.Codecs;
import io.github.jmt5.protocol.frame.FrameCodec;
import io.github.jmt5.protocol.message.market.SymbolBasic;
import io.github.jmt5.protocol.message.market.SymbolList;
import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.protocol.message.trade.TradeRequest;
import io.github.jmt5.protocol.state.TickMerger;
import io.github.jmt5.protocol.wire.PriceScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Inputs shared by the codec benchmarks: a session key, tick frames, a symbol list, an order. */
final class Fixtures {
  /** Ticks in one cmd 8 push. */
  static final int TICKS_PER_FRAME = 100;

  /** Symbols the ticks are spread over. */
  static final int SYMBOLS = 100;

  static final int DIGITS = 5;

  /** Pymt5 on the reference machine (DESIGN.md section 7): decrypt + parse, ticks per second. */
  static final double PYMT5_TICKS_PER_SECOND = 96_000;

  /** Pymt5: milliseconds to load 10,000 symbols. */
  static final double PYMT5_SYMBOLS_10K_MS = 134;

  /** Pymt5: trade requests encoded per second. */
  static final double PYMT5_TRADE_REQUESTS_PER_SECOND = 49_000;

  private Fixtures() {}

  /** A 32-byte AES-256 session key, the same every run. */
  static byte[] sessionKey() {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (i * 73 + 41);
    }
    return key;
  }

  /** A codec on the session key with a fixed nonce source. */
  static FrameCodec codec() {
    FrameCodec codec = new FrameCodec(new Random(7));
    codec.switchKey(sessionKey());
    return codec;
  }

  /** 100 bid/ask ticks over 100 symbols, as a server sends them. */
  static List<Tick> ticks() {
    Random r = new Random(1);
    List<Tick> ticks = new ArrayList<>(TICKS_PER_FRAME);
    int time = 1_750_000_000;
    for (int i = 0; i < TICKS_PER_FRAME; i++) {
      double bid = 1.08 + r.nextInt(10_000) / 1e5;
      double ask = bid + (1 + r.nextInt(20)) / 1e5;
      ticks.add(
          new Tick(
              i % SYMBOLS,
              time,
              3,
              PriceScale.scale(bid, DIGITS),
              PriceScale.scale(ask, DIGITS),
              0,
              0,
              i * 7 % 1000,
              0));
    }
    return ticks;
  }

  /** The encrypted cmd 8 push carrying {@link #ticks()}. */
  static byte[] tickFrame() {
    return codec().encodeResponse(8, 0, Codecs.TICKS.encode(ticks()));
  }

  /** A merger that knows the digits of every symbol the ticks name. */
  static TickMerger merger() {
    TickMerger merger = new TickMerger();
    for (int id = 0; id < SYMBOLS; id++) {
      merger.setDigits(id, DIGITS);
    }
    return merger;
  }

  /** A symbol list of {@code n} symbols with realistic names, descriptions and paths. */
  static SymbolList symbolList(int n) {
    List<SymbolBasic> symbols = new ArrayList<>(n);
    String[] majors = {"EUR", "USD", "GBP", "JPY", "CHF", "AUD", "CAD", "NZD"};
    for (int i = 0; i < n; i++) {
      String base = majors[i % majors.length];
      String quote = majors[(i / majors.length + 1) % majors.length];
      String name = base + quote + "." + i;
      symbols.add(
          new SymbolBasic(
              name,
              base + " against " + quote + ", series " + i,
              i % 2 == 0 ? 5 : 3,
              1000 + i,
              "Forex\\Synthetic\\" + base + "\\" + name,
              0,
              base,
              i % 16));
    }
    return new SymbolList(symbols);
  }

  /** The cmd 34 body for {@code n} symbols: length prefix plus a zlib stream. */
  static byte[] compressedSymbolList(int n) {
    return Codecs.SYMBOL_LIST_COMPRESSED.encode(symbolList(n));
  }

  /** A market buy of 0.1 lot with SL and TP, as the web terminal sends it. */
  static TradeRequest tradeRequest() {
    return new TradeRequest(
        17,
        1,
        "EURUSD",
        10_000_000L,
        5,
        0,
        0,
        1,
        0,
        2,
        0,
        1.08412,
        0,
        1.08,
        1.09,
        10,
        0,
        0,
        "jmt5 bench",
        0,
        0,
        0);
  }
}
