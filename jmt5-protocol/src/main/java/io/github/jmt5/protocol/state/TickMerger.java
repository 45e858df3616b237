package io.github.jmt5.protocol.state;

import io.github.jmt5.protocol.message.market.Tick;
import io.github.jmt5.protocol.wire.PriceScale;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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

  private static final int BID = 1;
  private static final int ASK = 2;
  private static final int LAST = 4;
  private static final int VOLUME = 8;
  private static final int DELAYED_FLAG = 0x200;

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

  /** Registers a symbol's digits; ticks of unregistered symbols are dropped. Resets its quotes. */
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

  /** Applies one tick. */
  public MergeResult apply(Tick tick) {
    Symbol s = find(tick.symbolId());
    if (s == null) {
      return MergeResult.UNKNOWN_SYMBOL;
    }
    Slot q = (tick.flags() & DELAYED_FLAG) != 0 ? s.delayed : s.live;
    int f = tick.fields();
    long t = tick.tickTime() * 1000L + Integer.toUnsignedLong(tick.timeMsDelta());
    if (((f & (BID | ASK)) != 0 && t < q.timeBidAsk) || ((f & LAST) != 0 && t < q.timeLast)) {
      return MergeResult.STALE;
    }
    double bid = q.bid;
    double ask = q.ask;
    long timeBidAsk = q.timeBidAsk;
    if ((f & BID) != 0 && tick.bid() != 0) {
      bid = PriceScale.unscale(tick.bid(), s.digits);
      timeBidAsk = t;
    }
    if ((f & ASK) != 0 && tick.ask() != 0) {
      ask = PriceScale.unscale(tick.ask(), s.digits);
      timeBidAsk = t;
    }
    if (s.spreadDiff != 0 && bid != 0 && ask != 0 && s.point > 0) {
      double[] marked = markup(s, bid, ask);
      if (marked == null) {
        return MergeResult.DISCARDED;
      }
      bid = marked[0];
      ask = marked[1];
    }
    q.seen = true;
    q.time = t;
    q.bid = bid;
    q.ask = ask;
    q.timeBidAsk = timeBidAsk;
    if ((f & LAST) != 0 && tick.last() != 0) {
      q.last = PriceScale.unscale(tick.last(), s.digits);
      q.timeLast = t;
    }
    if ((f & VOLUME) != 0) {
      q.volume = tick.tickVolume();
    }
    return MergeResult.APPLIED;
  }

  /** Bid and ask widened by the markup, or null when the result is crossed. */
  private static double[] markup(Symbol s, double bid, double ask) {
    int d = s.spreadDiff;
    int b = s.spreadDiffBalance;
    double spreadPoints = PriceScale.normalize((ask - bid) / s.point + d, 0);
    int half = d / 2; // trunc toward zero
    double newBid =
        d > 0
            ? PriceScale.normalize(bid - s.point * (d - half - b), s.digits)
            : PriceScale.normalize(bid - s.point * (d - half + b), s.digits);
    double newAsk = PriceScale.normalize(newBid + s.point * spreadPoints, s.digits);
    return newBid > newAsk ? null : new double[] {newBid, newAsk};
  }

  /** The merged quote of a stream, if any tick was applied to it. */
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

  private Symbol find(int id) {
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
