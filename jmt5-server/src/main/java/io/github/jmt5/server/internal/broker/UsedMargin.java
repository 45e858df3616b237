package io.github.jmt5.server.internal.broker;

import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.wire.Volume;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The margin a set of positions holds. On a hedging account the volume of a symbol covered by
 * opposite positions is charged at the symbol's hedged margin on both sides; the rest at the full
 * margin. Each position's margin is taken at its own open price.
 */
final class UsedMargin {
  /** One position's contribution: symbol, side, volume (lots × 10^8) and open price. */
  record Exposure(FullSymbol symbol, boolean buy, long volume, double price) {}

  private UsedMargin() {}

  static double of(
      Calculator calc, List<Exposure> positions, boolean hedging, int leverage, String currency) {
    Map<String, long[]> sides = new HashMap<>(); // symbol -> {buy volume, sell volume}
    for (Exposure e : positions) {
      sides.computeIfAbsent(e.symbol().tradeSymbol(), k -> new long[2])[e.buy() ? 0 : 1] +=
          e.volume();
    }
    double sum = 0;
    for (Exposure e : positions) {
      double full =
          calc.margin(e.symbol(), e.buy(), Volume.toLots(e.volume()), e.price(), leverage, currency)
              .orElse(0.0);
      long[] v = sides.getOrDefault(e.symbol().tradeSymbol(), new long[2]);
      long side = e.buy() ? v[0] : v[1];
      double covered = hedging && side > 0 ? (double) Math.min(v[0], v[1]) / side : 0;
      sum += full * (1 - covered) + full * covered * Calculator.hedgedRatio(e.symbol());
    }
    return sum;
  }
}
