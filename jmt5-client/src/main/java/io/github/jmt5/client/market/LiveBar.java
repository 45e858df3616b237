package io.github.jmt5.client.market;

import io.github.jmt5.protocol.enums.Timeframe;
import io.github.jmt5.protocol.message.market.Bar;

/**
 * A bar as it forms from live ticks (bid prices, as MT5 charts draw them).
 *
 * @param symbol symbol name
 * @param timeframe timeframe
 * @param bar the bar so far (its {@code tickVolume} counts the ticks applied)
 * @param closed true for the final state of a bar, sent when the first tick of the next one arrives
 */
public record LiveBar(String symbol, Timeframe timeframe, Bar bar, boolean closed) {}
