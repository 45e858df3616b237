package io.github.jmt5.server.internal.broker;

/** How much volume (lots × 10^8) the book offers for an exchange-execution order right now. */
@FunctionalInterface
public interface Liquidity {
  /** Unlimited liquidity: every order fills completely. */
  Liquidity UNLIMITED = (symbol, buy) -> Long.MAX_VALUE;

  /**
   * {@return volume available to a buy (from the asks) or a sell (from the bids) of {@code symbol}}
   *
   * @param symbol symbol name
   * @param buy {@code true} for a buy
   */
  long available(String symbol, boolean buy);
}
