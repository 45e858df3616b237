package io.github.jmt5.server.market;

import io.github.jmt5.protocol.message.account.TradeSettings;
import io.github.jmt5.protocol.message.market.FullSymbol;
import io.github.jmt5.protocol.message.market.Schedule;
import io.github.jmt5.protocol.message.market.ScheduleSession;
import io.github.jmt5.protocol.message.market.Spread;
import io.github.jmt5.protocol.message.market.SpreadLeg;
import io.github.jmt5.protocol.message.market.SymbolBasic;
import io.github.jmt5.protocol.message.market.SymbolSubscription;
import io.github.jmt5.protocol.wire.Volume;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The emulator's symbols: foreign exchange majors and crosses, metals, indices, energies and crypto
 * with realistic specifications, every execution mode represented, and one close-only symbol
 * ({@code XPTUSD}) for rejection tests. Immutable and thread-safe.
 */
public final class SymbolCatalog implements SymbolDirectory {
  private static final TradingHours FX = TradingHours.WEEKDAYS;
  private static final TradingHours IDX = TradingHours.WEEKDAYS_WITH_BREAK;
  private static final TradingHours CRYPTO = TradingHours.ALWAYS;

  /** Fill flags offered: fill or kill and immediate or cancel. */
  public static final int FILL_FLAGS = 1 | 2;

  /** Lifetimes offered: GTC, day, specified, specified day. */
  public static final int TIME_FLAGS = 1 | 2 | 4 | 8;

  /** Order kinds offered: market, limit, stop, stop limit, SL, TP, close by. */
  public static final int ORDER_FLAGS = 127;

  /** Requote window of instant execution, seconds. */
  public static final int INSTANT_TIMEOUT = 7;

  private final List<SymbolSpec> specs;
  private volatile List<FullSymbol> symbols;
  private final Map<String, FullSymbol> byName = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<Integer, FullSymbol> byId = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, SymbolSpec> specByName = new HashMap<>();

  private SymbolCatalog(List<SymbolSpec> specs) {
    this.specs = List.copyOf(specs);
    List<FullSymbol> list = new ArrayList<>(specs.size());
    for (SymbolSpec s : specs) {
      FullSymbol f = toFull(s);
      list.add(f);
      if (byName.put(s.name(), f) != null || byId.put(s.id(), f) != null) {
        throw new IllegalArgumentException("duplicate symbol " + s.name() + " / id " + s.id());
      }
      specByName.put(s.name(), s);
    }
    this.symbols = List.copyOf(list);
  }

  /** {@return the standard symbol set} */
  public static SymbolCatalog standard() {
    return new SymbolCatalog(standardSpecs());
  }

  /**
   * {@return the standard set plus {@code extra} synthetic FX-like symbols ({@code SYN00001} …),
   * for servers with many symbols (the compressed symbol list is used above 256)}
   *
   * @param extra 0..100,000 synthetic symbols
   * @throws IllegalArgumentException for a count outside 0..100,000
   */
  public static SymbolCatalog withSynthetic(int extra) {
    if (extra < 0 || extra > 100_000) {
      throw new IllegalArgumentException("extra must be 0..100000, was " + extra);
    }
    List<SymbolSpec> specs = new ArrayList<>(standardSpecs());
    for (int i = 1; i <= extra; i++) {
      String name = String.format(java.util.Locale.ROOT, "SYN%05d", i);
      specs.add(
          new SymbolSpec(
              10_000 + i,
              name,
              "Synthetic",
              "Synthetic symbol " + i,
              5,
              "SYN",
              "USD",
              "SYN",
              100_000,
              0,
              2,
              1 + (i % 100) / 100.0,
              0.006,
              12,
              0.01,
              0.01,
              100,
              0,
              FX,
              4));
    }
    return new SymbolCatalog(specs);
  }

  private static List<SymbolSpec> standardSpecs() {
    List<SymbolSpec> s = new ArrayList<>();
    fx(s, 1, "EURUSD", "Majors", "Euro vs US Dollar", 5, 1.085, 2, 12);
    fx(s, 2, "GBPUSD", "Majors", "Great Britain Pound vs US Dollar", 5, 1.27, 2, 15);
    fx(s, 3, "USDJPY", "Majors", "US Dollar vs Japanese Yen", 3, 151.2, 1, 14);
    fx(s, 4, "USDCHF", "Majors", "US Dollar vs Swiss Franc", 5, 0.88, 2, 16);
    fx(s, 5, "AUDUSD", "Majors", "Australian Dollar vs US Dollar", 5, 0.66, 2, 14);
    fx(s, 6, "USDCAD", "Majors", "US Dollar vs Canadian Dollar", 5, 1.36, 0, 18);
    fx(s, 7, "NZDUSD", "Majors", "New Zealand Dollar vs US Dollar", 5, 0.61, 2, 20);
    fx(s, 8, "EURGBP", "Crosses", "Euro vs Great Britain Pound", 5, 0.855, 2, 18);
    fx(s, 9, "EURJPY", "Crosses", "Euro vs Japanese Yen", 3, 164.0, 2, 22);
    fx(s, 10, "GBPJPY", "Crosses", "Great Britain Pound vs Japanese Yen", 3, 192.0, 2, 28);
    fx(s, 11, "EURCHF", "Crosses", "Euro vs Swiss Franc", 5, 0.955, 2, 20);
    fx(s, 12, "AUDJPY", "Crosses", "Australian Dollar vs Japanese Yen", 3, 99.5, 2, 24);
    fx(s, 13, "EURAUD", "Crosses", "Euro vs Australian Dollar", 5, 1.645, 2, 26);
    fx(s, 14, "GBPCHF", "Crosses", "Great Britain Pound vs Swiss Franc", 5, 1.12, 2, 30);
    fx(s, 15, "EURCAD", "Crosses", "Euro vs Canadian Dollar", 5, 1.475, 2, 28);
    fx(s, 16, "AUDNZD", "Crosses", "Australian Dollar vs New Zealand Dollar", 5, 1.085, 2, 30);
    fx(s, 17, "CADJPY", "Crosses", "Canadian Dollar vs Japanese Yen", 3, 111.0, 2, 26);
    s.add(
        cfd(
            18,
            "XAUUSD",
            "Metals",
            "Gold vs US Dollar",
            2,
            "XAU",
            100,
            2,
            1,
            2350.0,
            0.011,
            25,
            0.01,
            100,
            FX,
            4));
    s.add(
        cfd(
            19,
            "XAGUSD",
            "Metals",
            "Silver vs US Dollar",
            3,
            "XAG",
            5000,
            2,
            2,
            28.4,
            0.018,
            30,
            0.01,
            50,
            FX,
            4));
    s.add(
        cfd(
            20,
            "XPTUSD",
            "Metals",
            "Platinum vs US Dollar (close only)",
            2,
            "XPT",
            100,
            2,
            2,
            980.0,
            0.015,
            60,
            0.01,
            20,
            FX,
            3));
    s.add(
        cfd(
            21,
            "US30",
            "Indices",
            "Wall Street 30",
            1,
            "USD",
            1,
            3,
            2,
            39000.0,
            0.009,
            20,
            0.1,
            500,
            IDX,
            4));
    s.add(
        cfd(
            22, "US500", "Indices", "US 500", 2, "USD", 1, 3, 2, 5200.0, 0.009, 50, 0.1, 500, IDX,
            4));
    s.add(
        cfd(
            23,
            "NAS100",
            "Indices",
            "US Tech 100",
            2,
            "USD",
            1,
            3,
            2,
            18200.0,
            0.012,
            100,
            0.1,
            500,
            IDX,
            4));
    s.add(
        cfd(
            24,
            "GER40",
            "Indices",
            "Germany 40",
            1,
            "EUR",
            1,
            3,
            2,
            18100.0,
            0.01,
            15,
            0.1,
            500,
            IDX,
            4));
    s.add(
        cfd(
            25, "UK100", "Indices", "UK 100", 1, "GBP", 1, 3, 2, 8100.0, 0.008, 12, 0.1, 500, IDX,
            4));
    s.add(
        cfd(
            26,
            "JPN225",
            "Indices",
            "Japan 225",
            0,
            "JPY",
            1,
            3,
            0,
            38500.0,
            0.012,
            10,
            0.1,
            500,
            IDX,
            4));
    s.add(
        cfd(
            27,
            "USOIL",
            "Energies",
            "WTI Crude Oil",
            2,
            "USD",
            1000,
            2,
            2,
            78.5,
            0.02,
            4,
            0.01,
            100,
            IDX,
            4));
    s.add(
        cfd(
            28,
            "UKOIL",
            "Energies",
            "Brent Crude Oil",
            2,
            "USD",
            1000,
            2,
            2,
            82.3,
            0.02,
            4,
            0.01,
            100,
            IDX,
            4));
    s.add(
        cfd(
            29,
            "NGAS",
            "Energies",
            "Natural Gas",
            3,
            "USD",
            10000,
            1,
            3,
            2.35,
            0.035,
            8,
            0.1,
            100,
            IDX,
            4));
    s.add(
        cfd(
            30,
            "BTCUSD",
            "Crypto",
            "Bitcoin vs US Dollar",
            2,
            "BTC",
            1,
            4,
            2,
            64000.0,
            0.03,
            1500,
            0.01,
            20,
            CRYPTO,
            4));
    s.add(
        cfd(
            31,
            "ETHUSD",
            "Crypto",
            "Ethereum vs US Dollar",
            2,
            "ETH",
            1,
            4,
            2,
            3100.0,
            0.035,
            150,
            0.01,
            100,
            CRYPTO,
            4));
    s.add(
        cfd(
            32,
            "LTCUSD",
            "Crypto",
            "Litecoin vs US Dollar",
            2,
            "LTC",
            1,
            4,
            2,
            82.0,
            0.04,
            20,
            0.1,
            500,
            CRYPTO,
            4));
    s.add(
        cfd(
            33,
            "XRPUSD",
            "Crypto",
            "Ripple vs US Dollar",
            5,
            "XRP",
            1,
            4,
            2,
            0.52,
            0.045,
            300,
            1,
            100_000,
            CRYPTO,
            4));
    // converts the MOEX bond's roubles for accounts in other currencies
    fx(s, 34, "USDRUB", "Exotics", "US Dollar vs Russian Ruble", 3, 92.0, 2, 300);
    s.add(bond(35, "UST2034", "US Treasury 4.25% 2034", "USD", 37, 96.5, 20, 1000));
    s.add(bond(36, "OFZ26238", "OFZ 26238 Russian federal bond", "RUB", 39, 61.5, 30, 10_000));
    s.add(
        new SymbolSpec(
            37,
            "XAUCOL",
            "Collateral",
            "Allocated gold held as collateral",
            2,
            "XAU",
            "USD",
            "USD",
            1,
            64,
            2,
            2350.0,
            0.011,
            60,
            1,
            1,
            1000,
            0,
            FX,
            4,
            0,
            0.8));
    return s;
  }

  /**
   * An exchange-traded bond of face value 1,000 quoted in percent of it, one bond per lot, with
   * exchange execution.
   */
  private static SymbolSpec bond(
      int id,
      String name,
      String description,
      String currency,
      int calcMode,
      double price,
      int spread,
      double volumeMax) {
    return new SymbolSpec(
        id,
        name,
        "Bonds",
        description,
        3,
        currency,
        currency,
        currency,
        1,
        calcMode,
        3,
        price,
        0.003,
        spread,
        1,
        1,
        volumeMax,
        0,
        IDX,
        4,
        1000,
        0);
  }

  /**
   * Foreign exchange: contract 100,000, calc mode 0; {@code execution} 0 request, 1 instant, 2
   * market.
   */
  private static void fx(
      List<SymbolSpec> out,
      int id,
      String name,
      String group,
      String description,
      int digits,
      double price,
      int execution,
      int spread) {
    String base = name.substring(0, 3);
    String quote = name.substring(3);
    out.add(
        new SymbolSpec(
            id,
            name,
            "Forex\\" + group,
            description,
            digits,
            base,
            quote,
            base,
            100_000,
            0,
            execution,
            price,
            0.006,
            spread,
            0.01,
            0.01,
            100,
            10,
            FX,
            4));
  }

  private static SymbolSpec cfd(
      int id,
      String name,
      String group,
      String description,
      int digits,
      String base,
      double contract,
      int calcMode,
      int execution,
      double price,
      double volatility,
      int spread,
      double volumeMin,
      double volumeMax,
      TradingHours hours,
      int tradeMode) {
    String profit = base.length() == 3 && !base.startsWith("X") && hours != CRYPTO ? base : "USD";
    return new SymbolSpec(
        id,
        name,
        group,
        description,
        digits,
        base,
        profit,
        profit,
        contract,
        calcMode,
        execution,
        price,
        volatility,
        spread,
        volumeMin,
        volumeMin,
        volumeMax,
        20,
        hours,
        tradeMode);
  }

  private static FullSymbol toFull(SymbolSpec s) {
    double point = s.point();
    TradeSettings trade =
        new TradeSettings(
            s.path(),
            0,
            0,
            s.tradeMode(),
            s.stopsLevel(),
            0,
            s.execution(),
            FILL_FLAGS,
            TIME_FLAGS,
            ORDER_FLAGS,
            0,
            0,
            0,
            INSTANT_TIMEOUT,
            0,
            0,
            0,
            0,
            0,
            0,
            Volume.toWire(s.volumeMin()),
            Volume.toWire(s.volumeMax()),
            Volume.toWire(s.volumeStep()),
            0,
            0,
            0,
            0,
            Collections.nCopies(8, 1.0),
            Collections.nCopies(8, 1.0),
            s.liquidityRate(),
            s.contractSize() / 2,
            0,
            1,
            -6.5,
            1.2,
            3,
            0,
            10,
            Collections.nCopies(7, 1.0));
    return new FullSymbol(
        s.name(),
        "",
        s.description(),
        s.description(),
        s.base(),
        "",
        "",
        s.group(),
        "",
        "",
        0,
        0,
        "",
        s.base(),
        s.profit(),
        s.margin(),
        2,
        2,
        2,
        0,
        0,
        s.digits(),
        point,
        1,
        s.id(),
        0,
        10,
        s.hasLast() ? 1 : 0,
        0,
        s.spreadPoints(),
        0,
        // bond prices are percent of the face value
        s.contractSize() * point * (s.faceValue() > 0 ? s.faceValue() / 100 : 1),
        point,
        s.contractSize(),
        0,
        s.calcMode(),
        0,
        0,
        0,
        0,
        0,
        s.faceValue(),
        0,
        0,
        0,
        0,
        trade,
        schedule(s.hours()),
        new SymbolSubscription(0, 1, 0, 0));
  }

  private static Schedule schedule(TradingHours hours) {
    List<ScheduleSession> slots = new ArrayList<>();
    for (int day = 0; day < Schedule.DAYS; day++) {
      int[][] sessions = hours.sessions(day);
      for (int i = 0; i < Schedule.SESSIONS_PER_DAY; i++) {
        slots.add(
            i < sessions.length
                ? new ScheduleSession(sessions[i][0], sessions[i][1])
                : new ScheduleSession(0, 0));
      }
    }
    return new Schedule(slots, slots);
  }

  @Override
  public List<FullSymbol> all() {
    return symbols;
  }

  @Override
  public Optional<FullSymbol> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  @Override
  public Optional<FullSymbol> byId(int symbolId) {
    return Optional.ofNullable(byId.get(symbolId));
  }

  /**
   * Replaces the configuration of an existing symbol (same name and id), as a broker changing its
   * settings would.
   *
   * @param updated the new configuration
   * @throws IllegalArgumentException for a symbol that is not in the catalog
   */
  public synchronized void replace(FullSymbol updated) {
    FullSymbol old = byName.get(updated.tradeSymbol());
    if (old == null || old.symbolId() != updated.symbolId()) {
      throw new IllegalArgumentException(
          "no symbol " + updated.tradeSymbol() + " with id " + updated.symbolId());
    }
    byName.put(updated.tradeSymbol(), updated);
    byId.put(updated.symbolId(), updated);
    List<FullSymbol> list = new ArrayList<>(symbols);
    list.replaceAll(f -> f.symbolId() == updated.symbolId() ? updated : f);
    symbols = List.copyOf(list);
  }

  /**
   * {@return the compact spec of a symbol}
   *
   * @param name symbol name
   */
  public Optional<SymbolSpec> spec(String name) {
    return Optional.ofNullable(specByName.get(name));
  }

  /** {@return the compact specs of every symbol, in id order} */
  public List<SymbolSpec> specs() {
    return specs;
  }

  /** {@return group names in catalog order, e.g. {@code Forex\Majors}} */
  public List<String> groups() {
    LinkedHashSet<String> g = new LinkedHashSet<>();
    specs.forEach(s -> g.add(s.group()));
    return List.copyOf(g);
  }

  /**
   * {@return combined instruments (cmd 20): a EURUSD/GBPUSD spread and a Brent/WTI spread, each
   * with one leg per side}
   */
  public List<Spread> spreads() {
    return List.of(
        new Spread(1, 0, 1000, 800, 2, List.of(leg("EURUSD")), List.of(leg("GBPUSD"))),
        new Spread(2, 0, 2000, 1500, 2, List.of(leg("UKOIL")), List.of(leg("USOIL"))));
  }

  private static SpreadLeg leg(String symbol) {
    return new SpreadLeg(0, 0, symbol, 0, 0, 1.0);
  }

  /**
   * {@return the symbol-list entry of a full configuration}
   *
   * @param f a full symbol configuration
   */
  public static SymbolBasic toBasic(FullSymbol f) {
    return new SymbolBasic(
        f.tradeSymbol(),
        f.symbolDescription(),
        f.digits(),
        f.symbolId(),
        f.trade().symbolPath(),
        f.tradeCalcMode(),
        f.basis(),
        f.sector());
  }
}
