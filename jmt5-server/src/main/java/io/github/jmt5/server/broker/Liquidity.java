package io.github.jmt5.server.broker;

/** How much volume (lots × 10^8) the book offers for an exchange-execution order right now. */
@FunctionalInterface
public interface Liquidity {
  /** Unlimited liquidity: every order fills completely. */
  Liquidity UNLIMITED = (symbol, buy) -> Long.MAX_VALUE;

  /** Volume available to a buy (from the asks) or a sell (from the bids) of {@code symbol}. */
  long available(String symbol, boolean buy);
}
