package io.github.jmt5.client.compat;

/**
 * A tick, as the official {@code symbol_info_tick()} result and a row of the {@code copy_ticks_*}
 * arrays.
 *
 * @param time time of the tick, Unix seconds
 * @param bid bid
 * @param ask ask
 * @param last last deal price, 0 for symbols without deals
 * @param volume volume of the last deal
 * @param timeMsc time of the tick, Unix milliseconds
 * @param flags which fields changed: {@code TICK_FLAG_*} of {@link Mt5Constants}
 * @param volumeReal volume of the last deal, exact
 */
public record Tick(
    long time,
    double bid,
    double ask,
    double last,
    long volume,
    long timeMsc,
    int flags,
    double volumeReal) {}
