package io.github.jmt5.protocol.state;

import static io.github.jmt5.protocol.message.market.Tick.FIELD_ASK;
import static io.github.jmt5.protocol.message.market.Tick.FIELD_BID;
import static io.github.jmt5.protocol.message.market.Tick.FIELD_LAST;
import static io.github.jmt5.protocol.message.market.Tick.FIELD_VOLUME;
import static io.github.jmt5.protocol.message.market.Tick.FLAG_DELAYED;

import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.protocol.wire.PriceScale;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Merges cmd 8 ticks into per-symbol quotes the way the web terminal does: only the fields flagged
 * in the tick's bit set change, ticks older than the last change of the same prices are dropped,
 * and the live and delayed streams are kept apart. An optional spread markup from the symbol's
 * trade settings widens the quote.
 *
 * <p>Not thread-safe: confine to the thread that decodes the socket. State lives in per-symbol
 * slots found without boxing for symbol ids below {@value #DENSE_IDS}.
 */
public final class TickMerger {
  /** Symbol ids below this are stored in arrays; larger ids in a map. */
  public static final int DENSE_IDS = 1 << 16;

  private static final VarHandle I16 =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle I32 =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle I64 =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle F64 =
      MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

  private static final int R_APPLIED = 0;
  private static final int R_STALE = 1;
  private static final int R_UNKNOWN = 2;
  private static final int R_DISCARDED = 3;
  private static final MergeResult[] RESULTS = {
    MergeResult.APPLIED, MergeResult.STALE, MergeResult.UNKNOWN_SYMBOL, MergeResult.DISCARDED
  };

  /** Everything known about one symbol. */
  private static final class Symbol {
    final int id;
    final int digits;
    double point;
    int spreadDiff;
    int spreadDiffBalance;
    final Slot live = new Slot();
    final Slot delayed = new Slot();

    Symbol(int id, int digits) {
      this.id = id;
      this.digits = digits;
    }
  }

  /** Mutable quote state of one stream. */
  private static final class Slot {
    boolean seen;
    double bid;
    double ask;
    double last;
    long volume;
    long time;
    long timeBidAsk;
    long timeLast;
  }

  private Symbol[] dense = new Symbol[64];
  private final Map<Integer, Symbol> sparse = new HashMap<>();

  /**
   * An empty merger: no symbol is registered, so every tick is dropped until {@link #setDigits}.
   */
  public TickMerger() {}

  /**
   * Registers a symbol's digits; ticks of unregistered symbols are dropped. Resets its quotes.
   *
   * @param symbolId the symbol id
   * @param digits the symbol's price digits
   */
  public void setDigits(int symbolId, int digits) {
    Symbol s = new Symbol(symbolId, digits);
    Symbol old = find(symbolId);
    if (old != null) {
      s.point = old.point;
      s.spreadDiff = old.spreadDiff;
      s.spreadDiffBalance = old.spreadDiffBalance;
    }
    store(s);
  }

  /**
   * Sets the spread markup of a registered symbol (its trade settings' {@code spread_diff} and
   * {@code spread_diff_balance}, in points of size {@code point}); 0 turns it off.
   *
   * @param symbolId the symbol id, registered with {@link #setDigits}
   * @param point the symbol's point size, e.g. 0.00001
   * @param spreadDiff markup in points added to the spread of the normal stream
   * @param spreadDiffBalance how the markup is split between bid and ask, in points
   */
  public void setSpreadMarkup(int symbolId, double point, int spreadDiff, int spreadDiffBalance) {
    Symbol s = find(symbolId);
    if (s == null) {
      throw new IllegalArgumentException("symbol " + symbolId + " has no digits registered");
    }
    s.point = point;
    s.spreadDiff = spreadDiff;
    s.spreadDiffBalance = spreadDiffBalance;
  }

  /**
   * Applies one tick.
   *
   * @param tick one tick of a cmd 8 push
   * @return what the tick changed, or why it was dropped
   */
  public MergeResult apply(Tick tick) {
    return RESULTS[
        merge(
            tick.symbolId(),
            tick.tickTime(),
            tick.fields(),
            tick.bid(),
            tick.ask(),
            tick.last(),
            tick.tickVolume(),
            tick.timeMsDelta(),
            tick.flags())];
  }

  /**
   * Applies every tick of a cmd 8 body straight from its bytes, creating no objects: the same
   * result as decoding it with {@code Codecs.TICKS} and applying each tick in order. A trailing
   * partial record is ignored, as the decoder does.
   *
   * @param body the bytes holding the body
   * @param off where the body starts
   * @param len the body's length
   * @return how many ticks were {@linkplain MergeResult#APPLIED applied}
   */
  public int applyAll(byte[] body, int off, int len) {
    if (off < 0 || len < 0 || len > body.length - off) {
      throw new IndexOutOfBoundsException(
          "range " + off + "+" + len + " outside an array of " + body.length);
    }
    int applied = 0;
    int end = off + len - Tick.SIZE;
    for (int p = off; p <= end; p += Tick.SIZE) {
      int r =
          merge(
              (int) I32.get(body, p),
              (int) I32.get(body, p + 4),
              (int) I32.get(body, p + 8),
              (double) F64.get(body, p + 12),
              (double) F64.get(body, p + 20),
              (double) F64.get(body, p + 28),
              (long) I64.get(body, p + 36),
              (int) I32.get(body, p + 44),
              (short) I16.get(body, p + 48) & 0xffff);
      if (r == R_APPLIED) {
        applied++;
      }
    }
    return applied;
  }

  /** The merge itself, on primitives; answers an index into {@link #RESULTS}. */
  private int merge(
      int symbolId,
      int tickTime,
      int f,
      double tickBid,
      double tickAsk,
      double tickLast,
      long tickVolume,
      int timeMsDelta,
      int flags) {
    Symbol s = find(symbolId);
    if (s == null) {
      return R_UNKNOWN;
    }
    Slot q = (flags & FLAG_DELAYED) != 0 ? s.delayed : s.live;
    long t = tickTime * 1000L + Integer.toUnsignedLong(timeMsDelta);
    if (((f & (FIELD_BID | FIELD_ASK)) != 0 && t < q.timeBidAsk)
        || ((f & FIELD_LAST) != 0 && t < q.timeLast)) {
      return R_STALE;
    }
    double bid = q.bid;
    double ask = q.ask;
    long timeBidAsk = q.timeBidAsk;
    if ((f & FIELD_BID) != 0 && tickBid != 0) {
      bid = PriceScale.unscale(tickBid, s.digits);
      timeBidAsk = t;
    }
    if ((f & FIELD_ASK) != 0 && tickAsk != 0) {
      ask = PriceScale.unscale(tickAsk, s.digits);
      timeBidAsk = t;
    }
    if (s.spreadDiff != 0 && bid != 0 && ask != 0 && s.point > 0) {
      // the markup, inline so that no pair is allocated
      int d = s.spreadDiff;
      int b = s.spreadDiffBalance;
      double spreadPoints = PriceScale.normalize((ask - bid) / s.point + d, 0);
      int half = d / 2; // trunc toward zero
      double newBid =
          d > 0
              ? PriceScale.normalize(bid - s.point * (d - half - b), s.digits)
              : PriceScale.normalize(bid - s.point * (d - half + b), s.digits);
      double newAsk = PriceScale.normalize(newBid + s.point * spreadPoints, s.digits);
      if (newBid > newAsk) {
        return R_DISCARDED;
      }
      bid = newBid;
      ask = newAsk;
    }
    q.seen = true;
    q.time = t;
    q.bid = bid;
    q.ask = ask;
    q.timeBidAsk = timeBidAsk;
    if ((f & FIELD_LAST) != 0 && tickLast != 0) {
      q.last = PriceScale.unscale(tickLast, s.digits);
      q.timeLast = t;
    }
    if ((f & FIELD_VOLUME) != 0) {
      q.volume = tickVolume;
    }
    return R_APPLIED;
  }

  /**
   * {@return the merged quote of a stream, if any tick was applied to it}
   *
   * @param symbolId the symbol id
   * @param delayed {@code true} for the delayed stream, {@code false} for the live one
   */
  public Optional<Quote> quote(int symbolId, boolean delayed) {
    Symbol s = find(symbolId);
    if (s == null) {
      return Optional.empty();
    }
    Slot q = delayed ? s.delayed : s.live;
    if (!q.seen) {
      return Optional.empty();
    }
    return Optional.of(
        new Quote(s.id, delayed, q.bid, q.ask, q.last, q.volume, q.time, q.timeBidAsk, q.timeLast));
  }

  /** Forgets every quote and symbol. */
  public void clear() {
    dense = new Symbol[64];
    sparse.clear();
  }

  private @Nullable Symbol find(int id) {
    if (id >= 0 && id < DENSE_IDS) {
      return id < dense.length ? dense[id] : null;
    }
    return sparse.get(id);
  }

  private void store(Symbol s) {
    int id = s.id;
    if (id >= 0 && id < DENSE_IDS) {
      if (id >= dense.length) {
        dense =
            java.util.Arrays.copyOf(dense, Math.min(DENSE_IDS, Math.max(id + 1, dense.length * 2)));
      }
      dense[id] = s;
    } else {
      sparse.put(id, s);
    }
  }
}
