package io.github.jmt5.cli.demo;

import io.github.jmt5.protocol.message.market.Bar;
import java.util.List;

/** A one-line chart of closing prices. */
final class Sparkline {
  private static final char[] LEVELS = "▁▂▃▄▅▆▇█".toCharArray();

  private Sparkline() {}

  static String of(List<Bar> bars) {
    if (bars.isEmpty()) {
      return "(no bars)";
    }
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (Bar b : bars) {
      min = Math.min(min, b.close());
      max = Math.max(max, b.close());
    }
    StringBuilder sb = new StringBuilder(bars.size());
    for (Bar b : bars) {
      int i =
          max == min ? 0 : (int) Math.round((b.close() - min) / (max - min) * (LEVELS.length - 1));
      sb.append(LEVELS[i]);
    }
    return sb.toString();
  }
}
