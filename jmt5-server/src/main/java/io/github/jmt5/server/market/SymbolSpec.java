package io.github.jmt5.server.market;

import io.github.jmt5.protocol.enums.ExecutionMode;
import java.util.Objects;

/**
 * The compact description the catalog builds full symbol configurations from.
 *
 * @param id symbol id
 * @param name symbol name
 * @param group group path, e.g. {@code Forex\Majors}
 * @param description human description
 * @param digits price digits
 * @param base base currency (or the underlying for CFDs)
 * @param profit profit currency
 * @param margin margin currency
 * @param contractSize units per lot
 * @param calcMode calculation mode (0 Forex, 1 Futures, 2 CFD, 3 CFD index, 4 CFD leverage, 37
 *     exchange bonds, 39 exchange bonds MOEX, 64 collateral)
 * @param execution execution mode (0 request, 1 instant, 2 market, 3 exchange)
 * @param price a typical price, where the simulated path is centred
 * @param dailyVolatility typical daily move as a fraction of the price
 * @param spreadPoints typical spread in points
 * @param volumeMin smallest volume, lots
 * @param volumeStep volume step, lots
 * @param volumeMax largest volume, lots
 * @param stopsLevel minimum distance of stops from the price, points
 * @param hours when it trades
 * @param tradeMode 4 full, 3 close only, 0 disabled
 * @param faceValue face value of one bond (calc modes 37 and 39, prices in percent of it), else 0
 * @param liquidityRate share of a collateral's market value counted as assets (calc mode 64), else
 *     0
 */
public record SymbolSpec(
    int id,
    String name,
    String group,
    String description,
    int digits,
    String base,
    String profit,
    String margin,
    double contractSize,
    int calcMode,
    int execution,
    double price,
    double dailyVolatility,
    int spreadPoints,
    double volumeMin,
    double volumeStep,
    double volumeMax,
    int stopsLevel,
    TradingHours hours,
    int tradeMode,
    double faceValue,
    double liquidityRate) {

  /**
   * Checks that {@code name}, {@code group} and {@code hours} are not null.
   *
   * @param id symbol id
   * @param name symbol name
   * @param group group path, e.g. {@code Forex\Majors}
   * @param description human description
   * @param digits price digits
   * @param base base currency (or the underlying for CFDs)
   * @param profit profit currency
   * @param margin margin currency
   * @param contractSize units per lot
   * @param calcMode calculation mode
   * @param execution execution mode (0 request, 1 instant, 2 market, 3 exchange)
   * @param price a typical price, where the simulated path is centred
   * @param dailyVolatility typical daily move as a fraction of the price
   * @param spreadPoints typical spread in points
   * @param volumeMin smallest volume, lots
   * @param volumeStep volume step, lots
   * @param volumeMax largest volume, lots
   * @param stopsLevel minimum distance of stops from the price, points
   * @param hours when it trades
   * @param tradeMode 4 full, 3 close only, 0 disabled
   * @param faceValue face value of one bond
   * @param liquidityRate share of a collateral's market value counted as assets
   * @throws NullPointerException if any of them is null
   * @throws IllegalArgumentException if {@code digits} is outside 0..8 or the price, minimum volume
   *     or volume step is not positive
   */
  public SymbolSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(hours, "hours");
    if (digits < 0 || digits > 8 || price <= 0 || volumeMin <= 0 || volumeStep <= 0) {
      throw new IllegalArgumentException("bad spec for " + name);
    }
  }

  /**
   * A symbol that is neither a bond nor a collateral.
   *
   * @param id symbol id
   * @param name symbol name
   * @param group group path, e.g. {@code Forex\Majors}
   * @param description human description
   * @param digits price digits
   * @param base base currency (or the underlying for CFDs)
   * @param profit profit currency
   * @param margin margin currency
   * @param contractSize units per lot
   * @param calcMode calculation mode (0 Forex, 1 Futures, 2 CFD, 3 CFD index, 4 CFD leverage, 37
   *     exchange bonds, 39 exchange bonds MOEX, 64 collateral)
   * @param execution execution mode (0 request, 1 instant, 2 market, 3 exchange)
   * @param price a typical price, where the simulated path is centred
   * @param dailyVolatility typical daily move as a fraction of the price
   * @param spreadPoints typical spread in points
   * @param volumeMin smallest volume, lots
   * @param volumeStep volume step, lots
   * @param volumeMax largest volume, lots
   * @param stopsLevel minimum distance of stops from the price, points
   * @param hours when it trades
   * @param tradeMode 4 full, 3 close only, 0 disabled
   */
  public SymbolSpec(
      int id,
      String name,
      String group,
      String description,
      int digits,
      String base,
      String profit,
      String margin,
      double contractSize,
      int calcMode,
      int execution,
      double price,
      double dailyVolatility,
      int spreadPoints,
      double volumeMin,
      double volumeStep,
      double volumeMax,
      int stopsLevel,
      TradingHours hours,
      int tradeMode) {
    this(
        id,
        name,
        group,
        description,
        digits,
        base,
        profit,
        margin,
        contractSize,
        calcMode,
        execution,
        price,
        dailyVolatility,
        spreadPoints,
        volumeMin,
        volumeStep,
        volumeMax,
        stopsLevel,
        hours,
        tradeMode,
        0,
        0);
  }

  /** {@return size of one point, 10^-digits} */
  public double point() {
    return Math.pow(10, -digits);
  }

  /** {@return full path, group plus name} */
  public String path() {
    return group + "\\" + name;
  }

  /** {@return true for symbols whose ticks carry a last price (exchange execution)} */
  public boolean hasLast() {
    return execution == ExecutionMode.EXCHANGE.value();
  }
}
