package io.github.jmt5.protocol.state;

/**
 * A symbol's merged quote in real prices, for the live or the delayed stream.
 *
 * @param symbolId symbol id
 * @param delayed true for the delayed stream
 * @param bid last known bid, 0 if none yet
 * @param ask last known ask, 0 if none yet
 * @param last last trade price, 0 if none yet
 * @param volume last tick volume
 * @param timeMsc time of the last applied tick, Unix milliseconds
 * @param lastTimeBidAsk time bid or ask last changed
 * @param lastTimeLast time the last price last changed
 */
public record Quote(
    int symbolId,
    boolean delayed,
    double bid,
    double ask,
    double last,
    long volume,
    long timeMsc,
    long lastTimeBidAsk,
    long lastTimeLast) {}
