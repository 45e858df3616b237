package io.github.jmt5.client.compat;

/**
 * The outcome of {@link MetaTrader5#orderCheck}, as the official {@code OrderCheckResult}: the
 * account as it would be after the request.
 *
 * @param retcode {@code TRADE_RETCODE_*}; 0 when the request would be accepted
 * @param balance balance after the deal
 * @param equity equity after the deal
 * @param profit floating profit
 * @param margin margin required
 * @param marginFree free margin after the deal
 * @param marginLevel margin level after the deal, percent
 * @param comment explanation
 * @param request the request checked
 */
public record OrderCheckResult(
    int retcode,
    double balance,
    double equity,
    double profit,
    double margin,
    double marginFree,
    double marginLevel,
    String comment,
    TradeRequest request) {}
