package io.github.jmt5.client.market;

import java.util.ArrayDeque;
import java.util.List;

/** The last quotes of one symbol, bounded: the oldest goes when a new one arrives at capacity. */
final class TickHistory {
  private final String symbol;
  private final int capacity;
  private final ArrayDeque<SymbolQuote> quotes;

  TickHistory(String symbol, int capacity) {
    this.symbol = symbol;
    this.capacity = capacity;
    this.quotes = new ArrayDeque<>(Math.min(capacity, 1024));
  }

  String symbol() {
    return symbol;
  }

  synchronized void add(SymbolQuote q) {
    if (quotes.size() == capacity) {
      quotes.pollFirst();
    }
    quotes.addLast(q);
  }

  synchronized List<SymbolQuote> snapshot() {
    return List.copyOf(quotes);
  }
}
