package io.github.jmt5.bench.soak;

import io.github.jmt5.client.error.ConnectionException;
import io.github.jmt5.client.error.TradeException;
import io.github.jmt5.protocol.enums.TradeRetcode;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/** Trades sent, succeeded and failed (by exception type) over all sessions. */
final class TradeCounters {
  final LongAdder sent = new LongAdder();
  final LongAdder succeeded = new LongAdder();
  final LongAdder ticks = new LongAdder();
  final LongAdder reconnects = new LongAdder();
  final LongAdder drops = new LongAdder();
  private final Map<String, LongAdder> failed = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> unexpected = new ConcurrentHashMap<>();
  final LongAdder lostResults = new LongAdder();

  /**
   * Counts a failed trade by exception type. Expected: {@link ConnectionException} (the link
   * dropped mid-request, or the session was not READY) and a requote or changed price (10004,
   * 10020: the market moved, as on a real server). A bare {@link TimeoutException} is a request the
   * server accepted (cmd 12) whose result (cmd 19) never came: counted as a lost result. Anything
   * else is unexpected.
   */
  void fail(Throwable e) {
    Throwable cause = unwrap(e);
    String type = cause.getClass().getSimpleName();
    if (cause instanceof TradeException t) {
      type += "(" + t.retcode() + ")";
    }
    failed.computeIfAbsent(type, k -> new LongAdder()).increment();
    if (cause instanceof ConnectionException) {
      return;
    }
    if (cause instanceof TradeException t
        && (t.retcode() == TradeRetcode.REQUOTE.value()
            || t.retcode() == TradeRetcode.PRICE_CHANGED.value())) {
      return;
    }
    if (cause instanceof TimeoutException) {
      lostResults.increment();
      return;
    }
    unexpected.computeIfAbsent(type + ": " + cause.getMessage(), k -> new LongAdder()).increment();
  }

  /** Counts a trade the driver gave up waiting for (no outcome at all within its wait). */
  void unanswered() {
    failed.computeIfAbsent("NoOutcome", k -> new LongAdder()).increment();
    unexpected.computeIfAbsent("NoOutcome: no result or error", k -> new LongAdder()).increment();
  }

  static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  Map<String, Long> failedByType() {
    return snapshot(failed);
  }

  Map<String, Long> unexpectedFailures() {
    return snapshot(unexpected);
  }

  long failedTotal() {
    return failed.values().stream().mapToLong(LongAdder::sum).sum();
  }

  private static Map<String, Long> snapshot(Map<String, LongAdder> m) {
    Map<String, Long> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
