package io.github.jmt5.client.market;

import io.github.jmt5.client.event.Subscription;
import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.market.Bar;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Builds bars of one symbol and timeframe from its quotes. Each quote updates the current bar and
 * is reported; a quote in a later period first reports the previous bar as closed.
 */
final class LiveBars implements Consumer<SymbolQuote> {
  private final String symbol;
  private final Timeframe timeframe;
  private final Consumer<LiveBar> listener;
  private @Nullable Bar current;

  LiveBars(String symbol, Timeframe timeframe, Consumer<LiveBar> listener) {
    this.symbol = Objects.requireNonNull(symbol, "symbol");
    this.timeframe = Objects.requireNonNull(timeframe, "timeframe");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  @Override
  public void accept(SymbolQuote q) {
    if (!q.symbol().equals(symbol) || !(q.bid() > 0)) {
      return;
    }
    long open = BarClock.openTime(timeframe, q.time().getEpochSecond());
    Bar bar = current;
    if (bar != null && open > bar.time()) {
      listener.accept(new LiveBar(symbol, timeframe, bar, true));
      bar = null;
    }
    if (bar != null && open < bar.time()) {
      return; // a late tick of a finished bar
    }
    double p = q.bid();
    Bar next =
        bar == null
            ? new Bar((int) open, p, p, p, p, 1, 0)
            : new Bar(
                bar.time(),
                bar.open(),
                Math.max(bar.high(), p),
                Math.min(bar.low(), p),
                p,
                bar.tickVolume() + 1,
                bar.realVolume());
    current = next;
    listener.accept(new LiveBar(symbol, timeframe, next, false));
  }

  /** Subscribes {@code bars} to {@code market}'s quotes. */
  static Subscription attach(MarketData market, LiveBars bars) {
    return market.onQuote(bars);
  }
}
