package io.github.jmt5.client.session;

import io.github.jmt5.protocol.command.CommandId;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * A reference-counted union of symbol ids. cmd 7 and cmd 22 replace the server's whole set
 * (PROTOCOL.md 5.10), so every change sends the complete union; a symbol leaves the set only when
 * no handle holds it any more.
 */
final class SymbolSet {
  private final CommandId command;
  private final TreeMap<Integer, Integer> counts = new TreeMap<>();
  private CompletableFuture<Void> nextSync = new CompletableFuture<>();

  SymbolSet(CommandId command) {
    this.command = command;
  }

  CommandId command() {
    return command;
  }

  /** Completes with the next sync of the set (used while not logged in). */
  synchronized CompletableFuture<Void> nextSync() {
    return nextSync;
  }

  /** Hands the waiting handles' future to a sync that is starting, and starts a new one. */
  synchronized CompletableFuture<Void> takeNextSync() {
    CompletableFuture<Void> f = nextSync;
    nextSync = new CompletableFuture<>();
    return f;
  }

  /** Adds one reference per id; true when the union changed. */
  synchronized boolean add(Collection<Integer> ids) {
    boolean changed = false;
    for (Integer id : ids) {
      changed |= counts.merge(id, 1, Integer::sum) == 1;
    }
    return changed;
  }

  /** Removes one reference per id; true when the union changed. */
  synchronized boolean remove(Collection<Integer> ids) {
    boolean changed = false;
    for (Integer id : ids) {
      Integer n = counts.get(id);
      if (n == null) {
        continue;
      }
      if (n == 1) {
        counts.remove(id);
        changed = true;
      } else {
        counts.put(id, n - 1);
      }
    }
    return changed;
  }

  /** The union, ascending. */
  synchronized List<Integer> ids() {
    return List.copyOf(counts.keySet());
  }

  synchronized int size() {
    return counts.size();
  }
}
