package io.github.jmt5.cli.demo;

import io.github.jmt5.client.market.SymbolQuote;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders quotes as a table. On a terminal the table is redrawn in place (cursor up and overwrite);
 * otherwise each refresh prints plain lines.
 */
final class QuoteTable {
  private final PrintWriter out;
  private final boolean inPlace;
  private final List<String> symbols;
  private boolean drawn;

  QuoteTable(PrintWriter out, boolean inPlace, List<String> symbols) {
    this.out = out;
    this.inPlace = inPlace;
    this.symbols = symbols;
  }

  /** Draws the table; {@code ticks} counts ticks seen per symbol. */
  void draw(Map<String, Optional<SymbolQuote>> quotes, Map<String, Integer> ticks) {
    if (inPlace && drawn) {
      out.print("\033[" + (symbols.size() + 1) + "F"); // back to the header line
    }
    out.println(
        String.format(
            Locale.ROOT, "  %-8s %14s %14s %8s %7s", "symbol", "bid", "ask", "spread", "ticks"));
    for (String s : symbols) {
      Optional<SymbolQuote> q = quotes.getOrDefault(s, Optional.empty());
      String line =
          q.map(
                  v ->
                      String.format(
                          Locale.ROOT,
                          "  %-8s %14s %14s %8s %7d",
                          s,
                          price(v.bid()),
                          price(v.ask()),
                          price(v.spread()),
                          ticks.getOrDefault(s, 0)))
              .orElse(
                  String.format(Locale.ROOT, "  %-8s %14s %14s %8s %7d", s, "-", "-", "closed", 0));
      out.println(inPlace ? line + "\033[K" : line);
    }
    if (!inPlace) {
      out.println();
    }
    out.flush();
    drawn = true;
  }

  static String price(double p) {
    String s = String.format(Locale.ROOT, "%.5f", p);
    // trim trailing zeros but keep two decimals
    int end = s.length();
    while (end > s.indexOf('.') + 3 && s.charAt(end - 1) == '0') {
      end--;
    }
    return s.substring(0, end);
  }
}
