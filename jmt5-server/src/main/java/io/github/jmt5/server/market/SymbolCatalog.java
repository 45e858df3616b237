package io.github.jmt5.server.market;

import io.github.jmt5.protocol.enums.CalcMode;
import io.github.jmt5.protocol.enums.ExecutionMode;
import io.github.jmt5.protocol.enums.FillingFlag;
import io.github.jmt5.protocol.enums.OrderFlag;
import io.github.jmt5.protocol.enums.SymbolTradeMode;
import io.github.jmt5.protocol.enums.TimeFlag;
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
import java.util.EnumSet;
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

  /** Fill flags offered: fill or kill and immediate or cancel. */
  public static final int FILL_FLAGS =
      FillingFlag.toBits(EnumSet.of(FillingFlag.FOK, FillingFlag.IOC));

  /** Lifetimes offered: GTC, day, specified, specified day. */
  public static final int TIME_FLAGS = TimeFlag.toBits(EnumSet.allOf(TimeFlag.class));

  /** Order kinds offered: market, limit, stop, stop limit, SL, TP, close by. */
  public static final int ORDER_FLAGS = OrderFlag.toBits(EnumSet.allOf(OrderFlag.class));

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

  /** A catalog of {@code specs}, in their order; for tests of the table format. */
  static SymbolCatalog of(List<SymbolSpec> specs) {
    return new SymbolCatalog(specs);
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
      specs.add(synthetic(i));
    }
    return new SymbolCatalog(specs);
  }

  /** The standard symbols of the {@value SymbolTable#STANDARD} table, read once. */
  private static List<SymbolSpec> standardSpecs() {
    return Standard.SPECS;
  }

  /** Holds the standard table, read on first use. */
  private static final class Standard {
    static final List<SymbolSpec> SPECS = List.copyOf(SymbolTable.standard());

    private Standard() {}
  }

  /** Synthetic symbol {@code i}: a five-digit FX-like market-execution pair around 1.0x. */
  private static SymbolSpec synthetic(int i) {
    String name = String.format(java.util.Locale.ROOT, "SYN%05d", i);
    double price = 1 + (i % 100) / 100.0;
    return new SymbolSpec(
        /* id= */ 10_000 + i,
        name,
        /* group= */ "Synthetic",
        /* description= */ "Synthetic symbol " + i,
        /* digits= */ 5,
        /* base= */ "SYN",
        /* profit= */ "USD",
        /* margin= */ "SYN",
        /* contractSize= */ 100_000,
        /* calcMode= */ CalcMode.FOREX.value(),
        /* execution= */ ExecutionMode.MARKET.value(),
        price,
        /* dailyVolatility= */ 0.006,
        /* spreadPoints= */ 12,
        /* volumeMin= */ 0.01,
        /* volumeStep= */ 0.01,
        /* volumeMax= */ 100,
        /* stopsLevel= */ 0,
        FX,
        /* tradeMode= */ SymbolTradeMode.FULL.value());
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
