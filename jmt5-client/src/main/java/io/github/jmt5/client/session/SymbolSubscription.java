package io.github.jmt5.client.session;

import io.github.jmt5.client.event.Subscription;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A handle on a tick or order-book subscription. The symbols stay subscribed, across reconnects,
 * until the handle is closed and no other handle holds them.
 */
public final class SymbolSubscription implements Subscription {
  private final List<Integer> symbolIds;
  private final CompletableFuture<Void> acknowledged;
  private final Consumer<SymbolSubscription> release;
  private final AtomicBoolean active = new AtomicBoolean(true);

  SymbolSubscription(
      List<Integer> symbolIds,
      CompletableFuture<Void> acknowledged,
      Consumer<SymbolSubscription> release) {
    this.symbolIds = List.copyOf(symbolIds);
    this.acknowledged = acknowledged;
    this.release = release;
  }

  /** {@return the symbol ids this handle holds} */
  public List<Integer> symbolIds() {
    return symbolIds;
  }

  /**
   * Completes when the server has confirmed a subscription set that contains these symbols (at once
   * when they were already subscribed; at the next login when not connected).
   *
   * @return a future completed on confirmation
   */
  public CompletableFuture<Void> acknowledged() {
    return acknowledged;
  }

  @Override
  public void close() {
    if (active.compareAndSet(true, false)) {
      release.accept(this);
    }
  }

  @Override
  public boolean isActive() {
    return active.get();
  }

  @Override
  public String toString() {
    return "SymbolSubscription" + symbolIds + (isActive() ? "" : " (closed)");
  }
}
